/**
 * `/people/SLUG/` (+ `/page/N/`), and the same for events, topics,
 * organisations, places and sources: a tag's articles, when it was covered,
 * and the company it keeps. A person's page names the people they appear with
 * most and the events they took part in; an event's lists its articles in the
 * order things happened, before, during and after its days, with related events.
 */
import { tagFeedPath } from "../src/model/archive-feeds.ts";
import type { ListItemView, TagCountView, TagPageView, TagProfileView } from "../src/model/page-views.ts";
import { documentText, html, type SafeHtml } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { href, SEARCH_PATH, tagIndexPath } from "../src/model/urls.ts";
import { articleItems } from "./_components/article-list.ts";
import { articleCount } from "./_components/counts.ts";
import { coverageStrip } from "./_components/coverage.ts";
import { dateSpan, time, withoutItsDates } from "./_components/dates.ts";
import { feedLinks } from "./_components/feed-links.ts";
import { KIND_LABELS } from "./_components/labels.ts";
import { layout } from "./_components/layout.ts";
import { tagHead } from "./_components/page-heads.ts";
import { pageRange, pager, pageSuffix } from "./_components/pager.ts";
import { tagCounts } from "./_components/tag-counts.ts";

export const data = onePerPage("tag");

/** The search filters a tag's kind sets, by the search page's names (src/model/article-search-head.ts). */
const FILTER_OF = { people: "person", events: "event", topics: "topic", organisations: "organisation", places: "place" } as const;

/** `/search/?person=Tô Lâm&person=Mikhail Mishustin`: the articles two tags share, by the search page's filters. */
function together(page: TagPageView, other: TagCountView, kind: keyof typeof FILTER_OF): string {
  const own = page.tag.kind in FILTER_OF ? FILTER_OF[page.tag.kind as keyof typeof FILTER_OF] : undefined;
  const query = new URLSearchParams();
  if (own) query.append(own, page.tag.name);
  query.append(FILTER_OF[kind], other.tag.name);
  return `${SEARCH_PATH}?${query.toString()}`;
}

function company(page: TagPageView, profile: TagProfileView, link: (path: string) => string): SafeHtml {
  const { tag } = page;
  const lists: Array<{ title: string; kind: keyof typeof FILTER_OF }> =
    tag.kind === "people"
      ? [
          { title: "Most often with", kind: "people" },
          { title: "Events", kind: "events" },
          { title: "Topics", kind: "topics" },
        ]
      : [
          { title: "People", kind: "people" },
          ...(tag.kind === "events" ? [] : [{ title: "Events", kind: "events" as const }]),
          { title: "Topics", kind: "topics" },
        ];
  const sections = lists
    .filter((list) => profile.alongside[list.kind].length > 0)
    .map((list) =>
      tagCounts(
        list.title,
        profile.alongside[list.kind],
        link,
        (count) => `${articleCount(count)} together`,
        (other) => together(page, other, list.kind),
      ),
    );
  const related = profile.relatedEvents.length
    ? html`<section class="tag-counts"><h3>Related events</h3><ul>${profile.relatedEvents.map(
        (event) =>
          html`<li>${event.path ? html`<a href="${link(event.path)}">${event.name}</a>` : event.name} <span class="meta">${dateSpan(event.start, event.end)}</span></li>`,
      )}</ul></section>`
    : html``;
  return html`${sections}${related}`;
}

/** An event's list under "Before", "During" and "After", each with the days it stands for. */
function phaseList(title: SafeHtml, items: readonly ListItemView[], link: (path: string) => string, ownPath: string | undefined): SafeHtml {
  if (items.length === 0) return html``;
  return html`<h3 class="list-subhead phase-heading">${title}</h3>
${articleItems(items, link, { headingLevel: 4, ...(ownPath ? { ownPath } : {}) })}`;
}

function phases(page: TagPageView, link: (path: string) => string): SafeHtml {
  const { tag } = page;
  if (!page.phases || !tag.start) return html``;
  const last = tag.end ?? tag.start;
  const own = tag.path;
  return html`${phaseList(html`Before <span class="phase-dates">${time(tag.start)}</span>`, page.phases.before, link, own)}${phaseList(
    html`During <span class="phase-dates">${dateSpan(tag.start, tag.end)}</span>`,
    page.phases.during,
    link,
    own,
  )}${phaseList(html`After <span class="phase-dates">${time(last)}</span>`, page.phases.after, link, own)}`;
}

/**
 * A numbered page's sidebar: the tag's company is on its first page, with its
 * figures, which change with every article it gains; a numbered page keeps its
 * bytes (src/model/view-types.ts, `TagProfileView`).
 */
function companyElsewhere(page: TagPageView, link: (path: string) => string): SafeHtml {
  const { kind, name } = page.tag;
  const first = html`<a href="${link(page.basePath)}">the first page</a>`;
  const what =
    kind === "people"
      ? html`${name}’s connections, events and topics, and the coverage by year, are`
      : kind === "events"
        ? html`The people and topics most often alongside ${name}, the related events and the coverage by year are`
        : html`The people, events and topics most often alongside ${name}, and the coverage by year, are`;
  return html`<p class="sidebar-note">${what} on ${first}.</p>`;
}

export function render({ site, item: page }: ItemPageData<TagPageView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const { tag, profile } = page;
  const labels = KIND_LABELS[tag.kind];
  const chronological = tag.kind === "events";
  const ownPath = tag.path;
  const list = page.phases
    ? phases(page, link)
    : articleItems(page.items, link, { headingLevel: 3, yearAnchors: true, ...(ownPath ? { ownPath } : {}) });
  const feed = tag.path ? feedLinks([{ label: "Atom feed", path: tagFeedPath(tag.path) }], link) : html``;
  const body = html`<div class="page-heading tag-heading">
<p class="kicker">${labels.singular}</p>
<h1>${tag.name}</h1>
${pageRange(page)}
${tag.kind === "events" && tag.start ? html`<p class="tag-dates">${dateSpan(tag.start, tag.end)}</p>` : ""}
${tag.description ? html`<p class="lede">${tag.kind === "events" ? withoutItsDates(tag.description, tag.start) : tag.description}</p>` : ""}
<div class="tag-facts">
${profile ? html`<p class="count">${articleCount(profile.articleCount)}</p>` : ""}
${feed}
</div>
${profile?.coverage ? coverageStrip(profile.coverage, link, "coverage-caption", !chronological) : ""}
</div>
<div class="with-sidebar">
<section class="list-column" aria-labelledby="articles-heading">
<h2 id="articles-heading" class="column-heading">${chronological ? "Articles, in the order things happened" : "Articles, newest first"}</h2>
${list}
${pager(page, link, chronological)}
</section>
<aside class="sidebar" aria-labelledby="alongside-heading">
<h2 id="alongside-heading" class="column-heading">${tag.kind === "people" ? "Connections" : "Often alongside"}</h2>
${profile ? company(page, profile, link) : companyElsewhere(page, link)}
</aside>
</div>`;
  const indexPath = tagIndexPath(tag.kind);
  return documentText(
    layout({
      site,
      title: `${tag.name}${pageSuffix(page)}`,
      ...(tag.description ? { description: tag.description } : {}),
      path: page.path,
      metadata: tagHead(tag, site),
      section: indexPath,
      trail:
        page.number === 0
          ? [{ label: labels.plural, path: indexPath }, { label: tag.name }]
          : [{ label: labels.plural, path: indexPath }, { label: tag.name, path: page.basePath }, { label: pageSuffix(page).slice(2, -1) }],
      body,
    }),
  );
}
