/**
 * When a tag was in the news, drawn at build time (no script): a strip of bars,
 * one per month from its first article to its last, a tick at each new year,
 * and under it each year as a link to its place in the list with its count.
 * The picture's text alternative says the span and the busiest month; the year
 * list beside it gives the numbers.
 */
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { formatMonth } from "../../src/model/format-date.ts";
import type { CoverageView } from "../../src/model/page-views.ts";
import { yearAnchor } from "./article-list.ts";
import { articleCount } from "./counts.ts";

/** The strip's natural width is about this; site.css narrows it to its box. */
const NATURAL_WIDTH = 640;
const GAP = 1;
const HEIGHT = 40;

const monthText = (yyyyMm: string): string => formatMonth(Number(yyyyMm.slice(0, 4)), Number(yyyyMm.slice(5, 7)));

/** "covered from March 2016 to December 2025", or "covered in May 2025". */
export function coveredSentence(coverage: CoverageView): string {
  return coverage.from === coverage.to
    ? `covered in ${monthText(coverage.from)}`
    : `covered from ${monthText(coverage.from)} to ${monthText(coverage.to)}`;
}

/** What the picture shows, in words. */
function altText(coverage: CoverageView): string {
  const busiest = coverage.months.reduce((most, month) => (month.count > most.count ? month : most));
  return `Articles per month, ${coveredSentence(coverage)}; the most in ${formatMonth(busiest.year, busiest.month)} (${articleCount(busiest.count)})`;
}

/**
 * The strip, its caption and its years. With `yearAnchors`, a year's link lands
 * on the year's first item in the list (article-list.ts marks it).
 */
export function coverageStrip(coverage: CoverageView, link: (path: string) => string, id: string, yearAnchors = false): SafeHtml {
  const most = Math.max(1, ...coverage.months.map((month) => month.count));
  // A few months get wide bars, ten years narrow ones; never hairlines, never slabs.
  const bar = Math.min(24, Math.max(3, Math.floor(NATURAL_WIDTH / coverage.months.length) - GAP));
  const step = bar + GAP;
  const width = coverage.months.length * step;
  const bars = coverage.months.map((month, index) => {
    if (month.count === 0) return html``;
    const height = Math.max(2, Math.round((month.count / most) * (HEIGHT - 2)));
    return html`<rect x="${index * step}" y="${HEIGHT - 1 - height}" width="${bar}" height="${height}"></rect>`;
  });
  // A tick at each January after the first month: where a year begins.
  const ticks = coverage.months.map((month, index) =>
    month.month === 1 && index > 0
      ? html`<line class="coverage-tick" x1="${index * step - GAP / 2}" x2="${index * step - GAP / 2}" y1="0" y2="${HEIGHT}" vector-effect="non-scaling-stroke"></line>`
      : html``,
  );
  return html`<figure class="coverage" aria-labelledby="${id}">
<figcaption id="${id}" class="coverage-caption"><span class="coverage-title">Articles per month</span>, ${coveredSentence(coverage)}</figcaption>
<div class="coverage-strip"><svg viewBox="0 0 ${width} ${HEIGHT}" width="${width}" height="${HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${altText(coverage)}">${ticks}<line class="coverage-base" x1="0" x2="${width}" y1="${HEIGHT - 0.5}" y2="${HEIGHT - 0.5}" vector-effect="non-scaling-stroke"></line>${bars}</svg></div>
<ul class="coverage-years" aria-label="Articles by year">
${coverage.years.map((year) => html`<li><a href="${link(year.path)}${yearAnchors ? `#${yearAnchor(year.year)}` : ""}">${year.year}</a> <span class="count">${year.count}<span class="visually-hidden"> ${year.count === 1 ? "article" : "articles"}</span></span></li>`)}
</ul>
</figure>`;
}
