/**
 * `/NAME/`: a page written by hand in `content/pages/NAME.md` (an About page),
 * its Markdown rendered and sanitised like an article's body.
 */
import type { ContentPageView } from "../src/model/page-views.ts";
import { documentText, html, prefixRootLinks } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { layout } from "./_components/layout.ts";

export const data = onePerPage("page");

export function render({ site, item: page }: ItemPageData<ContentPageView>): string {
  const body = html`<article class="prose">
<h1>${page.title}</h1>
${prefixRootLinks(page.body, site.pathPrefix)}
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
