/**
 * `/people/`, `/events/`, `/topics/`, `/organisations/`, `/places/`, `/publishers/`:
 * every tag with articles. People lead with the most covered, the full list A–Z
 * by sort name below; events are a time line, newest first; the other kinds
 * are one list, grouped by letter only when long enough for that to help.
 */
import type { TagIndexEntry, TagIndexView } from "../src/model/page-views.ts";
import { documentText, html, type SafeHtml } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { href } from "../src/model/urls.ts";
import { articleCount } from "./_components/counts.ts";
import { dateSpan } from "./_components/dates.ts";
import { eventTimeline } from "./_components/timeline.ts";
import { KIND_LABELS } from "./_components/labels.ts";
import { layout } from "./_components/layout.ts";

export const data = onePerPage("tagIndex");

/** Lists shorter than this need no letters to jump to. */
const LETTERS_FROM = 30;
/** How many of the most covered people lead the people index. */
const MOST_COVERED = 24;

function entry(tag: TagIndexEntry, link: (path: string) => string, withDates: boolean): SafeHtml {
  return html`<li class="tag-entry">
<p class="tag-entry-name">${tag.path ? html`<a href="${link(tag.path)}">${tag.name}</a>` : html`<span>${tag.name}</span>`}</p>
<p class="tag-entry-meta">${withDates && tag.start ? html`${dateSpan(tag.start, tag.end)}<span class="meta-sep" aria-hidden="true"> · </span>` : ""}${articleCount(tag.articleCount)}</p>
${tag.description ? html`<p class="tag-entry-description">${tag.description}</p>` : ""}
</li>`;
}

/** Runs of the (sorted) tags that share a letter. */
function byLetter(tags: readonly TagIndexEntry[]): Array<{ letter: string; tags: TagIndexEntry[] }> {
  const groups: Array<{ letter: string; tags: TagIndexEntry[] }> = [];
  for (const tag of tags) {
    const last = groups.at(-1);
    if (last && last.letter === tag.letter) last.tags.push(tag);
    else groups.push({ letter: tag.letter, tags: [tag] });
  }
  return groups;
}

function alphabetical(index: TagIndexView, link: (path: string) => string): SafeHtml {
  if (index.tags.length < LETTERS_FROM) {
    return html`<ul class="tag-index tag-index-${index.kind}">${index.tags.map((tag) => entry(tag, link, false))}</ul>`;
  }
  const groups = byLetter(index.tags);
  const id = (letter: string) => `letter-${letter === "#" ? "other" : letter.toLowerCase()}`;
  return html`<nav class="jump" aria-label="Letters">
<ul>${groups.map((group) => html`<li><a href="#${id(group.letter)}">${group.letter}</a></li>`)}</ul>
</nav>
${groups.map(
  (group) => html`<section class="tag-group-section" aria-labelledby="${id(group.letter)}">
<h3 id="${id(group.letter)}" class="group-heading">${group.letter}</h3>
<ul class="tag-index tag-index-${index.kind}">${group.tags.map((tag) => entry(tag, link, false))}</ul>
</section>
`,
)}`;
}

function people(index: TagIndexView, link: (path: string) => string): SafeHtml {
  const top = index.mostCovered.slice(0, MOST_COVERED);
  return html`<section aria-labelledby="most-covered-heading">
<h2 id="most-covered-heading" class="column-heading">Most covered</h2>
<ol class="most-covered-people">${top.map(
    (tag) => html`<li>${tag.path ? html`<a href="${link(tag.path)}">${tag.name}</a>` : tag.name} <span class="count">${tag.articleCount}</span></li>`,
  )}</ol>
</section>
<section aria-labelledby="a-z-heading">
<h2 id="a-z-heading" class="column-heading">A–Z</h2>
${index.tags.length > MOST_COVERED ? html`<details class="a-z"><summary>All ${index.tags.length} people, by name</summary>${alphabetical(index, link)}</details>` : alphabetical(index, link)}
</section>`;
}

function events(index: TagIndexView, link: (path: string) => string): SafeHtml {
  return html`${eventTimeline(index.tags, link)}
<section aria-labelledby="event-list-heading">
<h2 id="event-list-heading" class="column-heading">Newest first</h2>
<ul class="tag-index tag-index-events">${index.tags.map((tag) => entry(tag, link, true))}</ul>
</section>`;
}

export function render({ site, item: index }: ItemPageData<TagIndexView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const labels = KIND_LABELS[index.kind];
  const body = html`<div class="page-heading">
<h1>${labels.plural}</h1>
<p class="lede">${labels.introduction}</p>
<p class="count">${index.tags.length} ${labels.plural.toLowerCase()} with articles</p>
</div>
${index.tags.length === 0 ? html`<p>None yet.</p>` : index.kind === "people" ? people(index, link) : index.kind === "events" ? events(index, link) : alphabetical(index, link)}`;
  return documentText(layout({ site, title: labels.plural, path: index.path, section: index.path, trail: [{ label: labels.plural }], body }));
}
