/**
 * `/assets/NAME.HASH.EXT`: every file of `templates/assets/` under its
 * content-hashed name (src/lib/fingerprint-assets.ts), byte for byte.
 * The list is made afresh for each build (`pageViews.asset`, src/model/page-views.ts).
 */
import { readFileSync } from "node:fs";
import type { AssetView } from "../src/model/page-views.ts";
import { onePerPage, type ItemPageData } from "../src/build/template-data.ts";

export const data = onePerPage("asset");

export function render({ item: asset }: ItemPageData<AssetView>): Buffer {
  return readFileSync(asset.file);
}
