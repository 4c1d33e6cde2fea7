/**
 * `/assets/NAME.HASH.EXT`: every file of `templates/assets/` under its
 * content-hashed name (src/site/fingerprint-assets.ts), byte for byte.
 * The list is global data computed at the start of each build (`.eleventy.ts`).
 */
import { readFileSync } from "node:fs";
import type { FingerprintedAsset } from "../src/site/fingerprint-assets.ts";

interface AssetPageData {
  asset: FingerprintedAsset;
}

export const data = {
  pagination: { data: "assetFiles", size: 1, alias: "asset" },
  permalink: (data: AssetPageData): string => data.asset.path,
  eleventyExcludeFromCollections: true,
};

export function render({ asset }: AssetPageData): Buffer {
  return readFileSync(asset.file);
}
