/**
 * The editor's marker lines at the top of a source: ` date YYYY-MM-DD` (the day
 * of a page that states none) and ` url https://…` (the address of the page the
 * text was copied from, when the copy lacks it). `news-archive add --date` and
 * `--url` write them; an editor may type them. They come first, in either
 * order, one a line; a date marker may carry the first paragraph on its line
 * (the seeds do), and ends the markers there.
 */
import { parseDateMarker } from "./date-line.ts";
import type { CalendarDay } from "./date-expressions.ts";

export interface SourceMarkers {
  date?: CalendarDay;
  /** A date marker that gives only the month (` date 2024-06`). */
  month?: { year: number; month: number };
  url?: string;
  /** The source's text without the marker lines (a marker's rest of line kept in its place). */
  text: string;
}

/** ` url https://vov.vn/…`: the address, and what follows it on the line. */
export function parseUrlMarker(line: string): { url: string; rest: string } | undefined {
  const match = /^\s*url:?\s+(https?:\/\/\S+)/iu.exec(line);
  if (!match || !isWebAddress(match[1]!)) return undefined;
  return { url: match[1]!, rest: line.slice(match[0].length).trim() };
}

/** An address a browser opens: `http:` or `https:`, a host with a dot, no spaces. */
export function isWebAddress(value: string): boolean {
  if (value.length > 2_000 || !/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/iu.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Reads the markers off the top of a source's text (before its lines are split and joined). */
export function readSourceMarkers(text: string): SourceMarkers {
  const lines = markerLines(text);
  const markers: SourceMarkers = { text: textAfterMarkers(text, lines) };
  for (const marker of lines) {
    if (marker.date !== undefined) markers.date = marker.date;
    if (marker.month !== undefined) markers.month = marker.month;
    if (marker.url !== undefined) markers.url = marker.url;
  }
  return markers;
}

type MarkerKind = "date" | "url";

/** Where each marker line of `body` ends, and its kind, for the markers at its top. */
interface MarkerLine {
  kind: MarkerKind;
  line: string;
  start: number;
  end: number;
  rest: string;
  /** The value the line gives, as read when it was found. */
  date?: CalendarDay;
  month?: { year: number; month: number };
  url?: string;
}

function markerLines(body: string): MarkerLine[] {
  const found: MarkerLine[] = [];
  let start = 0;
  while (found.length < 2 && start < body.length) {
    const newline = body.indexOf("\n", start);
    const end = newline === -1 ? body.length : newline;
    const line = body.slice(start, end).replace(/\r$/u, "");
    if (line.trim() === "" && newline !== -1) {
      // Blank lines above or between the markers (a copy may open with one).
      start = newline + 1;
      continue;
    }
    const date = parseDateMarker(line);
    const url = date ? undefined : parseUrlMarker(line);
    const kind: MarkerKind | undefined = date ? "date" : url ? "url" : undefined;
    if (kind === undefined || found.some((marker) => marker.kind === kind)) break;
    const rest = (date ?? url)!.rest;
    const value = date ? { ...(date.date ? { date: date.date } : {}), ...(date.month ? { month: date.month } : {}) } : { url: url!.url };
    found.push({ kind, line, start, end: body[end - 1] === "\r" ? end - 1 : end, rest, ...value });
    if (rest !== "" || newline === -1) break;
    start = newline + 1;
  }
  return found;
}

/**
 * `text` with the marker ` KIND VALUE` at its top: a marker of that kind
 * already there gets the new value (its rest of line kept); else the line is
 * added first. The rest of the text is left byte for byte as it was, a BOM and
 * the line ends (LF or CRLF) included.
 */
export function withSourceMarker(text: string, kind: MarkerKind, value: string): string {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = text.slice(bom.length);
  const newline = /\r\n/.test(body.slice(0, body.indexOf("\n") + 1)) ? "\r\n" : "\n";
  const existing = markerLines(body).find((marker) => marker.kind === kind);
  if (existing) {
    const line = ` ${kind} ${value}${existing.rest === "" ? "" : ` ${existing.rest}`}`;
    return `${bom}${body.slice(0, existing.start)}${line}${body.slice(existing.end)}`;
  }
  return `${bom} ${kind} ${value}${newline}${body}`;
}

/** ` date YYYY-MM-DD` at the top of `text` (see `withSourceMarker`). */
export function withDateMarker(text: string, isoDay: string): string {
  return withSourceMarker(text, "date", isoDay);
}

/** ` url https://…` at the top of `text` (see `withSourceMarker`). */
export function withUrlMarker(text: string, url: string): string {
  return withSourceMarker(text, "url", url);
}

/** `text` without its marker lines (a marker's rest of line kept): the same article, dated or addressed or not. */
export function withoutSourceMarkers(text: string): string {
  return textAfterMarkers(text, markerLines(text));
}

/** `text` past the marker lines found at its top. */
function textAfterMarkers(text: string, markers: readonly MarkerLine[]): string {
  const last = markers.at(-1);
  if (last === undefined) return text;
  const after = text.slice(last.end).replace(/^\r?\n/u, "");
  return last.rest === "" ? after : `${last.rest}${text.slice(last.end)}`;
}
