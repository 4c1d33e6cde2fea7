/**
 * Lines that name the outlet of a page or of its copy: a source line's outlet
 * (`Source: Reuters/fh`), outlets joined by a slash (`CPV/VNA`), a copyright
 * line (`© 2024 The Moscow Times`), a prompt to follow the site, and what is
 * glued to a date line (a source's name printed twice, a byline). They add publisher evidence to the findings.
 */
import { isSiteHost, promptingOutlet } from "./boilerplate.ts";
import { capitaliseAllCapsName, isPersonName, parseByline, parseStaffCredit } from "./byline.ts";
import { undoubleName } from "./date-line.ts";
import { readCopyrightNotice } from "./copyright.ts";
import { addPublisher, type Findings } from "./findings.ts";
import { PUBLISHER_LIKE, SECTION_WORDS } from "./mastheads.ts";
import { publisherByCode, publisherByName } from "../taxonomy/publishers.ts";

/**
 * The outlet a `Source:` line names: `Source: VNA`, `Source: Reuters/fh` (CNA's
 * desk initials), `Source: Al Jazeera and news agencies`, `Nguồn: baotintuc.vn`.
 * A known outlet among the parts, else the whole when it reads like a name, or
 * a site's host as written.
 */
export function sourcePublisher(name: string): string | undefined {
  const known =
    publisherByName(name) ??
    name
      .split(/\s*(?:,|\/|&|\band\b)\s*/u)
      .map((part) => publisherByName(part))
      .find(Boolean);
  if (known) return known.name;
  if (isSiteHost(name)) return name.toLowerCase().replace(/^www\./u, "");
  return name.split(/\s+/).every((word) => /^[\p{Lu}\d&]/u.test(word)) ? name : undefined;
}

/**
 * `CPV/VNA`, `TTXVN/Báo Tin tức`, `VNA/VNS`: outlets joined by slashes on a
 * line of their own, the paper and the agency whose copy it carries. Each part
 * a known outlet or an agency-like code, one at least known.
 */
export function creditedOutlets(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 50 || !trimmed.includes("/")) return undefined;
  const parts = trimmed.split(/\s*\/\s*/u);
  if (parts.length < 2 || parts.some((part) => part === "")) return undefined;
  const names = parts.map((part) => publisherByName(part)?.name ?? (/^\p{Lu}[\p{Lu}&]{1,6}$/u.test(part) ? part : undefined));
  if (names.some((name) => name === undefined) || !parts.some((part) => publisherByName(part))) return undefined;
  return names as string[];
}

/**
 * `© 2024 The Moscow Times`, `Copyright © VietnamPlus. All rights reserved.`,
 * `© 2003-2024 VietnamPlus, Vietnam News Agency`, `© Copyright VOV.VN 2024`,
 * `Bản quyền thuộc về Báo Thời Đại`: the site (copyright.ts reads the notice).
 * The names after the site's are its owner's (the agency that owns VietnamPlus
 * is not a wire it carries), and `© Reuters` alone credits a picture: neither
 * is evidence here. A wire's own notice (`Copyright 2023 The Associated Press`)
 * names the agency, and the publisher only when nothing names a site.
 */
export function readCopyright(line: string, found: Findings, at: number): void {
  const notice = readCopyrightNotice(line);
  if (!notice || notice.photoCredit || notice.owner === undefined) return;
  // A wire's notice under the copy it wrote is the same on its site and on a partner's: whose copy, not which site.
  addPublisher(found, notice.owner, publisherByName(notice.owner)?.wire ? "wireCopyright" : "copyright", at);
}

/**
 * `Follow RT on Telegram`, `Theo dõi Baoquocte.vn trên`, `Подписывайтесь на
 * НСН: Новости | Дзен`: the site, wherever the prompt stands (above the text,
 * between paragraphs, in the tail). An outlet the table does not know keeps
 * the name the prompt gives it.
 */
export function readFollowPrompt(line: string, found: Findings, at: number): void {
  const outlet = promptingOutlet(line);
  if (outlet === undefined) return;
  addPublisher(found, publisherByName(outlet)?.name ?? (isSiteHost(outlet) ? outlet.toLowerCase() : outlet), "followPrompt", at);
}

/**
 * What was glued to a date line: `Báo Tin TứcBáo Tin Tức` or `[ «Аргументы
 * Недели» ]` (publisher), `By Jane Doe`, a doubled author name, or an author's name right before the date
 * (`Thu Hoai 12/12/2024 16:45`; with a comma, `Hà Nội, 14/01/2025`, it is a place).
 */
export function readDateLineRest(rest: string, line: string, found: Findings, at: number): void {
  if (rest === "") return;
  // `by VTV4 23 November 2017`: a channel credited as the author.
  const channel = /^by\s+(\p{Lu}[\p{L}]{1,10}\d{1,2})$/iu.exec(rest);
  if (channel) {
    found.author ??= channel[1]!;
    addPublisher(found, publisherByCode(channel[1]!.replace(/\d+$/u, ""))?.name, "byline", at);
    return;
  }
  // `26 октября 2008, 16:20 [ «Аргументы Недели» ]`: a name in quotation marks is a paper's, not a person's.
  const quoted = /^[«"“„]([^«»"“”„]{2,40})[»"”]$/u.exec(rest);
  if (quoted) {
    addPublisher(found, publisherByName(quoted[1]!)?.name ?? quoted[1]!.trim(), "byline", at);
    return;
  }
  // `Hà Nội (TTXVN 29/11/2021)`: a place, then the wire's code and the day in brackets — the wire's
  // own dateline, as the wire prints it on its site; a site carrying the story credits it in its text.
  // The day may follow the bracket: `Moscow (UPI) Dec 21, 2009`.
  const wireDateline = /^\p{Lu}[\p{L}\p{M}.]*(?:\s\p{Lu}[\p{L}\p{M}.]*){0,2}\s*\(\s*([\p{Lu}\p{L}]{2,10})(?:\s+\d|\s*\)\s+[\p{L}\d])/u.exec(
    line.trim(),
  );
  const wire = wireDateline ? publisherByCode(wireDateline[1]!) : undefined;
  if (wire?.wire && rest.endsWith(wireDateline![1]!)) {
    addPublisher(found, wire.name, "dateline", at);
    return;
  }
  // `By VnExpress   April 28, 2017 | 09:59 am GMT+7` (blind-vnru-37, 500): a byline naming a known
  // outlet, or a desk, credits the site, as it does on a line of its own; no one wrote it by that name.
  const desk = parseStaffCredit(rest);
  if (desk) {
    addPublisher(found, publisherByName(desk.credited)?.name, "byline", at);
    return;
  }
  const byline = parseByline(rest);
  if (byline) {
    found.author ??= byline.author;
    return;
  }
  const doubled = undoubleName(rest);
  const name = doubled ?? rest;
  const known = publisherByName(name);
  if (known) addPublisher(found, known.name, "byline", at);
  // `Новости 12 апреля 2022 г. 10:17 …` (blind-vnru-38, 518): one word a section is named with,
  // before the stamp, is the site's section (`News`), not a paper's name.
  else if (isLoneSectionWord(name)) return;
  else if (PUBLISHER_LIKE.test(name) || PUBLISHER_LIKE.test(openCamelCase(name)) || doubled !== undefined)
    addPublisher(found, name, "byline", at);
  else if (line.trim().startsWith(`${rest} `) && isPersonName(rest, { minWords: 2, maxWords: 4 })) {
    found.author ??= capitaliseAllCapsName(rest);
  }
}

/** `Новости`, `News`: a single word sections of a site are named with. */
function isLoneSectionWord(name: string): boolean {
  return !/\s/u.test(name) && SECTION_WORDS.test(name);
}

/** One word of capitalised parts (`TravelWeekly`, blind-vnru-24, 350) → its parts as words (`Travel Weekly`); else as it is. */
function openCamelCase(name: string): string {
  return /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(name) ? name.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, " ") : name;
}
