/**
 * Escape-by-default HTML for the page templates. Every value interpolated into
 * `html` is HTML-escaped unless it is `SafeHtml`, and `SafeHtml` is only made by
 * `html` itself and by the sanitising Markdown renderer (`markSanitised`). So
 * article text — titles, names, captions — can never become markup by accident.
 */
import { htmlEscape } from "escape-goat";

// A registered symbol rather than `instanceof`: Eleventy imports the templates
// through its own loader, which can give this module a second instance.
const SAFE = Symbol.for("news-archive.safe-html");

export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
  toString(): string;
}

/** One function for every SafeHtml (not a closure each): pages are made of tens of thousands. */
function safeHtmlText(this: SafeHtml): string {
  return this.value;
}

function safe(value: string): SafeHtml {
  return { [SAFE]: true, value, toString: safeHtmlText };
}

export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[SAFE] === true;
}

/** What may be interpolated: text (escaped), numbers, SafeHtml, lists of these; nothing renders as "". */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const NEEDS_ESCAPE = /[&"'<>]/;

/** Most text has nothing to escape; escape-goat's five passes are run only on text that has. */
function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? htmlEscape(text) : text;
}

function renderValue(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map((item: HtmlValue) => renderValue(item)).join("");
  if (isSafeHtml(value)) return value.value;
  return escapeText(String(value));
}

/**
 * Tagged template: the literal parts are markup, every interpolated value is escaped.
 * The parts are joined rather than concatenated one by one: joining makes one flat
 * string, where `+=` makes a tree of thousands of small strings per page that lives
 * as long as the page does (Eleventy keeps every page of a run in memory).
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  const parts: string[] = [strings[0] ?? ""];
  for (let index = 0; index < values.length; index += 1) {
    parts.push(renderValue(values[index]), strings[index + 1] ?? "");
  }
  return safe(parts.join(""));
}

/**
 * Marks HTML as safe. Only for the output of the sanitising Markdown renderer
 * (render-markdown.ts); never for anything built from raw text.
 */
export function markSanitised(sanitisedHtml: string): SafeHtml {
  return safe(sanitisedHtml);
}

/**
 * Marks what a template written by a developer produced (a Nunjucks page, a
 * Markdown page already sanitised) as HTML, for the layout around it. Never for
 * anything built from an article's text.
 */
export function markTemplateOutput(templateHtml: string): SafeHtml {
  return safe(templateHtml);
}

/**
 * Sanitised HTML with its root-relative links (`href="/…"`, `src="/…"`) moved
 * under the site's path prefix: a hand-written page links `/feed.xml`, and a
 * site served under `/news/` must link `/news/feed.xml`.
 */
export function prefixRootLinks(page: SafeHtml, pathPrefix: string): SafeHtml {
  if (pathPrefix === "/") return page;
  const prefix = escapeText(pathPrefix);
  return safe(page.value.replace(/ (href|src)="\/(?!\/)/g, (_match, attribute: string) => ` ${attribute}="${prefix}`));
}

/** The final page text: the document type and the escaped-by-construction markup. */
export function documentText(page: SafeHtml): string {
  return `<!doctype html>\n${page.value}`;
}
