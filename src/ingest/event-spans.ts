/**
 * The events of the taxonomy an undated text reports, with their days: what
 * anchors its relative words (`on Wednesday … on the sidelines of the BRICS
 * Summit in Kazan` is the Wednesday of the summit). The text is tagged without
 * a date, so only events it names outright count (see the taxonomy's rules).
 */
import { tagEvents, type TaxonomyMatcher } from "../taxonomy/tag-article.ts";
import { parseIsoDay } from "./date-expressions.ts";
import type { ArticleForEvents } from "./parse-source.ts";
import type { EventSpan } from "./relative-dates.ts";

export function eventSpansFor(matcher: TaxonomyMatcher): (article: ArticleForEvents) => EventSpan[] {
  const bySlug = new Map(matcher.taxonomy.events.map((event) => [event.slug, event]));
  return (article) =>
    tagEvents({ ...article, excludedNames: [] }, matcher).flatMap((slug) => {
      const event = bySlug.get(slug);
      return event ? [{ name: event.name, start: parseIsoDay(event.start), end: parseIsoDay(event.end ?? event.start) }] : [];
    });
}
