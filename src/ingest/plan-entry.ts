/**
 * One source's text → the entry it should have: parse, tag, format. Pure, so
 * that it can run anywhere (and in parallel) and be tested without files.
 */
import { tenuresNamed } from "../taxonomy/match-offices.ts";
import { hasErrors, problem, type Problem } from "../content/problems.ts";
import { LONG_BODY_CHARACTERS, type EntryFrontMatter } from "../content/entry-schema.ts";
import { sha256Hex } from "../content/entry-file.ts";
import { suggestEvent, type EventSuggestion } from "../taxonomy/suggest-event.ts";
import { tagArticle, type NewSpelling, type TaxonomyMatcher } from "../taxonomy/tag-article.ts";
import { HOW_TO_DATE } from "./date-line.ts";
import { entrySlug, paragraphsToMarkdown } from "./entry-text.ts";
import { eventAnchorsFor, eventSpansFor, eventsOfPeopleFor, keptDaysOf } from "./event-spans.ts";
import { parseSource } from "./parse-source.ts";
import type { PublisherTable } from "../taxonomy/publishers.ts";
import { rulesFingerprint } from "./rules-fingerprint.ts";

/**
 * What a source names that the taxonomy lacks, for the editor to add: people,
 * other spellings of known people, and an event its headline reports.
 */
export interface TaxonomyGaps {
  /** Names that look like people the taxonomy lacks. */
  people: string[];
  /** Spellings of known people the taxonomy does not list (tagged as them all the same). */
  spellings: NewSpelling[];
  /** A visit, meeting, call, summit or anniversary the headline reports and no event covers. */
  event?: EventSuggestion;
}

export const NO_GAPS: TaxonomyGaps = { people: [], spellings: [] };

export function hasGaps(gaps: TaxonomyGaps): boolean {
  return gaps.people.length > 0 || gaps.spellings.length > 0 || gaps.event !== undefined;
}

/** One source, parsed and tagged: the entry it should have. */
export interface PlannedEntry {
  /** The source file as the user named it (for messages). */
  sourceFile: string;
  date: string;
  slug: string;
  data: Omit<EntryFrontMatter, "generatedFrom">;
  body: string;
  inputsHash: string;
}

/**
 * What an entry is generated from: the rules (their code's fingerprint), the
 * taxonomy and the source text.
 * An unedited entry with the same inputs hash is already up to date.
 */
export function inputsHashOf(sourceText: string, taxonomyHash: string): string {
  return sha256Hex(`${rulesFingerprint()}\n${taxonomyHash}\n${sourceText}`).slice(0, 16);
}

export interface PlanContext {
  matcher: TaxonomyMatcher;
  taxonomyHash: string;
  /** `YYYY-MM-DD`, for future-date warnings. */
  today: string;
  /** The archive's outlets (`publishers.yaml`); the built-in list when not given. */
  publishers?: PublisherTable;
}

/**
 * `sourceFile` is the file as the user named it (for messages); `sourceName` its
 * path inside the sources folder, which the entry's `source` records.
 */
export function planEntry(
  sourceFile: string,
  text: string,
  context: PlanContext,
  sourceName = sourceFile.split(/[\\/]/).at(-1) ?? sourceFile,
): { plan?: PlannedEntry; problems: Problem[]; unknownNames: TaxonomyGaps } {
  const problems: Problem[] = [];
  const parsed = parseSource(text, {
    today: context.today,
    eventSpans: eventSpansFor(context.matcher),
    eventAnchors: eventAnchorsFor(context.matcher),
    peopleEvents: eventsOfPeopleFor(context.matcher),
    keptDays: keptDaysOf(context.matcher.taxonomy.eventWords?.anniversaries ?? []),
    tenures: (article) => tenuresNamed([article.title, ...article.paragraphs, ...article.captions], context.matcher.offices),
    ...(context.publishers ? { publishers: context.publishers } : {}),
  });
  for (const found of parsed.problems) problems.push(problem(found.rule, sourceFile, found.message));
  const rejected = { problems, unknownNames: NO_GAPS };
  if (hasErrors(problems)) return rejected;
  if (!parsed.date) {
    problems.push(problem("source-no-date", sourceFile, `states no date and none could be inferred from its text; ${HOW_TO_DATE}`));
    return rejected;
  }
  if (parsed.paragraphs.length === 0) {
    problems.push(problem("source-no-text", sourceFile, "has no article text once boilerplate is removed"));
    return rejected;
  }
  const tags = tagArticle(
    {
      title: parsed.title,
      paragraphs: parsed.paragraphs,
      captions: parsed.captions,
      date: parsed.date,
      excludedNames: [...(parsed.author ? [parsed.author] : []), ...parsed.photoCredits],
    },
    context.matcher,
  );
  const gaps: TaxonomyGaps = {
    people: tags.unknownNames,
    spellings: tags.newSpellings,
    event: suggestEvent({
      title: parsed.title,
      lede: [parsed.paragraphs.slice(0, 2).join("\n"), text.slice(0, LEDE_SEARCH_CHARACTERS)],
      date: parsed.date,
      people: tags.people,
      events: tags.events,
    }),
  };
  if (gaps.event === undefined) delete gaps.event;
  const namesMessage = describeNameGaps(gaps);
  if (namesMessage) problems.push(problem("source-unknown-names", sourceFile, namesMessage));
  if (gaps.event) problems.push(problem("source-unknown-event", sourceFile, describeEventGap(gaps.event)));
  const body = paragraphsToMarkdown(parsed.paragraphs);
  if (body.length > LONG_BODY_CHARACTERS) problems.push(longBodyWarning(sourceFile, body.length));
  const source = sourceName;
  const data: Omit<EntryFrontMatter, "generatedFrom"> = {
    title: parsed.title,
    date: parsed.date,
    ...(parsed.dateInferred ? { dateInferred: true } : {}),
    ...(parsed.publisher ? { publisher: parsed.publisher } : {}),
    ...(parsed.agency ? { agency: parsed.agency } : {}),
    ...(parsed.author ? { author: parsed.author } : {}),
    ...(parsed.dateline ? { dateline: parsed.dateline } : {}),
    ...(parsed.originalUrl ? { originalUrl: parsed.originalUrl } : {}),
    captions: parsed.captions,
    people: tags.people,
    events: tags.events,
    topics: tags.topics,
    ...(tags.organisations.length > 0 ? { organisations: tags.organisations } : {}),
    ...(tags.places.length > 0 ? { places: tags.places } : {}),
    source,
  };
  return {
    problems,
    unknownNames: gaps,
    plan: {
      sourceFile,
      date: parsed.date,
      slug: entrySlug(parsed.title, source),
      data,
      body,
      inputsHash: inputsHashOf(text, context.taxonomyHash),
    },
  };
}

/** `names the taxonomy lacks: A, B; other spellings of known people: "C" (c-slug)`, or nothing to say. */
function describeNameGaps(gaps: TaxonomyGaps): string | undefined {
  const parts: string[] = [];
  if (gaps.people.length > 0) parts.push(`names the taxonomy lacks: ${gaps.people.join(", ")}`);
  if (gaps.spellings.length > 0) {
    const spellings = gaps.spellings.map(
      (spelling) => `"${spelling.name}" (${spelling.slug}${spelling.typo ? ", one letter off: a misspelling?" : ""})`,
    );
    parts.push(`spellings of known people it does not list, tagged as them: ${spellings.join(", ")}`);
  }
  return parts.length > 0 ? parts.join("; ") : undefined;
}

function describeEventGap(event: EventSuggestion): string {
  const days = event.end ? `${event.start} to ${event.end}` : event.start;
  const people = event.people.length > 0 ? `, people: ${event.people.join(", ")}` : "";
  return `its headline reports an event the taxonomy lacks: "${event.name}" (${days}${people}); add it to events.yaml to tag it`;
}

/** How much of the top of a source is searched for the day of the happening a headline reports. */
const LEDE_SEARCH_CHARACTERS = 2_000;

const formatCount = (count: number): string => count.toLocaleString("en-US");

/** The entry is written all the same: only an editor can tell a long article from several pasted together. */
function longBodyWarning(sourceFile: string, characters: number): Problem {
  return problem(
    "source-long-body",
    sourceFile,
    `its body is ${formatCount(characters)} characters, over ${formatCount(LONG_BODY_CHARACTERS)}: check it is one article; its feed item carries only a summary`,
  );
}
