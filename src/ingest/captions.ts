/**
 * Photo captions in scraped article text: the `Photo caption` placeholders web
 * pages leave where an image was, and caption lines recognised by their photo
 * credit (`… Photo: Thong Nhat/VNA`, `… (Photo: SGGP)`, `… Ảnh: TTXVN`,
 * `… — VNA/VNS Photo Dương Giang`) or by a position note (`To Lam (right) …`).
 */

import { capitaliseAllCapsName } from "./byline.ts";
import { publisherByName } from "../taxonomy/publishers.ts";

/** A line that only marks where an image was: dropped, and the next line is its caption. */
export function isCaptionPlaceholder(line: string): boolean {
  // `![]() |`: an image the copy kept as Markdown, in a table whose next cell is the caption.
  if (/^!\[[^\]]{0,200}\]\([^)]{0,300}\)\s*\|?$/u.test(line.trim())) return true;
  // `leftcenterrightdel`: the labels of an image's alignment buttons, left in the copy over its caption (blind-vnru-35, 476).
  if (line.trim().length <= 40 && /^(?:(?:left|cent(?:er|re)|right|del)\s?){3,}$/iu.test(line.trim())) return true;
  // `img-6312.jpg`, `img 3848.jpg` (blind-vnru-51, 675): the image's file name, printed where the image was.
  if (/^[\p{L}\d_.~-]{1,120}(?: [\p{L}\d_.~-]{1,60}){0,2}\.(?:jpe?g|png|gif|webp|avif)$/iu.test(line.trim())) return true;
  return /^(?:(?:photo|image|picture)\s+caption|caption|toggle\s+caption|chú\s+thích(?:\s+ảnh)?|ảnh\s+minh\s+họa|illustration(?:\s+(?:photo|image))?|illustrative\s+(?:photo|image)|file\s+photo)\s*:?$/iu.test(
    line.trim(),
  );
}

export interface Caption {
  /** The caption sentence without its credit; "" when the line is only a credit. */
  text: string;
  /** Photographers and agencies the credit names, in order. */
  credits: string[];
}

const CREDIT_LABEL = String.raw`(?:photos?|photographs?|images?|pictures?|ảnh|photo\s+credit|file\s+photo|source\s+photo|credits?|фото)`;
/** Agencies and image libraries whose names make a bracketed list of names a photo credit. */
const PICTURE_SOURCES = String.raw`(?:Getty\s+Images|AFP|AP(?:\s+Photo)?|Reuters|EPA(?:-EFE)?|Pool|Shutterstock|Alamy|Sputnik|TASS|Xinhua|VNA|Bloomberg|Anadolu|NurPhoto|SOPA\s+Images|Kremlin)`;
const CREDIT_NAMES = String.raw`[^()\n]{1,80}?`;
/**
 * The words `photo courtesy of` or `image by` and the space after them, which
 * the `Photo by Jane Doe` form needs: looked for first, since that form,
 * starting with optional spaces, is tried from every position of a line
 * (same flags, so that the same letters match).
 */
const PHOTO_COURTESY_OR_BY = /(?:photo|image)\s+(?:courtesy\s+of|by)\s/iu;

/**
 * Credit forms at the end of a caption line, each capturing the credited names,
 * with what a line must hold for the pattern to match: tested first, it spares
 * most lines of text the patterns, which try each position of the line.
 */
const CREDIT_FORMS: ReadonlyArray<{ needs: (line: string) => boolean; pattern: RegExp; uncredited?: boolean }> = [
  // … Mishustin. (Photo: SGGP)   … (Ảnh: TTXVN)   … (Ảnh; VTV News): in brackets, a semicolon typed for the
  // colon is the same credit (blind-vnru-53, 694).
  {
    needs: (line) => (line.includes(":") || line.includes(";")) && line.includes("("),
    pattern: new RegExp(String.raw`\s*\(\s*${CREDIT_LABEL}\s*[:;]\s*(${CREDIT_NAMES})\s*\)\.?$`, "iu"),
  },
  // `Illustrative image (Source: VNA)` (blind-vnru-58, 753): an image's placeholder words, then the picture's source
  // in brackets — a caption of its own, not a placeholder over the next line.
  {
    needs: (line) => line.length <= 120 && line.includes("(") && isCaptionPlaceholder(line.slice(0, line.indexOf("("))),
    pattern: /\s*\(\s*(?:source|nguồn|источник)\s*:\s*([^()\n]{1,60}?)\s*\)\.?$/iu,
  },
  // … sang thủ đô Oslo (Nguồn: Thống Nhất/TTXVN): a source in brackets naming a photographer and an agency.
  {
    needs: (line) => line.includes("/") && /nguồn/iu.test(line),
    pattern: /\s*\(\s*nguồn\s*:\s*([^()\n/]{1,60}\/[^()\n]{1,40})\s*\)\.?$/iu,
  },
  // Ведомости: … договор с Северной Кореей / Андрей Гордеев / Ведомости — the photographer, then an outlet the table knows.
  {
    needs: (line) => line.includes(" / ") && publisherByName(line.slice(line.lastIndexOf(" / ") + 3)) !== undefined,
    pattern: /\s+\/\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s){1,3}\p{Lu}[\p{L}\p{M}'’-]+\s\/\s[^/\n]{2,40})$/u,
  },
  // Независимая газета: `Фото Reuters` on a line of its own, under its caption: the label and an agency, no colon.
  {
    needs: (line) => line.length <= 70 && !line.includes(":"),
    pattern: new RegExp(String.raw`^\s*${CREDIT_LABEL}\s+((?:${PICTURE_SOURCES})(?:\s*\/\s*[^()\n/]{2,40}){0,2})\.?$`, "iu"),
  },
  // `Самолет … в аэропорту Шереметьево` / `фото пресс-службы аэропорта Шереметьево` (blind-vnru-35, 482): a press
  // service credited after the caption, no colon, the two lines joined into one as stored. Its words are in lower
  // case, which the names of credits are not: the line is a caption all the same.
  {
    needs: (line) => line.length <= 250 && /фото\s+пресс-служб/iu.test(line),
    pattern: /(?:^|\s)фото\s+(пресс-служб\p{L}{0,3}(?:\s+[^\s():]{1,40}){1,5})\.?$/iu,
    uncredited: true,
  },
  // … Mishustin. Photo: Thong Nhat/VNA
  {
    needs: (line) => line.includes(":"),
    pattern: new RegExp(String.raw`(?:^|(?<=[.!?”"’)]|\s))\s*${CREDIT_LABEL}\s*:\s*(${CREDIT_NAMES})\.?$`, "iu"),
  },
  // … at the talks. — VNA/VNS Photo Dương Giang    … (VNA Photo)    … 2024. (AP Photo/Minh Hoang, Pool)
  {
    needs: (line) => line.includes("Photo"),
    pattern: /(?:(?<=[.!?”"’])\s*|\s+[—–-]\s*|\s*\()((?:\p{Lu}{2,6}\/)*\p{Lu}{2,6}\s+Photo(?:\s*[\s/]\s*[^()\n.]{1,60})?)\)?\.?$/u,
  },
  // … June 20, 2024. © Minh Hoang / POOL/AFP    a line of its own: © Sputnik / Alexander Kazakov
  { needs: (line) => line.includes("©"), pattern: /(?:^|\s+)©\s*(\p{L}[^©()\n]{0,100}?)\s*$/u },
  // Reuters: … January 14, 2025. REUTERS/Thinh Nguyen/Pool
  {
    needs: (line) => line.includes("/"),
    pattern: /(?<=[.!?”"’)])\s+((?:REUTERS|AFP|AP|EPA|EPA-EFE|SPUTNIK|TASS|XINHUA|ANADOLU|POOL)(?:\/[^/\n]{2,40}){1,3})\.?$/u,
  },
  // … (Photo courtesy of the ministry)   … Photo by Jane Doe
  {
    needs: (line) => PHOTO_COURTESY_OR_BY.test(line),
    pattern: /\s*\(?\s*(?:photo|image)\s+(?:courtesy\s+of|by)\s+([^()\n]{1,60}?)\s*\)?\.?$/iu,
  },
  // `… the youth. — Photo courtesy of the embassy` (blind-vnru-28, 392): courtesy of a body named in lower case, after a dash.
  {
    needs: (line) => /courtesy/i.test(line),
    pattern: /\s+[—–-]\s+(?:photo|image)\s+courtesy\s+of\s+((?:the|our)\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3})\.?$/iu,
    uncredited: true,
  },
  // Jakarta Globe: … July 12, 2023. (Antara Photo/Hafidz Mubarak)   — an agency's name, then `Photo/`.
  {
    needs: (line) => line.includes("Photo"),
    pattern: /(?<=[.!?”"’])\s*\((\p{Lu}[\p{L}]{1,15}(?:\s\p{Lu}[\p{L}]{1,15})?\s+Photo\s*\/\s*[^()\n]{2,60})\)\.?$/u,
  },
  // Al Jazeera: … White House says [File: Carolyn Kaster/AP Photo]
  {
    needs: (line) => line.includes("]"),
    pattern: /\s*\[\s*(?:file(?:\s+photo)?\s*:\s*)?([^[\]\n]{2,80}?(?:\/|\bPhoto\b)[^[\]\n]{0,40}?)\s*\]\.?$/u,
  },
  // The Asahi Shimbun carrying AP: … in Hanoi, Vietnam on July 6, 2022. (VNA via AP)   — one source via another.
  {
    needs: (line) => line.includes(" via ") && line.endsWith(")"),
    pattern:
      /(?<=[.!?”"’])\s*\(((?:\p{Lu}[\p{L}.-]{0,20}\s){0,2}\p{Lu}[\p{L}.-]{0,20}\s+via\s+\p{Lu}[\p{L}.-]{0,20}(?:\s\p{Lu}[\p{L}.-]{0,20}){0,2})\)$/u,
  },
  // The Washington Post: … New Delhi on Dec. 6. (Money Sharma/AFP/Getty Images)
  {
    needs: (line) => line.includes("/") && line.includes(")"),
    pattern: new RegExp(String.raw`(?<=[.!?”"’])\s*\(([^()\n]{2,60}\/[^()\n]{0,40}?${PICTURE_SOURCES}[^()\n]{0,20})\)\.?$`, "u"),
  },
];

/**
 * `(right)`, `(L)`, `(second from left)`, `(centre)`, `(слева)`, `(второй
 * справа)`, `(phải)`, `(thứ hai từ trái sang)`: only captions point at people
 * in a photo.
 */
const POSITION_NOTE =
  /\((?:L|R|left|right|centre|center|front|back|middle|(?:first|second|third|fourth)(?:,?\s+(?:from\s+)?(?:left|right))?|(?:(?:перв|втор|трет)(?:ый|ая|ой)\s+)?(?:слева|справа)|в\s+центре|(?:(?:thứ\s+(?:hai|ba|tư)|người\s+thứ\s+(?:hai|ba))\s+)?(?:từ\s+)?(?:trái|phải)(?:\s+sang)?|giữa)\)/u;
/**
 * `Vladimir Putin, left, and To Lam pose …`, `Lavrov, second right, …`: the
 * wires' way of pointing at a person in a photo, set off by commas right after
 * a capitalised name. Text does not point at people so.
 */
const COMMA_POSITION_NOTE =
  /\p{Lu}[\p{L}\p{M}'’-]*,\s(?:(?:far|second|third)\s(?:from\s)?)?(?:left|right|centre|center|top|bottom)(?:\s(?:front|back|rear))?,\s/u;
/**
 * `COMMA_POSITION_NOTE` without the name before it: a line without it cannot
 * match. Looked for first because it starts at a comma, where the whole
 * pattern starts at every capital and reads its word (the costliest test of a
 * line of text here).
 */
const COMMA_POSITION_WORDS =
  /,\s(?:(?:far|second|third)\s(?:from\s)?)?(?:left|right|centre|center|top|bottom)(?:\s(?:front|back|rear))?,\s/u;
const MAX_POSITION_CAPTION_LENGTH = 300;
/** `(AP)`, `(Reuters)` closing a caption found by its position note: the picture's source. */
const BRACKETED_SOURCE = new RegExp(String.raw`(?<=[.!?”"’])\s*\((${PICTURE_SOURCES})\)$`, "u");

/** Words that stand among credits without naming anyone: `Pool`, `Handout`, `File`. */
const NOT_CREDITED = /^(?:pool|handout|file|archive|illustration|screenshot|courtesy|supplied|stringer)$/iu;

/**
 * Splits `Thong Nhat/VNA` or `VNA/VNS Photo Dương Giang` into the names credited;
 * what is not a name is left out (`Pool`, Sputnik's `Go to the mediabank` link).
 */
export function splitCredits(credit: string): string[] {
  return credit
    .replace(/\bPhoto\b/g, "/")
    .split(/\s*(?:\/|,|;|&|\band\b|\bvia\b|\s[-–—]\s)\s*/u)
    .map((name) => name.trim().replace(/\.$/, ""))
    .filter(
      (name) =>
        /\p{L}/u.test(name) &&
        !NOT_CREDITED.test(name) &&
        (!/(?:^|\s)\p{Ll}{2,}(?:\s|$)/u.test(name) || NAMED_PAPER.test(name) || NAMED_BODY.test(name)),
    );
}

/**
 * A body credited by its name, capitalised words joined by at most one small
 * word each (`Фото: Посольство России во Вьетнаме`, blind-vnru-34, 473; `Photo:
 * Embassy of Russia in Vietnam`): a name for its lower-case joining words. A
 * phrase in lower case (`Photo: taken at the talks`) names no one.
 */
const NAMED_BODY = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s(?:(?:of|the|in|for|at|во|в|на|при|по|de|du|des|del)\s)?\p{Lu}[\p{L}\p{M}'’.-]*){1,5}$/u;

/**
 * A paper credited by the word for one and its name, which Vietnamese writes in
 * sentence case (`Ảnh: báo An ninh thủ đô`, blind-vnru-12, 204): a name for all
 * its lower-case words.
 */
const NAMED_PAPER = /^(?:báo|tạp chí)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,5}$/u;

/**
 * What photo galleries put around a caption: Reuters' `Item 1 of 2 …` or
 * `[1/2]…` before it and `Purchase Licensing Rights, opens new tab` after it.
 */
function stripGalleryMarks(line: string): string {
  const unmarked = tableCell(line)
    .trim()
    .replace(/^(?:item \d+ of \d+\s+|\[\d+\s*\/\s*\d+\]\s*)/iu, "");
  // Looked for in the line's last characters first: tried from every position, the pattern reads the whole line.
  return LICENSING_TAIL.test(unmarked.slice(-LICENSING_TAIL_LENGTH))
    ? unmarked.replace(/\s+purchase licensing rights(?:, opens new tab)?\.?$/iu, "")
    : unmarked;
}

/** The link text Reuters prints after a caption, without the spaces before it (`, opens new tab.` included: 42 characters). */
const LICENSING_TAIL = /purchase licensing rights(?:, opens new tab)?\.?$/iu;
const LICENSING_TAIL_LENGTH = 50;

/**
 * An image's alt text kept as the first cell of a table row, its caption the
 * cell on the next line: `Tình hữu nghị … trong suốt 75 năm hợp tác |` over `|
 * Đại sứ … điểm lại những mốc lịch sử quan hệ hai nước. |` (blind-vnru-33,
 * 458). Neither line is the text; the second is the caption. A line that only
 * ends in a bar, with no cell under it, is not one.
 */
export function isAltTextCell(line: string, next: string | undefined): boolean {
  // The bar is looked for first: the pattern is tried on every line of every page.
  if (next === undefined || !line.trimEnd().endsWith("|")) return false;
  return /^[^|]{1,300}\s\|$/u.test(line.trim()) && /^\|\s*[^|]+?\s*\|$/u.test(next.trim());
}

/**
 * A photo's caption printed twice over the headline, as its alt text and as
 * its caption (`Đại sứ … chụp ảnh cùng các em nhỏ trong không gian văn hóa
 * Ngày Tết cổ truyền của dân tộc Việt Nam.` twice, blind-vnru-39, 526): one
 * sentence with its full stop, six words or more, the same on the next line,
 * and a headline under the pair (no full stop, shorter than the sentence). A
 * standfirst printed twice has the text under it, not a headline (`Lễ kỷ niệm
 * 74 năm Quốc khánh 2/9 …` twice, blind-vnru-13, 216). The first copy is no
 * text, the second the caption.
 */
export function isDoubledCaption(line: string, next: string | undefined, afterNext: string | undefined): boolean {
  if (next === undefined || afterNext === undefined || line.length > 300) return false;
  const trimmed = line.trim();
  if (trimmed !== next.trim() || !/\p{L}[.!]$/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/u).length;
  const headline = afterNext.trim();
  return words >= 6 && headline !== "" && !/[.!?…:;,]$/u.test(headline) && headline.split(/\s+/u).length < words;
}

/**
 * `Ambassador Dang Minh Khoi took a souvenir photo with representatives of the
 * Vietnamese community in the Russian Federation. |` (blind-vnru-36, 487): one
 * sentence with its full stop, closed by the bar of the table cell a page keeps
 * a photo's caption in. The article's paragraphs are not kept in table cells;
 * a related link in a cell (`Thương mại Việt- Nga: Xuất tăng, nhập giảm | |`)
 * has no full stop, a navigation row has bars between its items. Returns the
 * caption without its bar, or undefined.
 */
export function captionCell(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.length > MAX_CAPTION_CELL_LENGTH || !trimmed.endsWith(" |")) return undefined;
  const text = trimmed.slice(0, -1).trimEnd();
  if (text.includes("|") || !/^\p{Lu}/u.test(text) || !/\p{L}\.$/u.test(text)) return undefined;
  // One sentence of five words at least: its only full stop is the last character.
  const words = text.split(/\s+/u).length;
  return words >= 5 && !/[.!?]\s/u.test(text) ? text : undefined;
}
const MAX_CAPTION_CELL_LENGTH = 252;

/**
 * `Nizhny Novgorod |` between two paragraphs, under `… nối Nizhny Novgorod với
 * Cam Ranh, …` (blind-vnru-40, 540): a few capitalised words with no full stop,
 * closed by the bar of the table cell a page keeps a photo's caption in, that
 * the paragraph just above has written word for word — the photo of the place
 * or person the text has just told of. A writer's name in a cell (`Thanh Hà |`)
 * is not one the paragraph above names, nor is a cell under a line that does
 * not end like a sentence (a headline). Returns the caption without its bar,
 * or undefined.
 */
export function cellNamedAbove(line: string, above: string | undefined): string | undefined {
  const trimmed = line.trim();
  if (above === undefined || trimmed.length > MAX_NAME_CELL_LENGTH) return undefined;
  const cell = NAME_CELL.exec(trimmed);
  if (!cell || !/[.!?…]["”’»)]?$/u.test(above.trim())) return undefined;
  const name = cell[1]!;
  for (let at = above.indexOf(name); at >= 0; at = above.indexOf(name, at + 1)) {
    const before = above.slice(Math.max(0, at - 1), at);
    const after = above.slice(at + name.length, at + name.length + 1);
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return name;
  }
  return undefined;
}
const MAX_NAME_CELL_LENGTH = 60;
/** One to four capitalised words, then a space and the cell's bar. */
const NAME_CELL = /^(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,3}) \|$/u;

/** `| Chủ tịch nước … Ito Naoki. |`: a caption copied as a Markdown table's cell, without its bars. */
export function tableCell(line: string): string {
  const match = /^\|\s*([^|]+?)\s*\|$/u.exec(line.trim());
  return match ? match[1]! : line;
}

/**
 * One short sentence and the picture's source in brackets, `… Cam Ranh, Khánh
 * Hòa. (Nguồn: TTXVN)` (blind-vnru-29, 407). Alone, such a line may be a
 * paragraph naming its source (`Hai bên ký 14 văn kiện hợp tác. (Nguồn:
 * TTXVN)`); right under the page's date line, where a page prints the photo
 * above its lede, it is the photo's caption. The caller knows where it stands.
 */
const SOURCED_CAPTION = /^(.{1,180}?[.!?”"’])\s*\(\s*nguồn\s*:\s*([^()\n]{1,60}?)\s*\)\.?$/iu;

/** The caption of a line `… . (Nguồn: …)`, or undefined; its source may name no one (`Đại sứ …`), so none is credited. */
export function parseSourcedCaption(line: string): Caption | undefined {
  const match = line.length <= 200 ? SOURCED_CAPTION.exec(line.trim()) : null;
  return match ? { text: match[1]!, credits: [] } : undefined;
}

/** `(right)` or `Lavrov, second right, …`: a note pointing at a person in a photo (each pattern tried only where its first character is). */
function hasPositionNote(line: string): boolean {
  return (
    (line.includes("(") && POSITION_NOTE.test(line)) ||
    (line.includes(",") && COMMA_POSITION_WORDS.test(line) && COMMA_POSITION_NOTE.test(line))
  );
}

/** A caption line, or undefined when the line reads as body text. */
export function parseCaptionLine(line: string): Caption | undefined {
  // `Photo: VNA)`: a credit whose opening bracket the copy lost.
  const unmarked = stripGalleryMarks(line);
  const trimmed = unmarked.endsWith(")") ? unmarked.replace(/^([^()]*)\)$/u, "$1") : unmarked;
  for (const { needs, pattern, uncredited } of CREDIT_FORMS) {
    if (!needs(trimmed)) continue;
    const match = pattern.exec(trimmed);
    if (!match) continue;
    // (`the embassy` names no one to credit, but `courtesy of` after a dash marks the line a caption all the same.)
    const credits = uncredited ? [] : splitCredits(match[1]!);
    if (credits.length === 0 && !uncredited) continue;
    // (The dashes are stripped from the first of a run only: tried from each
    // character of a long run, the pattern would read the run each time.)
    const text = trimmed
      .slice(0, match.index)
      .replace(/(?<![\s—–-])[\s—–-]+$/u, "")
      .trim();
    return { text, credits: credits.map(capitaliseAllCapsName) };
  }
  if (trimmed.length <= MAX_POSITION_CAPTION_LENGTH && hasPositionNote(trimmed)) {
    // `… in Hanoi, Vietnam. (AP)`: a picture agency in brackets after the caption is its credit.
    const credit = BRACKETED_SOURCE.exec(trimmed);
    if (credit) return { text: trimmed.slice(0, credit.index).trim(), credits: [credit[1]!] };
    return { text: trimmed, credits: [] };
  }
  const described = DESCRIBED_PHOTO.exec(trimmed)?.[1];
  if (described !== undefined && /\s\p{Ll}/u.test(described) && described.split(/\s+/u).length >= 4)
    return { text: described, credits: [] };
  return undefined;
}

/**
 * A photo's label with what it shows after it, not who took it (`Photo:
 * Airscape of Cam Ranh military base.`, blind-vnru-39, 523): four words or more,
 * one in lower case, closed by a full stop — a credit names (`Photo: VNA`,
 * `Photo: Thanh Dat`) and has no such words.
 */
const DESCRIBED_PHOTO = /^(?:photo|ảnh|фото)\s*:\s*(\p{Lu}[^:]{10,200}\.)$/iu;
