import { describe, expect, it } from "vitest";
import { splitSourceLines } from "../../src/ingest/source-lines.ts";

describe("splitSourceLines", () => {
  it("keeps seed 002's byline and related-news heading apart (no blank line between them)", () => {
    expect(splitSourceLines("Thanh Hà\nTIN LIÊN QUAN\n\n|")).toEqual(["Thanh Hà", "TIN LIÊN QUAN", "|"]);
  });

  it("keeps seed 001's navigation lines apart", () => {
    expect(splitSourceLines("No data\nNo data\n\nSame tag")).toEqual(["No data", "No data", "Same tag"]);
  });

  it("joins hard-wrapped wire copy", () => {
    expect(
      splitSourceLines("HANOI (Reuters) - Vietnam's leader met the\nRussian prime minister on Tuesday,\nofficials said.\n\nNext."),
    ).toEqual(["HANOI (Reuters) - Vietnam's leader met the Russian prime minister on Tuesday, officials said.", "Next."]);
    expect(splitSourceLines("the visit\nwill last two days")).toEqual(["the visit will last two days"]);
  });

  it("does not join markup lines that only look like continuations", () => {
    expect(splitSourceLines("---\ntitle: not front matter\n---")).toEqual(["---", "title: not front matter", "---"]);
  });

  it("collapses runs of spaces and drops blank lines", () => {
    expect(splitSourceLines("  a   b \n\n\n c")).toEqual(["a b", "c"]);
  });

  it("makes any run of white space one space: form feeds and line separators too", () => {
    expect(splitSourceLines("Hanoi\f\f —\u2028Russian President \u205F\u1680 Putin arrived.\v")).toEqual([
      "Hanoi — Russian President Putin arrived.",
    ]);
  });

  it("joins a paragraph hard-wrapped over thousands of lines, judging each line by the end of the last", () => {
    const lines = splitSourceLines(
      `HANOI (Reuters) - The talks went on with\n${"the delegations of the two countries, and\n".repeat(5_000)}officials said.\n\nNext.`,
    );
    expect(lines).toEqual([
      `HANOI (Reuters) - The talks went on with ${"the delegations of the two countries, and ".repeat(5_000)}officials said.`,
      "Next.",
    ]);
  });

  it("joins a dateline left on a line of its own to its paragraph (CNN)", () => {
    expect(splitSourceLines("Hong Kong CNN —\nRussian President Vladimir Putin was welcomed.")).toEqual([
      "Hong Kong CNN — Russian President Vladimir Putin was welcomed.",
    ]);
    expect(splitSourceLines("Ceasefire talks — a timeline\nThe first round began in May.")).toHaveLength(2);
  });
});

describe("a date stamp in lower case", () => {
  it("stands on its own line under the headline (`четверг, 20 июня 2024`, `от 20.06.2024`)", () => {
    expect(splitSourceLines("Путин и То Лам провели переговоры\nчетверг, 20 июня 2024")).toEqual([
      "Путин и То Лам провели переговоры",
      "четверг, 20 июня 2024",
    ]);
    expect(splitSourceLines("Лавров провел переговоры\nот 20.06.2024")).toHaveLength(2);
  });

  it("but a wrapped sentence that goes on in lower case is still one line", () => {
    expect(splitSourceLines("Президент прибыл в Ханой\nв четверг, 20 июня 2024 года, с визитом.")).toHaveLength(1);
    expect(splitSourceLines("Лавров провел переговоры\nчетверг был днем переговоров")).toHaveLength(1);
  });
});
