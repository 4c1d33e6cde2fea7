/**
 * `/people/`, `/events/`, `/topics/`: every tag with its description and article
 * count. People and topics are grouped by initial letter (with a row of letters
 * to jump to), events by the year they began, oldest first.
 */
import type { TagIndexEntry, TagIndexView } from "../src/model/page-views.ts";
import { html, documentText, type SafeHtml } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { href } from "../src/model/urls.ts";
import { KIND_LABELS } from "./_components/article-list.ts";
import { articleCount } from "./_components/counts.ts";
import { dateSpan } from "./_components/dates.ts";
import { layout } from "./_components/layout.ts";

export const data = onePerPage("tagIndex");

const INTRODUCTIONS: Record<TagIndexView["kind"], string> = {
  people: "Everyone the archive writes about, by name.",
  events: "Visits, meetings and occasions, in the order they happened.",
  topics: "The subjects the articles cover.",
};

interface Group {
  id: string;
  label: string;
  tags: TagIndexEntry[];
}

/** `Đặng` → `D`, `Ánh` → `A`: the letter a reader looks under. */
function initialOf(name: string): string {
  const first = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "D").charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
}

/** Consecutive runs of the (already sorted) tags that share a key. */
function groupsOf(index: TagIndexView): Group[] {
  const keyOf = (tag: TagIndexEntry): string => (index.kind === "events" ? (tag.start ?? "").slice(0, 4) || "Undated" : initialOf(tag.name));
  const groups: Group[] = [];
  for (const tag of index.tags) {
    const key = keyOf(tag);
    const last = groups.at(-1);
    if (last && last.label === key) last.tags.push(tag);
    else groups.push({ id: `group-${key === "#" ? "other" : key.toLowerCase()}`, label: key, tags: [tag] });
  }
  return groups;
}

function entry(tag: TagIndexEntry, link: (path: string) => string): SafeHtml {
  return html`<li class="tag-entry${tag.articleCount === 0 ? " tag-entry-empty" : ""}">
<p class="tag-entry-name">${tag.path ? html`<a href="${link(tag.path)}">${tag.name}</a>` : html`<span>${tag.name}</span>`}</p>
<p class="tag-entry-meta">${tag.kind === "events" && tag.start ? html`${dateSpan(tag.start, tag.end)}<span class="meta-sep" aria-hidden="true"> · </span>` : ""}${articleCount(tag.articleCount)}</p>
${tag.description ? html`<p class="tag-entry-description">${tag.description}</p>` : ""}
</li>`;
}

export function render({ site, item: index }: ItemPageData<TagIndexView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const label = KIND_LABELS[index.kind].plural;
  const groups = groupsOf(index);
  const body = html`<div class="page-heading">
<h1>${label}</h1>
<p class="lede">${INTRODUCTIONS[index.kind]}</p>
<p class="count">${index.tags.length} ${label.toLowerCase()}</p>
</div>
${groups.length > 1 ? html`<nav class="jump" aria-label="${index.kind === "events" ? "Years" : "Letters"}">
<ul>${groups.map((group) => html`<li><a href="#${group.id}">${group.label}</a></li>`)}</ul>
</nav>` : ""}
${index.tags.length === 0 ? html`<p>None yet.</p>` : ""}
${groups.map(
  (group) => html`<section class="tag-group-section" aria-labelledby="${group.id}">
<h2 id="${group.id}" class="group-heading">${group.label}</h2>
<ul class="tag-index tag-index-${index.kind}">
${group.tags.map((tag) => entry(tag, link))}
</ul>
</section>
`,
)}`;
  return documentText(
    layout({ site, title: label, path: index.path, section: index.path, trail: [{ label }], body }),
  );
}
