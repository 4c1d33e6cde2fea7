/**
 * The events of the taxonomy an undated text reports, with their days: what
 * anchors its relative words (`on Wednesday … on the sidelines of the BRICS
 * Summit in Kazan` is the Wednesday of the summit). The text is tagged without
 * a date, so the events it names outright come first.
 *
 * A text that names none may still report one: its people, its keywords and
 * its places (`визит Владимира Путина во Вьетнам`, `во время государственного
 * визита во Вьетнам`). Such evidence fits every visit of the same person to the
 * same place, so it counts only when one event is left after the text's own
 * evidence: a year it names, or a host of only one of them (Tô Lâm received
 * Putin in 2024, Trương Tấn Sang in 2013), or a name of only one of them the
 * text writes in passing. Two pieces of evidence that point
 * to different events leave them all in doubt; so does none. Failing those, an
 * event the text names in passing (the summit a visit goes on to) tells apart
 * the one visit held within a week of it.
 */
import type { Anniversary, Event } from "../content/taxonomy-schema.ts";
import { tenuresNamed, type Tenure } from "../taxonomy/match-offices.ts";
import { tagUndatedEvents, type TaxonomyMatcher } from "../taxonomy/tag-article.ts";
import { daysBetween, parseIsoDay } from "./date-expressions.ts";
import { eventsInOffice } from "./events-in-office.ts";
import { yearsMentioned, type KeptDay } from "./infer-date.ts";
import type { ArticleForEvents } from "./parse-source.ts";
import type { EventSpan } from "./relative-dates.ts";

const spanOf = (event: Event): EventSpan => ({
  name: event.name,
  start: parseIsoDay(event.start),
  end: parseIsoDay(event.end ?? event.start),
});

/** The years an event's days fall in. */
const yearsOf = (event: Event): number[] => [...new Set([event.start, event.end ?? event.start].map((day) => Number(day.slice(0, 4))))];

/**
 * The candidates the text's years, hosts and names leave, when they point one
 * way: those whose year the text names, those received by a host the text
 * names who did not receive them all, and those named or told apart by a
 * distinctive word. When the years disagree with the others, the others
 * decide; undefined when nothing decides (or hosts and names disagree).
 */
export function decideAmong(
  candidates: readonly Event[],
  years: readonly number[],
  people: ReadonlySet<string>,
  mentioned: ReadonlySet<string> = new Set(),
): Event | undefined {
  if (candidates.length === 1) return candidates[0];
  const byYear = candidates.filter((event) => yearsOf(event).some((year) => years.includes(year)));
  const telling = [...people].filter((slug) => {
    const receivers = candidates.filter((event) => event.hosts?.includes(slug)).length;
    return receivers > 0 && receivers < candidates.length;
  });
  const byHost = candidates.filter((event) => telling.some((slug) => event.hosts?.includes(slug)));
  // One of them named outright somewhere, if only in passing, or by a word only its reports write.
  const named = candidates.filter((event) => mentioned.has(event.slug));
  const choose = (filters: ReadonlyArray<readonly Event[]>): Event | undefined => {
    const telling = filters.filter((kept) => kept.length > 0 && kept.length < candidates.length);
    if (telling.length === 0) return undefined;
    const left = candidates.filter((event) => telling.every((kept) => kept.includes(event)));
    return left.length === 1 ? left[0] : undefined;
  };
  // Who received the visitor and what only its reports say outweigh a year: `прежде он бывал в
  // республике в 2001, 2006, 2013 и 2017 годах` names the years of the other visits.
  return choose([byYear, byHost, named]) ?? choose([byHost, named]);
}

/** How many days apart a visit and the event it goes on to may be (a visit, then a summit elsewhere). */
const BESIDE_DAYS = 7;

/**
 * `On Monday … starting an official visit to Russia … He is also to take part in
 * the Russia-ASEAN summit in Sochi`: of Phúc's visits the evidence fits, the one
 * whose days lie within a week of the summit the text names in passing. Only
 * when exactly one does.
 */
function besideNamedInPassing(candidates: readonly Event[], mentioned: readonly Event[]): Event | undefined {
  const others = mentioned.filter((event) => !candidates.includes(event));
  if (others.length === 0 || candidates.length < 2) return undefined;
  const near = (event: Event, other: Event) => {
    const a = spanOf(event);
    const b = spanOf(other);
    return daysBetween(a.end, b.start) <= BESIDE_DAYS && daysBetween(b.end, a.start) <= BESIDE_DAYS;
  };
  const beside = candidates.filter((event) => others.some((other) => near(event, other)));
  return beside.length === 1 ? beside[0] : undefined;
}

export function eventSpansFor(matcher: TaxonomyMatcher): (article: ArticleForEvents) => EventSpan[] {
  const bySlug = new Map(matcher.taxonomy.events.map((event) => [event.slug, event]));
  const eventsOf = (slugs: readonly string[]) => slugs.flatMap((slug) => bySlug.get(slug) ?? []);
  return (article) =>
    reportedSpans(tagUndatedEvents({ ...article, excludedNames: [] }, matcher), article, eventsOf, () =>
      tenuresNamed([article.title, ...article.paragraphs, ...article.captions], matcher.offices),
    );
}

/**
 * The events the text fits in one sentence only, too little to report them
 * (`anchorOnly`): a day it writes without a year within their days takes
 * theirs (`ngày 23/5, bên lề chuyến thăm chính thức Liên bang Nga của Thủ
 * tướng Nguyễn Xuân Phúc`: his visit of 20–23 May 2019), and those it names
 * outright in a sentence or more without tagging them (`6 апреля … 24-е заседание
 * российско-вьетнамской межправительственной комиссии`: 6 April 2023).
 */
export function eventAnchorsFor(matcher: TaxonomyMatcher): (article: ArticleForEvents) => EventSpan[] {
  const bySlug = new Map(matcher.taxonomy.events.map((event) => [event.slug, event]));
  return (article) => {
    const found = tagUndatedEvents({ ...article, excludedNames: [] }, matcher);
    // An event named outright in the body, even once, lends its days the same way (blind-vnru-46, 614).
    return [...new Set([...found.evidencedOnce, ...found.namedOutright])]
      .filter((slug) => !found.evidenced.includes(slug) && !found.named.includes(slug))
      .flatMap((slug) => bySlug.get(slug) ?? [])
      .map((event): EventSpan => ({ ...spanOf(event), anchorOnly: true }));
  };
}

/**
 * The events of the text's people, with their days, whatever the text says of
 * them: `Foreign Minister Sergey Lavrov was in Vietnam on July 5-6 … On July 6
 * …` (blind-vnru-53, 693) names no visit of his by its words, but his visit of
 * 5–6 July 2022 is the one event of his whose days hold the day. The last
 * resort for a day the text writes without a year (date-choice.ts).
 */
export function eventsOfPeopleFor(matcher: TaxonomyMatcher): (article: ArticleForEvents) => EventSpan[] {
  return (article) => {
    const people = new Set(tagUndatedEvents({ ...article, excludedNames: [] }, matcher).people);
    if (people.size === 0) return [];
    return matcher.taxonomy.events
      .filter((event) => event.people?.some((slug) => people.has(slug)))
      .map((event): EventSpan => ({ ...spanOf(event), anchorOnly: true }));
  };
}

/** The events the text reports: those it names, else the one its evidence decides, else all its evidence fits (ambiguous). */
function reportedSpans(
  found: ReturnType<typeof tagUndatedEvents>,
  article: ArticleForEvents,
  eventsOf: (slugs: readonly string[]) => Event[],
  titled: () => readonly Tenure[],
): EventSpan[] {
  const named = eventsOf(found.named);
  if (named.length > 0) return named.map(spanOf);
  // Of several visits its evidence fits, those its titles allow (`Chủ tịch nước Nguyễn Xuân Phúc`: since April 2021).
  const evidenced = eventsOf(found.evidenced);
  const candidates = evidenced.length > 1 ? eventsInOffice(evidenced, titled()) : evidenced;
  const text = [article.title, ...article.paragraphs].join("\n");
  const years = [...yearsMentioned(text), ...(article.markerYears ?? [])];
  const decided =
    decideAmong(candidates, years, new Set(found.people), new Set(found.mentioned)) ??
    besideNamedInPassing(candidates, eventsOf(found.mentioned));
  if (decided) return [{ ...spanOf(decided), evidenced: true }];
  return candidates.map((event) => ({ ...spanOf(event), evidenced: true, ambiguous: true }));
}

/** The days `event-words.yaml` keeps every year, as the date rules read them (`74 năm Quốc khánh 2/9`). */
export function keptDaysOf(anniversaries: readonly Anniversary[]): KeptDay[] {
  return anniversaries.map((kept) => ({
    ...parseIsoDay(kept.since),
    words: kept.words,
    ...(kept.dayWords ? { dayWords: kept.dayWords } : {}),
  }));
}
