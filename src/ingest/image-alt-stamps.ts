/**
 * An image's alt text as the RIA Novosti and Sputnik sites print it: the
 * caption, the site's name, the picture's width and the day of the article the
 * picture belongs to (`Máy bay chở khách đậu tại sân bay quốc tế Sheremetyevo -
 * Sputnik Việt Nam, 1920, 30.03.2023`, blind-vnru-25, 362). Above the text it
 * is the article's own picture, so its day is the page's; below the lede the
 * same shape also marks the pictures of other stories the page links to (the
 * same copy's `… Aeroflot - Sputnik Việt Nam, 1920, 22.07.2022`), whose days
 * are theirs. Either way the name is the site's own.
 */
import type { CalendarDay } from "./date-expressions.ts";
import { addPublisher, type Findings } from "./findings.ts";
import { publisherByName } from "../taxonomy/publishers.ts";

export interface ImageAltStamp {
  /** The picture's caption: what precedes ` - Site`. */
  caption: string;
  /** The site's name, as printed (`Sputnik Việt Nam`, `РИА Новости`). */
  site: string;
  /** The day after the width (`30.03.2023`), day first as these sites write it. */
  day: CalendarDay;
}

/** `, 1920, 30.03.2023` closing a line: the width in pixels, then the day. */
const WIDTH_AND_DAY = /,\s(\d{3,4}),\s(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;

/** `….2023`: the text's last five characters are a dot and four digits. */
function endsInDottedYear(text: string): boolean {
  const at = text.length - 5;
  if (at < 0 || text.charCodeAt(at) !== 46) return false;
  for (let index = at + 1; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** The line as an image's alt stamp, or undefined when it is none. */
export function parseImageAltStamp(line: string): ImageAltStamp | undefined {
  const trimmed = line.trim();
  // (The end first, by its last five characters: every line passes here, and the pattern tries each position.)
  if (trimmed.length > 600 || !endsInDottedYear(trimmed)) return undefined;
  const match = WIDTH_AND_DAY.exec(trimmed);
  if (!match) return undefined;
  const before = trimmed.slice(0, match.index);
  const dash = before.lastIndexOf(" - ");
  if (dash === -1) return undefined;
  const caption = before.slice(0, dash).trim();
  const site = before.slice(dash + 3).trim();
  if (caption === "" || site.length < 2 || site.length > 60 || site.includes(",")) return undefined;
  const day = { year: Number(match[4]), month: Number(match[3]), day: Number(match[2]) };
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31) return undefined;
  return { caption, site, day };
}

/**
 * What the page's alt stamps tell, once the lede is known: each names the
 * site; one above the lede is the article's own picture, so its caption is a
 * caption and its day a date line of the page (after the page's own date
 * lines, which it follows in the findings). Those below stay out of the text,
 * their days and captions being other stories'.
 */
export function settleImageAltStamps(found: Findings, ledeAt: number): void {
  for (const stamp of found.imageAltStamps) {
    addPublisher(found, publisherByName(stamp.site)?.name ?? stamp.site, "pageTitle", stamp.at);
    if (stamp.at > ledeAt) continue;
    found.captions.push({ text: stamp.caption, at: stamp.at, filePhoto: false });
    found.dateLines.push({
      date: stamp.day,
      twelveHour: false,
      nextDayInAsia: false,
      updated: false,
      widget: false,
      rest: "",
      at: stamp.at,
    });
  }
}
