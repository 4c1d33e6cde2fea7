/**
 * `/NAME/`: a page written by hand in `content/pages/NAME.md` (an About page),
 * its Markdown rendered and sanitised like an article's body.
 */
import type { ContentPageView, PublisherEntry } from "../src/model/page-views.ts";
import { href } from "../src/model/urls.ts";
import { documentText, html, prefixRootLinks, type SafeHtml } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { layout } from "./_components/layout.ts";

export const data = onePerPage("page");

/** Every source with its number of articles and its feed: the `list: publishers` of a page. */
function publisherTable(publishers: readonly PublisherEntry[], link: (path: string) => string): SafeHtml {
  return html`<table class="sources">
<caption>${publishers.length} sources, most articles first</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Articles</th><th scope="col">Feed</th></tr></thead>
<tbody>
${publishers.map(
  (
    publisher,
  ) => html`<tr><th scope="row">${publisher.path ? html`<a href="${link(publisher.path)}">${publisher.name}</a>` : publisher.name}</th><td>${publisher.articleCount}</td><td><a href="${link(publisher.feedPath)}" type="application/atom+xml">Atom</a></td></tr>
`,
)}</tbody>
</table>`;
}

export function render({ site, item: page }: ItemPageData<ContentPageView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const body = html`<article class="prose">
<h1>${page.title}</h1>
${prefixRootLinks(page.body, site.pathPrefix)}
${page.publishers ? publisherTable(page.publishers, link) : ""}
</article>`;
  return documentText(
    layout({
      site,
      title: page.title,
      ...(page.description === undefined ? {} : { description: page.description }),
      path: page.path,
      section: page.path,
      trail: [{ path: page.path, label: page.title }],
      body,
    }),
  );
}
