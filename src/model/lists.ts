/**
 * The paginated lists of articles: the home page and each tag's page.
 *
 * A story told by several sources appears once in a list, its first report in
 * the list standing for it, the others named beside it ("also reported by").
 *
 * Pages are numbered from the oldest: `/page/1/` holds the 20 oldest items,
 * and an address keeps showing the same items when newer articles arrive, so
 * adding the day's article changes the first page and the newest numbered page
 * only (and a CDN's copies of the others stay good). The first page (`/`, a
 * tag's own address) always shows the newest 20.
 */
import type { Article, ListItem, ListPage } from "./archive-types.ts";
import { PAGE_SIZE } from "./paginate.ts";
import { listPagePath } from "./urls.ts";

/** Articles (newest first) as list items, each story once, at the place of its newest report. */
export function listItems(articles: readonly Article[]): ListItem[] {
  const items: ListItem[] = [];
  const byStory = new Map<object, ListItem>();
  for (const article of articles) {
    const story = article.story;
    const item = story ? byStory.get(story) : undefined;
    if (item) {
      item.alsoReported.push(article);
      continue;
    }
    const created: ListItem = { article, alsoReported: [] };
    if (story) byStory.set(story, created);
    items.push(created);
  }
  return items;
}

/**
 * The pages of a list at `basePath`: the first page with the newest items,
 * then the numbered pages from the oldest. Always at least the first page.
 */
export function listPages(basePath: string, items: readonly ListItem[], size: number = PAGE_SIZE): ListPage[] {
  const total = items.length;
  if (total <= size) return [{ basePath, path: basePath, number: 0, pageCount: 1, total, olderOfFirst: 0, items: [...items] }];
  // Numbered pages from the oldest: page k holds the items from the (k-1)·size-th oldest on.
  const numbered = Math.ceil(total / size);
  // The first page's "older" is the numbered page holding the item after its last one.
  const olderOfFirst = Math.floor((total - size - 1) / size) + 1;
  const oldestFirst = [...items].reverse();
  const pages: ListPage[] = [];
  const place = { basePath, pageCount: numbered + 1, total, olderOfFirst };
  const first: ListPage = { ...place, path: basePath, number: 0, items: items.slice(0, size) };
  pages.push(first);
  for (let number = numbered; number >= 1; number -= 1) {
    const chunk = oldestFirst.slice((number - 1) * size, number * size).reverse();
    pages.push({ ...place, path: listPagePath(basePath, number), number, items: chunk });
  }
  first.older = { path: listPagePath(basePath, olderOfFirst), number: olderOfFirst };
  for (const page of pages.slice(1)) {
    if (page.number > 1) page.older = { path: listPagePath(basePath, page.number - 1), number: page.number - 1 };
    page.newer =
      page.number < numbered ? { path: listPagePath(basePath, page.number + 1), number: page.number + 1 } : { path: basePath, number: 0 };
  }
  return pages;
}

/**
 * An event's list, in the order things happened: `items` oldest first, the
 * first page with the earliest, then `page/2/`, `page/3/`… A follow-up months
 * later then comes after the visit it follows, not before it.
 */
export function chronologicalPages(basePath: string, items: readonly ListItem[], size: number = PAGE_SIZE): ListPage[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const pathOf = (index: number) => (index === 0 ? basePath : listPagePath(basePath, index + 1));
  const pages: ListPage[] = [];
  for (let index = 0; index < count; index += 1) {
    const page: ListPage = {
      basePath,
      path: pathOf(index),
      number: index === 0 ? 0 : index + 1,
      pageCount: count,
      total: items.length,
      olderOfFirst: 0,
      items: items.slice(index * size, (index + 1) * size),
    };
    // "Older" and "newer" keep their meaning: the earlier and the later articles.
    if (index > 0) page.older = { path: pathOf(index - 1), number: index === 1 ? 0 : index };
    if (index < count - 1) page.newer = { path: pathOf(index + 1), number: index + 2 };
    pages.push(page);
  }
  return pages;
}
