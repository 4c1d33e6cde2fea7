/** Checks over a built site folder: its pages, their validity and their internal links. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { LinkChecker } from "linkinator";

/** Every HTML file under `dir`, as `/`-separated paths relative to it, sorted. */
export async function listHtmlFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names
    .map((name) => name.split(path.sep).join("/"))
    .filter((name) => name.endsWith(".html"))
    .sort();
}

/** Every error html-validate's standard preset reports, as `file:line:column rule: message`. */
export async function htmlValidationErrors(dir: string): Promise<string[]> {
  const validator = new HtmlValidate({ root: true, extends: ["html-validate:standard"] });
  const errors: string[] = [];
  for (const file of await listHtmlFiles(dir)) {
    const report = await validator.validateString(await readFile(path.join(dir, file), "utf8"), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2) {
          errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
  }
  return errors;
}

export interface LinkReport {
  broken: string[];
  /** Every internal URL the crawler reached. */
  checked: Set<string>;
}

/**
 * Serves `serveRoot` on localhost and crawls the site folder `siteDir` (relative
 * to it: `.` or `news`) from its index page, following every internal link, then
 * checks the links of `unlinkedPages` (pages nothing links to, like 404.html).
 * Links to other hosts are not followed.
 */
export async function checkInternalLinks(serveRoot: string, siteDir: string, unlinkedPages: readonly string[] = []): Promise<LinkReport> {
  const linksToSkip = async (link: string) => /^[a-z]+:/i.test(link) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link);
  const crawl = await new LinkChecker().check({ path: siteDir, serverRoot: serveRoot, recurse: true, concurrency: 8, linksToSkip });
  const links = [...crawl.links];
  for (const page of unlinkedPages) {
    const single = await new LinkChecker().check({ path: page, serverRoot: serveRoot, concurrency: 8, linksToSkip });
    links.push(...single.links);
  }
  // Linkinator reports local URLs relative to the served root.
  const pathname = (url: string): string => new URL(url, "http://localhost/").pathname;
  return {
    broken: links.filter((link) => link.state === "BROKEN").map((link) => `${link.url} (status ${link.status}) on ${link.parent ?? "?"}`),
    checked: new Set(links.filter((link) => link.state === "OK").map((link) => pathname(link.url))),
  };
}

/** The values of an attribute in generated markup (which always quotes with `"`). */
export function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, "g"))].map((match) => match[1]!);
}

export function countOf(html: string, needle: string): number {
  return html.split(needle).length - 1;
}
