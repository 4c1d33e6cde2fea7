/**
 * What every page template receives from Eleventy: the site settings and the
 * archive model (handed over once as global data), plus the item of the page
 * when the template is paginated.
 */
import type { ArchiveModel } from "./archive-model.ts";
import type { SiteSettings } from "./site-settings.ts";

export interface GlobalData {
  site: SiteSettings;
  archive: ArchiveModel;
}

export interface PageData extends GlobalData {
  page: { url: string; outputPath: string | false };
}

/** Data of a template paginated one item per page, `alias`ed as `item`. */
export interface ItemPageData<Item> extends PageData {
  item: Item;
  pagination: { pageNumber: number; items: Item[] };
}

/** Eleventy's pagination of one item per page over a list in the archive model. */
export function onePerPage<Item>(
  listInArchive: string,
  pathOf: (item: Item) => string,
): {
  pagination: { data: string; size: 1; alias: "item" };
  permalink: (data: ItemPageData<Item>) => string;
} {
  return {
    pagination: { data: `archive.${listInArchive}`, size: 1, alias: "item" },
    permalink: (data) => pathOf(data.item),
  };
}
