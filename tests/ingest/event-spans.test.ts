/**
 * An undated text is dated from its relative words, anchored on the days of a
 * taxonomy event it names outright (event-spans.ts over the committed taxonomy).
 */
import { describe, expect, it } from "vitest";
import { eventSpansFor } from "../../src/ingest/event-spans.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "../taxonomy/fixtures.ts";

const eventSpans = eventSpansFor(compileTaxonomy(realTaxonomy()));
const parse = (text: string) => parseSource(text, { today: "2026-12-03", eventSpans });

describe("eventSpansFor on the committed taxonomy", () => {
  it("anchors 'on Monday' on the visit the text names (VNS, Volodin's visit of 28–29 September 2025)", () => {
    const text = `Russian State Duma Chairman concludes official visit to Việt Nam

Chairman of the State Duma Vyacheslav Volodin on Monday afternoon concluded his official visit to Việt Nam, during which he co-chaired the fourth session of the Inter-Parliamentary Cooperation Committee.`;
    expect(parse(text)).toMatchObject({ date: "2025-09-29", dateInferred: true });
  });

  it("anchors 'on Tuesday' on Putin's 2013 visit named with its month and year", () => {
    const text = `Putin holds talks in Hanoi

President Vladimir Putin arrived in Hanoi on Tuesday for talks with President Truong Tan Sang, Putin's state visit to Vietnam in November 2013 being his third as head of state.`;
    expect(parse(text)).toMatchObject({ date: "2013-11-12", dateInferred: true });
  });

  it("dates nothing from a visit the text does not name outright", () => {
    // Volodin came three times; without the session or the month, the text names none of his visits.
    const text = `Russian State Duma Chairman concludes official visit to Việt Nam

Chairman of the State Duma Vyacheslav Volodin on Monday afternoon concluded his official visit to Việt Nam.`;
    expect(eventSpans({ title: "", paragraphs: text.split("\n\n"), captions: [] })).toEqual([]);
    expect(parse(text).date).toBeUndefined();
  });
});
