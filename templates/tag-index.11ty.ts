/**
 * `/people/`, `/events/`, `/topics/`, `/organisations/`, `/places/`, `/publishers/`:
 * every tag with articles. People lead with the most covered, the full list A–Z
 * by sort name folded away under it; events are a time line, then a list by
 * year, newest first; the other kinds are one list, grouped by letter only when
 * long enough, and its letters full enough, for that to help. A row of tabs
 * leads to the other indexes.
 */
import type { TagKind } from "../src/model/archive-model.ts";
import type { TagIndexEntry, TagIndexView } from "../src/model/page-views.ts";
import { documentText, html, type SafeHtml } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { href, tagIndexPath } from "../src/model/urls.ts";
import { articleCount } from "./_components/counts.ts";
import { dateSpan } from "./_components/dates.ts";
import { eventTimeline } from "./_components/timeline.ts";
import { KIND_LABELS } from "./_components/labels.ts";
import { layout } from "./_components/layout.ts";

export const data = onePerPage("tagIndex");

/** Lists shorter than this need no letters to jump to. */
const LETTERS_FROM = 30;
/**
 * Letters head a list only when a letter holds this many names on average:
 * thirty topics spread over fourteen letters would be mostly one heading per
 * topic, which is longer to read than the plain list.
 */
const NAMES_PER_LETTER = 3;
/** How many of the most covered people lead the people index. */
const MOST_COVERED = 30;

/** The other indexes, as tabs; this one marked. */
function indexTabs(index: TagIndexView, link: (path: string) => string): SafeHtml {
  if (index.indexes.length < 2) return html``;
  return html`<nav class="index-tabs" aria-label="Indexes">
<ul>
${index.indexes.map((kind: TagKind) =>
  kind === index.kind
    ? html`<li><a href="${link(tagIndexPath(kind))}" aria-current="page">${KIND_LABELS[kind].plural}</a></li>`
    : html`<li><a href="${link(tagIndexPath(kind))}">${KIND_LABELS[kind].plural}</a></li>`,
)}
</ul>
</nav>`;
}

/** A name with its count on one line, what it is under it. */
function entry(tag: TagIndexEntry, link: (path: string) => string): SafeHtml {
  return html`<li class="tag-entry">
<p class="tag-entry-name">${tag.path ? html`<a href="${link(tag.path)}">${tag.name}</a>` : html`<span>${tag.name}</span>`} <span class="count">${articleCount(tag.articleCount)}</span></p>
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

function alphabetical(index: TagIndexView, link: (path: string) => string, headingLevel: 2 | 3): SafeHtml {
  const groups = byLetter(index.tags);
  if (index.tags.length < LETTERS_FROM || index.tags.length < groups.length * NAMES_PER_LETTER) {
    return html`<ul class="tag-index tag-index-${index.kind}">${index.tags.map((tag) => entry(tag, link))}</ul>`;
  }
  const id = (letter: string) => `letter-${letter === "#" ? "other" : letter.toLowerCase()}`;
  const heading = (letter: string) =>
    headingLevel === 2
      ? html`<h2 id="${id(letter)}" class="group-heading">${letter}</h2>`
      : html`<h3 id="${id(letter)}" class="group-heading">${letter}</h3>`;
  return html`<nav class="jump" aria-label="Letters">
<ul>${groups.map((group) => html`<li><a href="#${id(group.letter)}">${group.letter}</a></li>`)}</ul>
</nav>
${groups.map(
  (group) => html`<section class="tag-group-section" aria-labelledby="${id(group.letter)}">
${heading(group.letter)}
<ul class="tag-index tag-index-${index.kind}">${group.tags.map((tag) => entry(tag, link))}</ul>
</section>
`,
)}`;
}

function people(index: TagIndexView, link: (path: string) => string): SafeHtml {
  const top = index.mostCovered.slice(0, MOST_COVERED);
  const rest = index.tags.length > MOST_COVERED;
  return html`<section aria-labelledby="most-covered-heading">
<h2 id="most-covered-heading" class="column-heading">Most covered</h2>
<ol class="most-covered-people">${top.map(
    (tag) =>
      html`<li>${tag.path ? html`<a href="${link(tag.path)}">${tag.name}</a>` : tag.name} <span class="count">${tag.articleCount}<span class="visually-hidden"> ${tag.articleCount === 1 ? "article" : "articles"}</span></span>${
        tag.description ? html`<span class="most-covered-role">${tag.description}</span>` : ""
      }</li>`,
  )}</ol>
</section>
<section class="a-z-section" aria-labelledby="a-z-heading">
<h2 id="a-z-heading" class="column-heading">A–Z</h2>
${rest ? html`<details class="a-z"><summary>All ${index.tags.length} people, A to Z</summary>${alphabetical(index, link, 3)}</details>` : alphabetical(index, link, 3)}
</section>`;
}

/** Events by the year they began, newest first; under its year an event's dates are written without it. */
function events(index: TagIndexView, link: (path: string) => string): SafeHtml {
  const years: Array<{ year: string; tags: TagIndexEntry[] }> = [];
  for (const tag of index.tags) {
    const year = tag.start?.slice(0, 4) ?? "Undated";
    const last = years.at(-1);
    if (last && last.year === year) last.tags.push(tag);
    else years.push({ year, tags: [tag] });
  }
  return html`${eventTimeline(index.tags, link)}
<section aria-labelledby="event-list-heading">
<h2 id="event-list-heading" class="column-heading">Newest first</h2>
${years.map(
  (group) => html`<section class="event-year" aria-labelledby="events-${group.year}">
<h3 id="events-${group.year}" class="group-heading">${group.year}</h3>
<ol class="event-list">
${group.tags.map(
  (tag) => html`<li class="event-entry">
<p class="event-dates">${dateSpan(tag.start, tag.end)}</p>
<p class="event-name">${tag.path ? html`<a href="${link(tag.path)}">${tag.name}</a>` : tag.name} <span class="count">${articleCount(tag.articleCount)}</span></p>
</li>
`,
)}</ol>
</section>
`,
)}
</section>`;
}

export function render({ site, item: index }: ItemPageData<TagIndexView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const labels = KIND_LABELS[index.kind];
  const content =
    index.tags.length === 0
      ? html`<p>None yet.</p>`
      : index.kind === "people"
        ? people(index, link)
        : index.kind === "events"
          ? events(index, link)
          : alphabetical(index, link, 2);
  const body = html`${indexTabs(index, link)}
<div class="page-heading">
<h1>${labels.plural}</h1>
<p class="lede">${labels.introduction}</p>
<p class="count">${index.tags.length} ${index.tags.length === 1 ? labels.singular.toLowerCase() : labels.plural.toLowerCase()} with articles</p>
</div>
${content}`;
  return documentText(
    layout({ site, title: labels.plural, path: index.path, section: index.path, trail: [{ label: labels.plural }], body }),
  );
}
