import type { TagCountView } from "../../src/model/page-views.ts";
import { html, type SafeHtml } from "../../src/lib/html.ts";

/** A short list of tags with a number each (articles together, articles in all). */
export function tagCounts(
  title: string,
  counts: readonly TagCountView[],
  link: (path: string) => string,
  describe: (count: number) => string,
): SafeHtml {
  if (counts.length === 0) return html``;
  return html`<section class="tag-counts">
<h3>${title}</h3>
<ul>
${counts.map(
  ({ tag, count }) =>
    html`<li>${tag.path ? html`<a href="${link(tag.path)}">${tag.name}</a>` : tag.name} <span class="count" title="${describe(count)}"><span aria-hidden="true">${count}</span><span class="visually-hidden">${describe(count)}</span></span></li>
`,
)}</ul>
</section>`;
}
