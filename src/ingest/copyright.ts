/**
 * Copyright notices, as pages print them in their footers: `© 2024 The Moscow
 * Times`, `Copyright © VietnamPlus. All rights reserved.`, `© 2003-2024
 * VietnamPlus, Vietnam News Agency` (the site, then the agency that owns it),
 * `© Copyright VOV.VN 2024` (the site's host for its name), `(c) 2024 Foo Media
 * Ltd`, `Bản quyền thuộc về Báo Thời Đại`, `2024 VietnamPlus. All rights reserved.`,
 * `© «Российская газета», 2024`, and Korean sites' `저작권자 ⓒ 뉴스임팩트, 무단 전재
 * 및 재배포 금지` (copyright holder ⓒ the site, no copying or redistribution).
 *
 * A notice opens with its marks (`©`, `(c)`, `Copyright`, `Bản quyền (thuộc
 * về)`) and years in any order, or ends with `All rights reserved`; the first
 * name after the marks is the site's, and names after a comma, a semicolon, a
 * pipe, a spaced dash or a full stop are its owner's, or another notice. A
 * sentence about copyright (`Copyright law protects …`) is not a notice, and
 * `©` with a name alone (`© Reuters` under a photo) credits a picture.
 *
 * Every step reads a line of at most MAX_NOTICE characters once: the marks
 * with one sticky pattern, the rest by splitting and by words.
 */
import { MASTHEAD_OPENING } from "./mastheads.ts";
import { publisherByName } from "../taxonomy/publishers.ts";

/** Longer lines are text, never a notice. */
const MAX_NOTICE = 200;

/** The longest owner's name: more is a sentence. */
const MAX_OWNER = 60;

export interface CopyrightNotice {
  /**
   * The first name the notice gives: the known outlet's name, else as printed
   * (an unknown host in lower case, without `www.`). Undefined when the notice
   * names nobody (`Copyright 2024`, `All rights reserved.`).
   */
  owner?: string;
  /** `© Reuters`, `© AP Photo/Achmad Ibrahim`: only `©` and a name, the credit of a picture, not the site's notice. */
  photoCredit: boolean;
}

/** One mark or year opening a notice, and the spaces and stops after it (read from `lastIndex`). */
const OPENING_MARK =
  /(?:([©ⓒ])|(\(c\))|(copyright\b|bản quyền(?:\s+thuộc về)?|저작권자)|((?:19|20)\d{2}\b(?:\s*[-–—]\s*(?:(?:19|20)\d{2}\b|nay\b|present\b))?))[\s:.,]*/iuy;

/** `All rights reserved` in the languages of the archive's sites. */
const RIGHTS_RESERVED = /all rights reserved|bảo lưu mọi quyền|giữ bản quyền|все права защищены|무단\s*전재\s*및\s*재배포\s*금지/iu;

/** Where a notice's names part: `,`, `;`, `|`, a full stop before a space, a spaced dash. */
const NAME_BREAK = /\s*[,;|]\s*|\.\s+|\s+[-–—]\s+/u;

/** Words a name begins or ends with that are no part of it: a year, a range, a dash, a mark. */
const EDGE_WORD = /^(?:\(?(?:19|20)\d{2}(?:[-–—](?:(?:19|20)\d{2}|nay|present))?\)?|[-–—]|©|\(c\)|copyright|by)$/iu;

/** A site's host as a notice prints it: `VOV.VN`, `www.rbth.com`. */
const HOST = /^(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,6}$/iu;

/** Lower-case words a name may hold between capitalised ones. */
const NAME_CONNECTOR = /^(?:of|the|and|for|on|de|du|la|&|và)$/iu;

/** The words of `part` without the years, dashes and marks at either end. */
function trimEdges(part: string): string {
  const words = part.trim().split(/\s+/u);
  let first = 0;
  let last = words.length;
  while (first < last && EDGE_WORD.test(words[first]!)) first += 1;
  while (last > first && EDGE_WORD.test(words[last - 1]!)) last -= 1;
  return words
    .slice(first, last)
    .join(" ")
    .replace(/[.:]+$/u, "")
    .replace(/^[«"“](.+)[»"”]$/u, "$1");
}

/** A name known to the outlet table, as written or without a bracket (`Vietnam News Agency (VNA)`). */
function knownOwner(name: string): string | undefined {
  const bracket = /^([^()]{2,60}?)\s*\(([^()]{2,20})\)$/u.exec(name);
  return publisherByName(name)?.name ?? (bracket ? (publisherByName(bracket[1]!)?.name ?? publisherByName(bracket[2]!)?.name) : undefined);
}

/**
 * An unknown owner's name, as printed. After a `©` or an opening year
 * (`strong`), a capitalised name of up to eight words; after the word
 * `Copyright`, `(c)` or before `All rights reserved` alone, every word
 * capitalised (or a connector) and up to six, so that `Copyright Office
 * officials said …` is not read as a name.
 */
function unknownOwner(name: string, strong: boolean): string | undefined {
  if (HOST.test(name)) return name.toLowerCase().replace(/^www\./u, "");
  const words = name.split(" ");
  // A name in a script without capitals (`뉴스임팩트`) may open the notice's name as a capital does.
  if (!/^[\p{Lu}\d\p{Script=Hangul}\p{Script=Han}\p{Script=Katakana}]/u.test(name) || /[!?"“”]/u.test(name)) return undefined;
  if (strong) return words.length <= 8 ? name : undefined;
  // `Bản quyền thuộc về Báo điện tử Mặt Trận`: a paper's name opens with the word papers are named with.
  if (words.length <= 8 && MASTHEAD_OPENING.test(name)) return name;
  return words.length <= 6 && words.every((word) => /^[\p{Lu}\d&]/u.test(word) || NAME_CONNECTOR.test(word)) ? name : undefined;
}

/** The notice `line` is, if it is one; undefined for any other line. */
export function readCopyrightNotice(line: string): CopyrightNotice | undefined {
  const trimmed = line.trim();
  if (trimmed.length < 2 || trimmed.length > MAX_NOTICE) return undefined;
  let sign = false;
  let paren = false;
  let word = false;
  let year = false;
  let at = 0;
  OPENING_MARK.lastIndex = 0;
  for (let mark = OPENING_MARK.exec(trimmed); mark !== null; mark = OPENING_MARK.exec(trimmed)) {
    if (mark[0] === "") break;
    sign ||= mark[1] !== undefined;
    paren ||= mark[2] !== undefined;
    word ||= mark[3] !== undefined;
    year ||= mark[4] !== undefined;
    at = OPENING_MARK.lastIndex;
  }
  let rest = trimmed.slice(at).replace(/^by\s+/iu, "");
  const marked = sign || paren || word;
  const rights = RIGHTS_RESERVED.exec(rest);
  if (rights) {
    // Without a mark before it, `All rights reserved` must end the line: `2024 VietnamPlus. All rights reserved.`
    if (!marked && !/^[\s.!]*$/u.test(rest.slice(rights.index + rights[0].length))) return undefined;
    rest = rest.slice(0, rights.index);
  } else if (!marked) return undefined;

  const first = rest
    .split(NAME_BREAK)
    .map(trimEdges)
    .find((part) => part !== "");
  if (first === undefined) return { photoCredit: false };
  if (first.length > MAX_OWNER) return undefined;
  // `© Reuters`, `© Sputnik / Alexander Kazakov`: a picture's owner and its photographer;
  // `© «Российская газета», 2024` gives its year after the name: a notice.
  const yearAfter = /(?:^|[\s,])(?:19|20)\d{2}[.\s]*$/u.test(rest);
  const credit = sign && !paren && !word && !year && !yearAfter && rights === null && !HOST.test(first);
  if (first.includes("/") || credit) return sign && /^\p{L}/u.test(first) ? { owner: first, photoCredit: true } : undefined;
  const owner = knownOwner(first) ?? unknownOwner(first, sign || year);
  return owner === undefined ? undefined : { owner, photoCredit: false };
}
