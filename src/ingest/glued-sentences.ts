/**
 * Scraping sometimes loses the break between two paragraphs, leaving
 * `…in the time ahead.PM Mishustin expressed…`. A sentence end followed with no
 * space by a capital letter is such a seam, unless it is an abbreviation
 * (`Mr.Smith`, `St.Petersburg`), initials or `e.g.`/`U.S.` (one letter before
 * the period, or a capital), a decimal (`3.5`), a domain (`VnExpress.Net`,
 * `baotintuc.vn`) or inside an address or e-mail.
 */

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep",
  "rev", "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "approx", "est", "fig", "vol",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ph", "tp",
]);

/** Endings that make `word.Word` a domain name rather than two sentences. */
const TOP_LEVEL_DOMAINS = new Set(["vn", "com", "net", "org", "ru", "cn", "gov", "edu", "info", "io", "uk", "us", "int", "news", "biz"]);

const SEAM = /([.!?])([”"’]?)(?=[“‘"]?\p{Lu})/gu;

export function splitGluedSentences(paragraph: string): string[] {
  const cuts: number[] = [];
  for (const match of paragraph.matchAll(SEAM)) {
    const at = match.index;
    if (isSeam(paragraph, at)) cuts.push(at + match[0].length);
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

function isSeam(text: string, punctuationAt: number): boolean {
  const before = text.slice(0, punctuationAt);
  const after = text.slice(punctuationAt + 1);
  const token = (/\S*$/u.exec(before)?.[0] ?? "") + (/^\S*/u.exec(after)?.[0] ?? "");
  if (/:\/\/|www\.|@/iu.test(token)) return false;

  const leftWord = /[\p{L}\p{M}]+$/u.exec(before)?.[0];
  if (leftWord !== undefined) {
    const last = leftWord.at(-1)!;
    if (last !== last.toLocaleLowerCase() || leftWord.length < 2) return false;
    if (ABBREVIATIONS.has(leftWord.toLowerCase())) return false;
  } else if (!/(?:\d{2}|[)”"’%])$/u.test(before)) {
    return false;
  }
  const rightWord = /^[”"’]?[“‘"]?([\p{L}\p{M}]+)/u.exec(after)?.[1] ?? "";
  return !TOP_LEVEL_DOMAINS.has(rightWord.toLowerCase());
}
