/**
 * Scraping sometimes loses the break between two paragraphs, leaving
 * `…in the time ahead.PM Mishustin expressed…`. A sentence end followed with no
 * space by a capital letter is such a seam, unless it is an abbreviation
 * (`Mr.Smith`, `St.Petersburg`), initials or `e.g.`/`U.S.` (one letter before
 * the period, or a capital), a decimal (`3.5`), a domain (`VnExpress.Net`,
 * `baotintuc.vn`) or inside an address or e-mail.
 */

// biome-ignore format: a word list packed by hand
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep",
  "rev", "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "approx", "est", "fig", "vol",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ph", "tp",
]);

/** Endings that make `word.Word` a domain name rather than two sentences. */
const TOP_LEVEL_DOMAINS = new Set(["vn", "com", "net", "org", "ru", "cn", "gov", "edu", "info", "io", "uk", "us", "int", "news", "biz"]);

/** An initial and a capitalised name after it (`V. Fomin`, `V.Fomin`); `U.S. officials` has a second initial. */
const INITIAL_THEN_NAME = /^\p{Lu}\.\s?\p{Lu}[\p{Ll}\p{M}]/u;

const SEAM = /([.!?])([”"’]?)(?=[“‘"]?\p{Lu})/gu;

export function splitGluedSentences(paragraph: string): string[] {
  const cuts: number[] = [];
  const addresses = addressTester(paragraph);
  for (const match of paragraph.matchAll(SEAM)) {
    const at = match.index;
    if (isSeam(paragraph, at, addresses)) cuts.push(at + match[0].length);
  }
  if (cuts.length === 0) return [paragraph];
  const pieces: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    pieces.push(paragraph.slice(start, cut).trim());
    start = cut;
  }
  pieces.push(paragraph.slice(start).trim());
  return pieces.filter((piece) => piece !== "");
}

/**
 * A link to another story run on after a paragraph's sentence, a space between
 * (`… condemned Russia’s invasion of Ukraine. Also Read - Vietnam jails 5
 * activists …`): the link starts a line of its own, as when glued with no space
 * (`Ukraine.Also Read - …`, cut at the seam above), so that it is read as a
 * labelled link. Only after a sentence's end, and only a read-also label with its
 * dash or colon: `Read more about it below.` is no link.
 */
const RUN_ON_LINK = /(?<=[.!?][”"’]?)\s+(?=(?:Also\s+Read|Read\s+Also|See\s+Also|Read\s+More)\s*[-–—:|]\s*\S)/gu;

export function splitRunOnLinks(line: string): string[] {
  if (!RUN_ON_LINK.test(line)) return [line];
  RUN_ON_LINK.lastIndex = 0;
  return line
    .split(RUN_ON_LINK)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
}

/** What marks a run of characters without spaces as an address or e-mail, not words. */
const ADDRESS_MARK = /:\/\/|www\.|@/iu;
const ADDRESS_MARKS = new RegExp(ADDRESS_MARK.source, "giu");
/** The longest ADDRESS_MARK, less one: how far a mark may reach across the punctuation. */
const ADDRESS_MARK_REACH = 3;

/**
 * Tells whether the run of characters without spaces around a sentence end,
 * less the punctuation itself (`www.Example` reads `wwwExample`), holds an
 * address mark. The calls come in increasing order of position: each run of
 * the text is searched for its marks once, however many full stops it holds
 * (an address, or a long run of glued words, holds many).
 */
function addressTester(text: string): (punctuationAt: number) => boolean {
  let run = { start: 0, end: 0, firstMarkEnd: Infinity, lastMarkStart: -Infinity };
  return (at) => {
    if (at >= run.end) {
      let start = at;
      while (start > run.end && !/\s/u.test(text[start - 1]!)) start -= 1;
      let end = at + 1;
      while (end < text.length && !/\s/u.test(text[end]!)) end += 1;
      run = { start, end, firstMarkEnd: Infinity, lastMarkStart: -Infinity };
      // Marks never overlap one another, so every one of them is found.
      for (const mark of text.slice(start, end).matchAll(ADDRESS_MARKS)) {
        run.firstMarkEnd = Math.min(run.firstMarkEnd, start + mark.index + mark[0].length);
        run.lastMarkStart = start + mark.index;
      }
    }
    if (run.firstMarkEnd <= at || run.lastMarkStart > at) return true;
    // A mark that the punctuation's removal makes: `ww.w.` reads `www.`.
    const around =
      text.slice(Math.max(run.start, at - ADDRESS_MARK_REACH), at) + text.slice(at + 1, Math.min(run.end, at + 1 + ADDRESS_MARK_REACH));
    return ADDRESS_MARK.test(around);
  };
}

/**
 * How much text either side of the punctuation `isSeam` reads: more than the
 * longest abbreviation or domain ending, so that the verdict is the one the
 * whole text would give, and a line of glued words is not read again at each.
 */
const WORD_WINDOW = 16;

function isSeam(text: string, punctuationAt: number, insideAddress: (at: number) => boolean): boolean {
  if (insideAddress(punctuationAt)) return false;
  const before = text.slice(Math.max(0, punctuationAt - WORD_WINDOW), punctuationAt);
  const after = text.slice(punctuationAt + 1, punctuationAt + 1 + WORD_WINDOW);

  const leftWord = /[\p{L}\p{M}]+$/u.exec(before)?.[0];
  if (leftWord !== undefined) {
    const last = leftWord.at(-1)!;
    if (last !== last.toLocaleLowerCase() || leftWord.length < 2) return false;
    if (ABBREVIATIONS.has(leftWord.toLowerCase())) return false;
  } else if (!/(?:\d{2}|[)”"’%])$/u.test(before)) {
    return false;
  }
  // `Aleksandr.V. Fomin` (blind-vnru-28, 396): a first name glued to the initial of the patronymic, then the surname.
  if (leftWord !== undefined && /^\p{Lu}/u.test(leftWord) && INITIAL_THEN_NAME.test(after)) return false;
  const rightWord = /^[”"’]?[“‘"]?([\p{L}\p{M}]+)/u.exec(after)?.[1] ?? "";
  return !TOP_LEVEL_DOMAINS.has(rightWord.toLowerCase());
}
