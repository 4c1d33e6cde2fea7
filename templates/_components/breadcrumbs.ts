import { html, type SafeHtml } from "../../src/lib/html.ts";
import { HOME_PATH } from "../../src/model/urls.ts";

/** One step of the trail; the last one is the page itself and has no link. */
export interface Crumb {
  label: string;
  path?: string;
}

export function breadcrumbs(trail: readonly Crumb[], link: (path: string) => string): SafeHtml {
  const steps: Crumb[] = [{ label: "Home", path: HOME_PATH }, ...trail];
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb">
<ol>
${steps.map((step, index) =>
  index === steps.length - 1 || step.path === undefined
    ? html`<li><span aria-current="page">${step.label}</span></li>`
    : html`<li><a href="${link(step.path)}">${step.label}</a></li>`,
)}
</ol>
</nav>`;
}
