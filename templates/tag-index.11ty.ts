/** `/people/`, `/events/`, `/topics/`: every tag with its description and article count. */
import type { Tag, TagIndex } from "../src/site/archive-model.ts";
import { html, documentText, type SafeHtml } from "../src/site/html.ts";
import { onePerPage, type ItemPageData } from "../src/site/template-data.ts";
import { href } from "../src/site/urls.ts";
import { KIND_LABELS } from "./_components/article-list.ts";
import { articleCount } from "./_components/counts.ts";
import { dateSpan } from "./_components/dates.ts";
import { layout } from "./_components/layout.ts";

export const data = onePerPage<TagIndex>("tagIndexes", (index) => index.path);

const INTRODUCTIONS: Record<TagIndex["kind"], string> = {
  people: "Everyone the archive writes about, by name.",
  events: "Visits, meetings and occasions, in the order they happened.",
  topics: "The subjects the articles cover.",
};

function entry(tag: Tag, link: (path: string) => string): SafeHtml {
  return html`<li class="tag-entry${tag.articles.length === 0 ? " tag-entry-empty" : ""}">
<p class="tag-entry-name">${tag.path ? html`<a href="${link(tag.path)}">${tag.name}</a>` : html`<span>${tag.name}</span>`}</p>
<p class="tag-entry-meta">${tag.kind === "events" && tag.start ? html`${dateSpan(tag.start, tag.end)}<span class="meta-sep" aria-hidden="true"> · </span>` : ""}${articleCount(tag.articles.length)}</p>
${tag.description ? html`<p class="tag-entry-description">${tag.description}</p>` : ""}
</li>`;
}

export function render({ site, item: index }: ItemPageData<TagIndex>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const label = KIND_LABELS[index.kind].plural;
  const body = html`<div class="page-heading">
<h1>${label}</h1>
<p class="lede">${INTRODUCTIONS[index.kind]}</p>
</div>
${index.tags.length === 0 ? html`<p>None yet.</p>` : html`<ul class="tag-index tag-index-${index.kind}">
${index.tags.map((tag) => entry(tag, link))}
</ul>`}`;
  return documentText(
    layout({ site, title: label, path: index.path, section: index.path, trail: [{ label }], body }),
  );
}
