/**
 * The committed taxonomy's event tagging, for the tests that check its events on
 * lines reworded from reports of the time.
 */
import { eventSpansFor } from "../../src/ingest/event-spans.ts";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());
const eventSpans = eventSpansFor(matcher);

/** The events a dated text is tagged with. */
export const eventsOf = (date: string, title: string, ...paragraphs: string[]): string[] =>
  tagArticle({ title, paragraphs, captions: [], excludedNames: [], date }, matcher).events;

/** The events an undated text is anchored on; none when its evidence leaves them in doubt. */
export const anchorsOf = (title: string, ...paragraphs: string[]): string[] => {
  const spans = eventSpans({ title, paragraphs, captions: [] });
  return spans.some((span) => span.ambiguous) ? [] : spans.map((span) => span.name);
};

/** The events an undated text's evidence fits, left in doubt or not. */
export const candidatesOf = (title: string, ...paragraphs: string[]): string[] =>
  eventSpans({ title, paragraphs, captions: [] }).map((span) => span.name);
