/**
 * When a tag was in the news, drawn at build time (no script): a strip of bars,
 * one per month from its first article to its last, with a link to each year's
 * place in the list under the strip, and the same as a sentence and a table for
 * readers who do not see the picture.
 */
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { formatMonth } from "../../src/model/format-date.ts";
import type { CoverageView } from "../../src/model/page-views.ts";
import { articleCount } from "./counts.ts";

const BAR = 6;
const GAP = 1;
const HEIGHT = 40;

const monthText = (yyyyMm: string): string => formatMonth(Number(yyyyMm.slice(0, 4)), Number(yyyyMm.slice(5, 7)));

/** "covered from March 2016 to December 2025", or "in May 2025". */
export function coveredSentence(coverage: CoverageView): string {
  return coverage.from === coverage.to ? `covered in ${monthText(coverage.from)}` : `covered from ${monthText(coverage.from)} to ${monthText(coverage.to)}`;
}

export function coverageStrip(coverage: CoverageView, link: (path: string) => string, id: string): SafeHtml {
  const most = Math.max(1, ...coverage.months.map((month) => month.count));
  const width = coverage.months.length * (BAR + GAP);
  const bars = coverage.months.map((month, index) => {
    if (month.count === 0) return html``;
    const height = Math.max(2, Math.round((month.count / most) * HEIGHT));
    return html`<rect x="${index * (BAR + GAP)}" y="${HEIGHT - height}" width="${BAR}" height="${height}"><title>${formatMonth(month.year, month.month)}: ${articleCount(month.count)}</title></rect>`;
  });
  return html`<figure class="coverage" aria-labelledby="${id}">
<figcaption id="${id}" class="coverage-caption">Articles per month, ${coveredSentence(coverage)}</figcaption>
<div class="coverage-strip"><svg viewBox="0 0 ${Math.max(width, 1)} ${HEIGHT}" width="${width}" height="${HEIGHT}" preserveAspectRatio="none" role="img" aria-label="Articles per month, ${coveredSentence(coverage)}">${bars}</svg></div>
<ul class="coverage-years">
${coverage.years.map((year) => html`<li><a href="${link(year.path)}">${year.year}</a> <span class="count">${year.count}</span></li>`)}
</ul>
</figure>`;
}
