/**
 * The site's layout for pages added as templates of their own — a Nunjucks
 * page, a Markdown page — with `layout: site.11ty.ts` in their front matter:
 * the same header, navigation, footer and metadata as every archive page.
 * Front matter: `title` (required), `description`.
 */
import { documentText, html, markTemplateOutput } from "../../src/lib/html.ts";
import type { PageData } from "../../src/model/template-data.ts";
import { layout } from "../_components/layout.ts";

interface LayoutData extends PageData {
  content: string;
  title?: string;
  description?: string;
}

export function render(data: LayoutData): string {
  const path = typeof data.page.url === "string" ? data.page.url : "/";
  const body = html`<article class="prose">
${data.title ? html`<h1>${data.title}</h1>` : ""}
${markTemplateOutput(data.content)}
</article>`;
  return documentText(
    layout({
      site: data.site,
      ...(data.title === undefined ? {} : { title: data.title }),
      ...(data.description === undefined ? {} : { description: data.description }),
      path,
      ...(data.title === undefined ? {} : { trail: [{ path, label: data.title }] }),
      body,
    }),
  );
}
