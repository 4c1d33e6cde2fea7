/**
 * What every page template receives from Eleventy: the site settings, and the
 * view of the one page being rendered (page-views.ts), `alias`ed as `item`.
 * Templates never see the whole archive model: a page's view is all it shows,
 * which is what lets a build skip the pages whose view did not change.
 */
import type { PageViews, TemplateKey } from "./page-views.ts";
import type { SiteSettings } from "../content/site-settings.ts";

/** A link in the site's navigation. */
export interface NavLink {
  path: string;
  label: string;
}

/** The site as every template sees it: the settings, and the hand-written pages in the navigation. */
export interface SiteView extends SiteSettings {
  nav: NavLink[];
}

export type { SiteSettings };

/** Global data of one Eleventy run: the settings and the pages to render, by template. */
export interface GlobalData {
  site: SiteView;
  pageViews: PageViews;
}

export interface PageData {
  site: SiteView;
  page: { url: string; outputPath: string | false };
}

/** Data of a page template: its view as `item`. */
export interface ItemPageData<Item> extends PageData {
  item: Item;
}

type ViewOf<Key extends TemplateKey> = PageViews[Key][number];

/**
 * Eleventy's pagination of one view per page over the template's list in
 * `pageViews`; each page is written at its view's `path`. Pages stay out of
 * Eleventy's collections: nothing here uses them, and building them costs time
 * on every page.
 */
export function onePerPage<Key extends TemplateKey>(
  template: Key,
): {
  pagination: { data: string; size: 1; alias: "item" };
  permalink: (data: ItemPageData<ViewOf<Key>>) => string;
  eleventyExcludeFromCollections: true;
} {
  return {
    pagination: { data: `pageViews.${template}`, size: 1, alias: "item" },
    permalink: (data) => data.item.path,
    eleventyExcludeFromCollections: true,
  };
}
