import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { TagCountView } from "../../src/model/page-views.ts";

/**
 * A short list of tags with a number each (articles together, articles in all).
 * With `countPath`, the number links to the articles it counts (a filtered search).
 */
export function tagCounts(
  title: string,
  counts: readonly TagCountView[],
  link: (path: string) => string,
  describe: (count: number) => string,
  countPath?: (entry: TagCountView) => string,
  /** Where the heading leads: the index of the kind. */
  titlePath?: string,
): SafeHtml {
  if (counts.length === 0) return html``;
  const number = (entry: TagCountView): SafeHtml => {
    const text = html`<span aria-hidden="true">${entry.count}</span><span class="visually-hidden">${describe(entry.count)}</span>`;
    return countPath
      ? html`<a class="count" href="${link(countPath(entry))}" title="${describe(entry.count)}">${text}</a>`
      : html`<span class="count" title="${describe(entry.count)}">${text}</span>`;
  };
  return html`<section class="tag-counts">
<h3>${titlePath ? html`<a href="${link(titlePath)}">${title}</a>` : title}</h3>
<ul>
${counts.map(
  (
    entry,
  ) => html`<li>${entry.tag.path ? html`<a href="${link(entry.tag.path)}">${entry.tag.name}</a>` : entry.tag.name} ${number(entry)}</li>
`,
)}</ul>
</section>`;
}
