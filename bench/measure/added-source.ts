/**
 * The source a rebuild adds, dated where the scenario wants it: after every
 * article, in the middle of the archive, or in its oldest year.
 *
 * It is synth's own article (the one after the archive's last, so it is new to
 * the archive), planned as synth plans it and then moved to the wanted day
 * before it is written out: every date in its text (the ` date` line, the
 * lede's "on March 3", a year it mentions) follows the new day, so ingest reads
 * the date the scenario asked for and nothing in the text contradicts it.
 */
import { planArticle, popularityOf, type SourceFormat } from "../synth/article-plan.ts";
import { dayOf, isoOf, yearOf } from "../synth/dates.ts";
import { Random } from "../synth/random.ts";
import { renderSource } from "../synth/source-formats.ts";
import { sourceFileName } from "../synth/synth-archive.ts";
import type { SynthWorld } from "../synth/world.ts";
import type { AddScenario } from "./scenarios.ts";

/**
 * Formats that state their date on a ` date YYYY-MM-DD` first line. The others
 * give it in a byline, or not at all (ingest infers it from the text, where a
 * recalled event of another year could then mislead it): those are skipped, so
 * the added article's date never depends on inference.
 */
const DATE_LINE_FORMATS: readonly SourceFormat[] = ["caption-lede", "dateline-signoff"];

/** The days the add scenarios date their source on, from the archive's article dates (`YYYY-MM-DD`). */
export function datesToAdd(dates: readonly string[]): Record<AddScenario, string> {
  if (dates.length === 0) throw new Error("an empty archive has no date range to add into");
  const days = dates.map(dayOf);
  const first = Math.min(...days);
  const last = Math.max(...days);
  // The oldest year's new oldest article, unless that would move it into the year before.
  const oldest = yearOf(first - 1) === yearOf(first) ? first - 1 : first;
  return {
    "add-newest": isoOf(last + 1),
    "add-middle": isoOf(Math.floor((first + last) / 2)),
    "add-oldest": isoOf(oldest),
  };
}

/** The first article at `from` or after whose format states its date on a line of its own. */
export function firstIndexWithDateLine(world: SynthWorld, seed: string, from: number, tries = 100): number {
  const popularity = popularityOf(world);
  for (let index = from; index < from + tries; index += 1) {
    const plan = planArticle(world, popularity, new Random(seed, `article:${index}`), index);
    if (DATE_LINE_FORMATS.includes(plan.format)) return index;
  }
  throw new Error(`no article with a date line among synth's articles ${from}–${from + tries - 1}`);
}

export interface DatedSource {
  /** `NNNNN_<hash>.txt`, as synth names its sources. */
  fileName: string;
  text: string;
  /** The date the text states (`YYYY-MM-DD`). */
  date: string;
}

/**
 * Synth's article `index`, moved to `iso`: its publication day becomes `iso`
 * and the day of the story it reports keeps its distance to it (the day
 * before, or the same day). The random stream is the article's own, so the
 * same index and day give the same bytes.
 */
export function sourceDatedOn(world: SynthWorld, seed: string, index: number, iso: string): DatedSource {
  const random = new Random(seed, `article:${index}`);
  const plan = planArticle(world, popularityOf(world), random, index);
  const day = dayOf(iso);
  const rendered = renderSource(random, world, { ...plan, day, storyDay: day - (plan.day - plan.storyDay) });
  return { fileName: sourceFileName(index, rendered.text), text: rendered.text, date: rendered.date };
}
