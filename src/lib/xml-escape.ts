/**
 * Text made safe for XML (feeds, sitemap). Article text comes from scraped pages and
 * may carry stray control characters; XML 1.0 forbids most of them outright, and one
 * of them is enough for a strict parser (a feed reader) to reject the whole document.
 */
import { htmlEscape } from "escape-goat";

/**
 * Everything outside XML 1.0's `Char` production (C0 controls but tab, LF, CR; lone
 * surrogates; U+FFFE/U+FFFF), plus the C1 controls U+007F–U+009F, which XML allows
 * but discourages and which never belong in article text.
 */
const NOT_TEXT = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops characters that no XML document (and no sane feed) may contain. */
export function stripControlCharacters(text: string): string {
  return text.replace(NOT_TEXT, "");
}

/**
 * Escapes text for an XML element or a double- or single-quoted attribute value.
 * `&<>"'` become entities, so `]]>` and markup inside the text stay text.
 */
export function escapeXml(text: string): string {
  return htmlEscape(stripControlCharacters(text));
}
