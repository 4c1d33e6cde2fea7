/** `/stories/SLUG/`: one happening as several sources reported it, in the order they did. */
import type { StoryPageView } from "../src/model/page-views.ts";
import { documentText, html } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { href } from "../src/model/urls.ts";
import { articleSummaries, tagLink } from "./_components/article-list.ts";
import { dateSpan } from "./_components/dates.ts";
import { layout } from "./_components/layout.ts";

export const data = onePerPage("story");

export function render({ site, item: story }: ItemPageData<StoryPageView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const names = [...story.events, ...story.people];
  const body = html`<div class="page-heading">
<p class="kicker">Story</p>
<h1>${story.title}</h1>
<p class="tag-dates">${dateSpan(story.from, story.to)} · ${story.articles.length} reports</p>
${names.length > 0 ? html`<p class="story-tags">${names.map((tag, index) => html`${index > 0 ? " · " : ""}${tagLink(tag, link)}`)}</p>` : ""}
</div>
<section aria-labelledby="reports-heading">
<h2 id="reports-heading" class="column-heading">The reports, in the order they were published</h2>
${articleSummaries(story.articles, link, 3)}
</section>`;
  return documentText(layout({ site, title: story.title, path: story.path, trail: [{ label: "Stories" }, { label: story.title }], body }));
}
