/**
 * Lays an article out in one of the seeds' four formats, with the features the
 * parser has to cope with:
 * - caption-lede (seed 000): ` date YYYY-MM-DD` then a photo caption on the same
 *   line ending `(Photo: SGGP)`, paragraphs, sentences glued across paragraphs;
 * - scraped-page (001): banner, title, sapo, glued byline and day-first date,
 *   `Photo caption` placeholders and `Photo: X/VNA` captions, author line,
 *   `Source: URL`, navigation tail;
 * - author-undated (002): title, `Author |`, no date but a lede "On the
 *   afternoon of January 14, …" and the year in the text, related-news tail;
 * - dateline-signoff (003, 004): ` date YYYY-MM-DD HÀ NỘI — lede`, ` — VNS`.
 */
import type { Random } from "./random.ts";
import type { ArticlePlan } from "./article-plan.ts";
import { Writer, writeBody } from "./article-writer.ts";
import type { SynthName } from "./people.ts";
import type { SynthWorld } from "./world.ts";
import { countWords, reason } from "./sentences.ts";
import { dayFirst, isoOf, monthDay, weekday } from "./dates.ts";
import { DATELINES } from "./places.ts";
import { slugOf } from "./phrase.ts";
import { captionOf, headline, MEETS, MET, people2, sceneOf } from "./source-parts.ts";
import {
  AGGREGATOR_BANNER,
  CAPTION_CREDITS,
  RELATED_ITEMS,
  SAME_CATEGORY_HEADLINES,
  SCRAPED_NAVIGATION,
  SCRAPED_PUBLISHERS,
} from "./boilerplate.ts";

/** A rendered source with what a perfect parser would extract from it. */
export interface RenderedSource {
  text: string;
  date: string;
  dateInferred: boolean;
  /** The title line, or null when the source has none (the parser derives one from the lede). */
  title: string | null;
  /** The first body paragraph, without dateline. */
  lede: string;
  publisher: string | null;
  author: string | null;
  dateline: string | null;
  originalUrl: string | null;
  /** Caption lines as printed, credit included. */
  captions: string[];
  photoCredits: string[];
  /** Words in the body paragraphs (sapo and lede included, captions and page furniture not). */
  words: number;
}

function captionLede(random: Random, _world: SynthWorld, plan: ArticlePlan): RenderedSource {
  const writer = new Writer(random, { diacritics: false, apostrophe: "mixed" });
  const [first, second] = people2(plan);
  const scene = sceneOf(random, plan, writer);
  const credit = random.pick(CAPTION_CREDITS);
  const caption = `${writer.titled(first)} (right) ${random.pick(MEETS)} ${writer.titled(second)} in ${writer.spell(scene.place)} on ${monthDay(plan.storyDay)}. (Photo: ${credit})`;
  const lede = writer.finish(
    `During the ${random.pick(["reception", "talks", "meeting"])}, ${writer.introduce(first)} ${random.pick(["emphasised", "highlighted", "stressed"])} the significance of the meeting with ${writer.introduce(second)}, saying that ${reason(random)}.`,
  );
  const body = writeBody(writer, plan, countWords(lede), [first, second]);
  const paragraphs = [lede, ...body.paragraphs];
  // Seed 000 glues a sentence onto the next paragraph ("…ahead.PM Mishustin…").
  const glued = glueParagraphs(random, paragraphs, random.int(1, 2));
  return {
    text: ` date ${isoOf(plan.day)} ${caption}\n\n${glued.join("\n\n")}\n\n`,
    date: isoOf(plan.day),
    dateInferred: false,
    title: null,
    lede,
    publisher: credit,
    author: null,
    dateline: null,
    originalUrl: null,
    captions: [caption],
    photoCredits: [credit],
    words: body.words,
  };
}

function glueParagraphs(random: Random, paragraphs: readonly string[], times: number): string[] {
  const result = [...paragraphs];
  for (let i = 0; i < times && result.length > 3; i++) {
    const at = random.int(1, result.length - 2);
    result.splice(at, 2, `${result[at]}${result[at + 1]}`);
  }
  return result;
}

function scrapedPage(random: Random, world: SynthWorld, plan: ArticlePlan): RenderedSource {
  const writer = new Writer(random, { diacritics: false, apostrophe: "'" });
  const [first, second] = people2(plan);
  const scene = sceneOf(random, plan, writer);
  const publisher = random.pick(SCRAPED_PUBLISHERS);
  const title = headline(random, writer, plan);
  const lede = `According to VNA special correspondent, on ${monthDay(plan.storyDay)}, at ${scene.venue}, ${writer.introduce(first)} had a meeting with ${writer.introduce(second)}.`;
  const body = writeBody(writer, plan, countWords(lede), [first, second]);

  const photographers = random.shuffled(world.photographers).slice(0, random.int(1, 2));
  const captions: string[] = [];
  const blocks: string[] = [];
  const captionEvery = random.int(2, 3);
  for (const [position, paragraph] of body.paragraphs.entries()) {
    if (position % captionEvery === 0 && captions.length < 4) {
      const caption = `${captionOf(random, writer, plan)}. Photo: ${random.pick(photographers).name.en}/VNA`;
      captions.push(caption);
      // One placeholder is sometimes doubled, as on the real page.
      blocks.push(captions.length === 3 ? "Photo caption\n\nPhoto caption" : "Photo caption", caption);
    }
    blocks.push(paragraph);
  }
  const author = random.pick(world.authors).name.en;
  const withAgency = random.chance(0.7);
  const url = `https://${publisher.host}/${publisher.section}/${slugOf(title).slice(0, 80)}-${isoOf(plan.day).replace(/-/g, "")}${String(random.int(0, 999_999_999)).padStart(9, "0")}.htm`;
  const tail = [
    "\n\n\n\nComment (0)",
    "No data\nNo data",
    "Same tag",
    "Same category",
    random.shuffled(SAME_CATEGORY_HEADLINES).slice(0, 4).join("\n"),
    ...SCRAPED_NAVIGATION,
  ];
  const text = [
    AGGREGATOR_BANNER,
    title,
    lede,
    `${publisher.name}${publisher.name}${dayFirst(plan.day)}`,
    ...blocks,
    withAgency ? `${author} (Vietnam News Agency)` : author,
    `Source: ${url}`,
    ...tail,
  ].join("\n\n");
  return {
    text,
    date: isoOf(plan.day),
    dateInferred: false,
    title,
    lede,
    publisher: publisher.name,
    author,
    dateline: null,
    originalUrl: url,
    captions,
    photoCredits: [...new Set(captions.map((caption) => caption.replace(/^.*Photo: (.+)\/VNA$/, "$1")))],
    words: body.words,
  };
}

function authorUndated(random: Random, world: SynthWorld, plan: ArticlePlan): RenderedSource {
  const writer = new Writer(random, { diacritics: false, apostrophe: "'" });
  const [first, second] = people2(plan);
  const scene = sceneOf(random, plan, writer);
  const title = headline(random, writer, plan);
  const author: SynthName = random.pick(world.authors);
  const sapo = `${writer.introduce(second)} and ${writer.introduce(first)} discussed ways to deepen cooperation between the two sides.`;
  const part = random.pick(["morning", "afternoon", "afternoon", "evening"]);
  const lede = `On the ${part} of ${monthDay(plan.storyDay)}, at ${scene.venue}, ${writer.titled(first)} ${random.pick(MET)} ${writer.titled(second)}.`;
  const body = writeBody(writer, plan, countWords(sapo) + countWords(lede), [first, second]);

  const related = random.shuffled(RELATED_ITEMS);
  const dated = (summary: string) => summary.replace("{date}", monthDay(plan.storyDay + random.int(-1, 1)));
  const firstBlock = related.slice(0, 6).map(([itemTitle, summary]) => `${itemTitle}\n\n|\n\n${dated(summary)}`);
  const secondBlock = related
    .slice(0, 3)
    .map(([itemTitle, summary]) => `${itemTitle}\n\n${random.pick(world.authors).name.vi} |\n\n${dated(summary)}`);
  const text = [
    title,
    `${author.name.vi} |`,
    sapo,
    lede,
    ...body.paragraphs,
    `${author.name.vi}\nTIN LIÊN QUAN`,
    ...firstBlock,
    ...secondBlock,
  ].join("\n\n");
  return {
    text,
    date: isoOf(plan.storyDay),
    dateInferred: true,
    title,
    lede: sapo,
    publisher: null,
    author: author.name.vi,
    dateline: null,
    originalUrl: null,
    captions: [],
    photoCredits: [],
    words: body.words,
  };
}

function datelineSignoff(random: Random, _world: SynthWorld, plan: ArticlePlan): RenderedSource {
  const writer = new Writer(random, { diacritics: true, apostrophe: "’" });
  const [first, second] = people2(plan);
  const dateline = DATELINES[random.weightedIndex(DATELINES.map((each) => each.weight))] as (typeof DATELINES)[number];
  const lede = writer.finish(
    `${writer.introduce(first)} on ${weekday(plan.storyDay)} ${random.pick(MET)} ${writer.introduce(second)}, ${random.pick(["expressing confidence that", "saying that", "noting that"])} ${reason(random)}.`,
  );
  const body = writeBody(writer, plan, countWords(lede), [first, second]);
  const paragraphs = [`${dateline.mark} — ${lede}`, ...body.paragraphs];
  return {
    text: ` date ${isoOf(plan.day)} ${paragraphs.join("\n\n")} — VNS`,
    date: isoOf(plan.day),
    dateInferred: false,
    title: null,
    lede,
    publisher: "VNS",
    author: null,
    dateline: dateline.place,
    originalUrl: null,
    captions: [],
    photoCredits: [],
    words: body.words,
  };
}

export function renderSource(random: Random, world: SynthWorld, plan: ArticlePlan): RenderedSource {
  switch (plan.format) {
    case "caption-lede":
      return captionLede(random, world, plan);
    case "scraped-page":
      return scrapedPage(random, world, plan);
    case "author-undated":
      return authorUndated(random, world, plan);
    case "dateline-signoff":
      return datelineSignoff(random, world, plan);
  }
}
