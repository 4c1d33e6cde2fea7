/**
 * Rules fitted to the forty-first blind Việt Nam–Russia set (546–557): a
 * blog's `No comments:` heading and a theme's `Recent Posts` end the text, and
 * its `Published by` label alone is no article text; `Опубликовал:` before a name is
 * a byline; a writer's name with `(theo Reuters)` after it names the writer and
 * the outlet retold. With the reworded real lines they were written for and
 * lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { isInterfaceLine, isTailMarker } from "../../src/ingest/boilerplate.ts";
import { parseByline } from "../../src/ingest/byline.ts";

describe("a blog's `No comments:` heading ends the text (blind-vnru-41, 548)", () => {
  it("is a tail marker with its colon, as without it", () => {
    expect(isTailMarker("No comments:")).toBe(true);
    expect(isTailMarker("No comments")).toBe(true);
    expect(isTailMarker("No comments.")).toBe(true);
  });

  it("is not a sentence that starts with the words", () => {
    expect(isTailMarker("No comments: the ministry declined to answer questions about the base.")).toBe(false);
    expect(isTailMarker("No comments were made by the embassy:")).toBe(false);
  });
});

describe("`Опубликовал:` before a name is a byline (blind-vnru-41, 556)", () => {
  it("reads the name after the label, masculine or feminine", () => {
    expect(parseByline("Опубликовал: Вадик Котов")).toMatchObject({ author: "Вадик Котов" });
    expect(parseByline("Опубликовала: Анна Смирнова")).toMatchObject({ author: "Анна Смирнова" });
  });

  it("reads no name from a sentence with the verb", () => {
    expect(parseByline("Опубликовал доклад о сотрудничестве России и Вьетнама")).toBeUndefined();
    expect(parseByline("Опубликовал: 12 марта 2025")).toBeUndefined();
  });
});

describe("a writer's name with `(theo …)` after it (blind-vnru-41, 553)", () => {
  it("names the writer and the outlet retold", () => {
    expect(parseByline("Lê Vy (theo Reuters)")).toMatchObject({ author: "Lê Vy", affiliation: "Reuters" });
  });

  it("reads no writer from words that are no name, nor a note in brackets", () => {
    expect(parseByline("Ảnh minh họa (theo Reuters)")).toBeUndefined();
    expect(parseByline("Lê Vy (theo dõi)")).toBeUndefined();
  });
});

describe("a theme's `Recent Posts` ends the text, and its `Published by` label is no text (blind-vnru-41, 553)", () => {
  it("reads the two labels alone on their lines", () => {
    expect(isTailMarker("Recent Posts")).toBe(true);
    expect(isTailMarker("Recent news:")).toBe(true);
    expect(isInterfaceLine("Published by")).toBe(true);
  });

  it("reads no sentence that starts with the words", () => {
    expect(isTailMarker("Recent posts by the embassy show the two countries' trade rising.")).toBe(false);
    expect(isInterfaceLine("Published by the Foreign Ministry, the report lists 12 agreements.")).toBe(false);
    expect(isInterfaceLine("Published by Lê Vy")).toBe(false);
  });
});
