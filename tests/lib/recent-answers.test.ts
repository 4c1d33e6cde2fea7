import { describe, expect, it } from "vitest";
import { answeredLately } from "../../src/lib/recent-answers.ts";

describe("answeredLately", () => {
  it("answers a text asked again from what it answered, and lets every answer go once the limit is kept", () => {
    const asked: string[] = [];
    const lengthOf = answeredLately((text) => {
      asked.push(text);
      return text.length;
    }, 2);
    expect([lengthOf("ab"), lengthOf("ab"), lengthOf("abc")]).toEqual([2, 2, 3]);
    expect(asked).toEqual(["ab", "abc"]);
    // Two kept: a third lets both go, so "ab" is answered afresh.
    expect([lengthOf("abcd"), lengthOf("ab")]).toEqual([4, 2]);
    expect(asked).toEqual(["ab", "abc", "abcd", "ab"]);
  });

  it("keeps an answer that is false or undefined", () => {
    let calls = 0;
    const nothing = answeredLately(() => {
      calls += 1;
      return undefined;
    }, 10);
    nothing("x");
    nothing("x");
    expect(calls).toBe(1);
  });
});
