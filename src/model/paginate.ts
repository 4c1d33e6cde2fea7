/** Splitting long lists into numbered pages, and which page numbers to offer a reader. */

export const PAGE_SIZE = 20;

/** `items` in pages of `size`; an empty list is one empty page (a list page always exists). */
export function chunk<T>(items: readonly T[], size: number = PAGE_SIZE): T[][] {
  if (size < 1) throw new Error("page size must be at least 1");
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages;
}

/** A page number to link to, or a gap (`…`) between distant numbers. */
export type PageLink = { number: number; current: boolean } | { gap: true };

/**
 * The numbers shown in a pager: the first and last page, and `around` pages on
 * each side of the current one, with gaps where numbers are left out. A gap is
 * never used to hide a single number.
 */
export function pageLinks(current: number, total: number, around = 2): PageLink[] {
  const shown = new Set<number>([1, total]);
  for (let number = current - around; number <= current + around; number += 1) {
    if (number >= 1 && number <= total) shown.add(number);
  }
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const number of numbers) {
    if (number - previous === 2) links.push({ number: number - 1, current: number - 1 === current });
    else if (number - previous > 2) links.push({ gap: true });
    links.push({ number, current: number === current });
    previous = number;
  }
  return links;
}
