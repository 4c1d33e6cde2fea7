/**
 * The body of a copied page, from the lede on: the dateline opening it, the
 * blocks the page prints twice, captions that came without a credit, and the
 * closing lines (sign-offs, signatures, navigation, the furniture after the
 * last paragraph). What is not article text goes; every sentence stays.
 */
import { navigationTailStart } from "./boilerplate.ts";
import { capitaliseAllCapsName, isAuthorBio, isClosingSignature } from "./byline.ts";
import { parseDateline } from "./dateline.ts";
import { addPublisher, type Findings, type TextItem } from "./findings.ts";
import { isPortraitCaption, isUncreditedCaption, reportsSpeech } from "./photo-lines.ts";
import {
  endsLikeSentence,
  hasAtLeastWords,
  hasAtMostWords,
  isTextLine,
  lineKey,
  lineKeyByCharacter,
  scriptOf,
  wordsOf,
} from "./line-shape.ts";
import { keptAsciiCount, mayHaveKeyWithin, publisherByCode, publisherByName, publisherKey } from "../taxonomy/publishers.ts";
import { isDeskSlug, stripSignOff } from "./sign-off.ts";

/**
 * The dateline opening the text: in the first paragraph, or after a summary
 * (sapo, dek) or a caption that comes before it. The paragraph keeps its text.
 */
export function takeDateline(body: TextItem[]): ReturnType<typeof parseDateline> {
  for (let index = 0; index < Math.min(body.length, 3); index += 1) {
    const outer = parseDateline(body[index]!.text);
    if (!outer) continue;
    // A press wire's dateline before the paper's (`VIETNAM, June 22 - HÀ NỘI — …`): the paper's is the story's.
    const inner = parseDateline(outer.rest);
    const dateline = inner?.place
      ? { ...outer, ...inner, ...((inner.monthDay ?? outer.monthDay) ? { monthDay: inner.monthDay ?? outer.monthDay! } : {}) }
      : outer;
    body[index] = { ...body[index]!, text: dateline.rest };
    return dateline;
  }
  return undefined;
}

/**
 * A line printed twice in a row is an image's alt text and its caption (or a
 * teaser printed over the text it opens): one copy goes, and a line with no
 * sentence end printed twice is a caption. A line that is the start of the
 * next one (a teaser repeating the lede) goes too.
 */
export function withoutRepeats(body: readonly TextItem[], found: Findings): TextItem[] {
  const kept: TextItem[] = [];
  // Each line's key is made once: a line is compared with the one before it and the two after it.
  const keys = body.map((item) => repeatKey(item.text));
  let nextKey = keys[0] ?? "";
  for (let index = 0; index < body.length; index += 1) {
    const item = body[index]!;
    const key = nextKey;
    nextKey = keys[index + 1] ?? "";
    // Exactly twice (a run of copies is something else, and stays as it is).
    const twice = key !== "" && nextKey === key && (index + 2 >= body.length || keys[index + 2] !== key);
    // (Further down, a short line with no sentence end printed twice is a caption too: `ASEAN Ambassadors
    // to Russia` twice between two paragraphs, blind-vnru-62, 798.)
    if (twice && (hasAtLeastWords(item.text, 5) || (index > 0 && hasAtLeastWords(item.text, 3) && !endsLikeSentence(item.text)))) {
      // Kept once: the summary printed over the lede, or a paragraph, as text; anything
      // shorter further down as the caption it is (an image's alt text and its caption).
      // (Of two copies, the one that kept its spaces.)
      const copy = body[index + 1]!;
      const better = wordsOf(copy.text).length > wordsOf(item.text).length ? copy : item;
      if (index === 0 || hasAtLeastWords(item.text, 30)) kept.push(better);
      else addCaption(found, better);
      index += 1;
      nextKey = keys[index + 1] ?? "";
      continue;
    }
    // Three copies or more in a row with no sentence end (`Mikhail Mishustin’s talks with …`
    // under each photo of a gallery): the gallery's caption, once.
    // (The shape first: a run of copies is counted once, when it is skipped whole.)
    const captionShaped = key !== "" && nextKey === key && hasAtLeastWords(item.text, 5) && !hasAtLeastWords(item.text, 30);
    let copies = 1;
    if (captionShaped && !endsLikeSentence(item.text)) while (keys[index + copies] === key) copies += 1;
    if (copies >= 3) {
      addCaption(found, item);
      index += copies - 1;
      nextKey = keys[index + 1] ?? "";
      continue;
    }
    // A teaser: the lede's first words, cut off (`…`) or whole, on a line of its own.
    if (hasAtLeastWords(item.text, 8) && key !== "" && nextKey.length > key.length && nextKey.startsWith(key)) continue;
    kept.push(item);
  }
  return kept;
}

/**
 * Lines compared as copies of each other: case, marks and punctuation aside,
 * and spaces too, which copies lose (`PrimeMinister Pham Minh Chinh` is `Prime
 * Minister Pham Minh Chinh` printed again).
 */
function repeatKey(line: string): string {
  return lineKeyByCharacter(line, "") ?? lineKey(line).replace(/ /gu, "");
}

/** A caption read off the body (uncredited, or printed twice): its line stamps the photo too. */
function addCaption(found: Findings, item: TextItem): void {
  found.captions.push({ text: item.text, at: item.at, filePhoto: false });
  found.photoStamps.push({ line: item.text, filePhoto: false });
}

/**
 * A link glued to the end of a paragraph (`… standing in the world." Read more`,
 * `… of each… Read full this story`): the paragraph without it.
 */
export function withoutLinkTails(body: readonly TextItem[]): TextItem[] {
  return body.map((item) => {
    const end = item.text.slice(-60);
    const match =
      /(?<=[.!?…”"’»)])\s*(?:read more|read full(?: this)? story|continue reading|xem thêm|подробнее|читать далее)\s*[.»>→…]*$/iu.exec(end);
    return match ? { ...item, text: item.text.slice(0, item.text.length - end.length + match.index).trimEnd() } : item;
  });
}

/**
 * Captions that came without a credit: a line between paragraphs that does not
 * end as a sentence, long enough to describe a picture (Vietnamese pages print
 * `Tổng thống Hàn Quốc … đón Tổng Bí thư …` under the photo, with no period).
 * Lists (`• …`, `- …`) and headings that introduce what follows (`…:`) are text.
 */
export function takeUncreditedCaptions(body: readonly TextItem[], found: Findings): TextItem[] {
  const kept: TextItem[] = [];
  const script = body[0] === undefined ? undefined : scriptOf(body[0].text);
  let captionNext = false;
  for (const [index, item] of body.entries()) {
    const text = item.text.trim();
    if (captionNext) {
      captionNext = false;
      if (isUncreditedCaption(text)) {
        addCaption(found, { text, at: item.at });
        continue;
      }
    }
    const previous = body[index - 1]?.text;
    const next = body[index + 1]?.text;
    const between =
      index > 0 &&
      (previous === undefined || endsLikeSentence(previous)) &&
      (next === undefined || endsLikeSentence(next) || !isTextLine(next));
    const captionShaped =
      text.length <= 300 &&
      hasAtLeastWords(text, 8) &&
      !endsLikeSentence(text) &&
      !/[:;,]$/u.test(text) &&
      !/^[-–—•*+·▪●]/u.test(text) &&
      /^[\p{Lu}\d"“‘(]/u.test(text) &&
      // `Ông Hà nhấn mạnh rằng …` with its full stop lost by the copy (blind-vnru-29, 408): a caption reports no speech.
      !reportsSpeech(text);
    // `Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.` between paragraphs: a portrait's caption.
    if (index > 0 && isPortraitCaption(text)) {
      addCaption(found, { text, at: item.at });
      continue;
    }
    if (between && captionShaped) {
      // In another language than the text (a Vietnamese line on an English page): the
      // image's alt text, and the caption is the short sentence under it.
      if (script !== undefined && scriptOf(text) !== script) captionNext = true;
      else addCaption(found, { text, at: item.at });
      continue;
    }
    kept.push(item);
  }
  return kept;
}

/**
 * The body without lines that only repeat the author (`Thanh Hà |`) or the title.
 * Lines are compared as publisher names are (publisherKey: case, marks and
 * punctuation aside), which also drops a trailing `|`. The title repeated with
 * a full stop the headline lacks (`More opportunities … in Russia.` under `More
 * opportunities … in Russia`) is the caption of the photo under the headline.
 */
export function withoutRepeatedLines(
  items: readonly TextItem[],
  author: string | undefined,
  title: string | undefined,
  found?: Findings,
): TextItem[] {
  const repeated = new Set([author, title].flatMap((text) => (text === undefined ? [] : [publisherKey(text)])));
  // Most items are paragraphs far longer than any author or title: they are told apart without their keys.
  const limit = Math.max(-1, ...[...repeated].map(keptAsciiCount));
  const titleKey = title === undefined ? undefined : publisherKey(title);
  // The line after a repeat of the headline between two paragraphs: see `isCaptionUnderTitleImage`.
  let underTitleImage = false;
  const titleThumbnail = title === undefined ? undefined : lowerCaseTitleAlt(title);
  return items.filter((item, index) => {
    const afterTitleImage = underTitleImage;
    underTitleImage = false;
    if (titleThumbnail !== undefined && opensWithAltText(item.text, titleThumbnail)) return false;
    if (mayHaveKeyWithin(item.text, limit) && repeated.has(publisherKey(item.text))) {
      underTitleImage =
        found !== undefined &&
        titleKey !== undefined &&
        index > 0 &&
        endsLikeSentence(items[index - 1]!.text) &&
        publisherKey(item.text) === titleKey;
      return false;
    }
    const text = item.text.trim();
    if (afterTitleImage && isCaptionUnderTitleImage(text, items[index + 1]?.text)) {
      if (!found!.captions.some((caption) => caption.text === text)) addCaption(found!, { text, at: item.at });
      return false;
    }
    const captionOfTitle =
      found !== undefined &&
      titleKey !== undefined &&
      /[^.]\.$/u.test(text) &&
      mayHaveKeyWithin(text, limit + 1) &&
      publisherKey(text.slice(0, -1)) === titleKey;
    if (!captionOfTitle) return true;
    if (!found.captions.some((caption) => caption.text === text)) addCaption(found, { text, at: item.at });
    return false;
  });
}

/**
 * The alt text some themes give a story's thumbnail: its headline in lower case
 * with the punctuation left out (`Top diplomats of Vietnam, Russia talk …` →
 * `top diplomats of vietnam russia talk …`). Undefined for a headline too short
 * to tell from the opening of a sentence, or with no capital to lose.
 */
export function lowerCaseTitleAlt(title: string): string | undefined {
  if (!/\p{Lu}/u.test(title)) return undefined;
  const alt = title
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\d\s]+/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
  return hasAtLeastWords(alt, 5) ? alt : undefined;
}

/**
 * A line that opens with the page's own headline as a thumbnail's alt text
 * (`lowerCaseTitleAlt`) is a row of related stories, each behind the page's
 * picture (blind-vnru-32, 439): no sentence of the article starts so.
 */
export function opensWithAltText(line: string, alt: string): boolean {
  return line.startsWith(alt) && (line.length === alt.length || line[alt.length] === " ");
}

/**
 * `Hợp tác Y Tế Việt - Nga: Bước đột phá …` / `Bộ trưởng Bộ Y tế Liên bang Nga
 * Mikhail Murashko.` between two paragraphs (blind-vnru-42, 565): the headline
 * again where a photo stands is the image's alt text, and the short line under
 * it the photo's caption — one sentence of sixteen words at most, with a
 * paragraph after it. A paragraph is longer, or has more than one sentence.
 */
export function isCaptionUnderTitleImage(line: string, next: string | undefined): boolean {
  if (next === undefined || line.length > MAX_TITLE_IMAGE_CAPTION_LENGTH || !hasAtMostWords(line, 16) || !hasAtLeastWords(line, 3))
    return false;
  if (!/^\p{Lu}/u.test(line) || !/\p{L}\.$/u.test(line) || /[.!?]\s/u.test(line)) return false;
  return isTextLine(next) && hasAtLeastWords(next, 17);
}
const MAX_TITLE_IMAGE_CAPTION_LENGTH = 140;

function sameText(a: string, b: string): boolean {
  return publisherKey(a) === publisherKey(b);
}

/** Removes sign-offs, navigation lists and signatures from the end of the body's items, until none is left. */
export function cleanClosingItems(items: readonly TextItem[], found: Findings): TextItem[] {
  const texts = items.map((item) => item.text);
  cleanClosingLines(texts, found, items.at(-1)?.at ?? 0);
  // Lines only ever go from the end, and the last left may have lost its sign-off.
  return texts.map((text, index) => ({ text, at: items[index]!.at }));
}

/** Removes sign-offs, navigation lists and signatures from the end, until none is left. */
export function cleanClosingLines(body: string[], found: Findings, lastAt: number): void {
  // A body of navigation labels only stays so as its last lines go (a label
  // has no sign-off to strip): it is not looked through again for each.
  let allLabels = false;
  for (let changed = true; changed && body.length > 0; ) {
    changed = false;
    const navigationStart: number = allLabels ? 0 : navigationTailStart(body);
    allLabels = navigationStart === 0;
    if (navigationStart < body.length && navigationStart > 0) {
      body.splice(navigationStart);
      changed = true;
      continue;
    }
    const last = body.at(-1)!;
    if (isDeskSlug(last) || (found.author !== undefined && body.length > 1 && isAuthorBio(last, found.author))) {
      body.pop();
      changed = true;
      continue;
    }
    const signOff = stripSignOff(last);
    if (signOff) {
      // `— VNA/VNS`: each code names an outlet (the paper, the agency whose copy it is).
      for (const code of signOff.codes) {
        const known = publisherByCode(code) ?? publisherByName(code);
        addPublisher(found, known?.name ?? (/^\p{Lu}{2,6}$/u.test(code) ? code : undefined), "signOff", lastAt);
      }
      if (signOff.text === "") body.pop();
      else body[body.length - 1] = signOff.text;
      changed = true;
      continue;
    }
    if (body.length > 1 && isClosingSignature(last) && !publisherByName(last)) {
      if (found.author === undefined || sameText(found.author, last)) {
        found.author ??= capitaliseAllCapsName(last);
        body.pop();
        changed = true;
      }
    }
  }
}

/**
 * Furniture after the last paragraph that no rule named (a list's heading, a
 * form's labels, a widget's words): the lines after the last one that reads as
 * text go. Lines before it are kept, sentences or not.
 */
export function withoutTrailingFurniture(body: readonly string[]): string[] {
  let last = body.length - 1;
  while (last > 0 && !isTextLine(body[last]!)) last -= 1;
  return body.slice(0, last + 1);
}
