/**
 * "← 2023 · 2025 →": the archive pages just before and after this one in time
 * (a year's or a month's), as a reader would leaf through a bound volume.
 */
import { html, type SafeHtml } from "../../src/lib/html.ts";

interface Neighbour {
  path: string;
  /** What the link says: the year, or the month and year. */
  label: string;
}

/** The earlier and later neighbours; nothing when there is neither. */
export function neighbours(
  name: string,
  earlier: Neighbour | undefined,
  later: Neighbour | undefined,
  link: (path: string) => string,
): SafeHtml {
  if (!earlier && !later) return html``;
  return html`<nav class="neighbours" aria-label="${name}">
<ul>
${earlier ? html`<li class="neighbour-previous"><a href="${link(earlier.path)}" rel="prev">← ${earlier.label}</a></li>` : ""}
${later ? html`<li class="neighbour-next"><a href="${link(later.path)}" rel="next">${later.label} →</a></li>` : ""}
</ul>
</nav>`;
}
