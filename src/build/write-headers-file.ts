/**
 * Finishing step: the `_headers` file at the root of the output (Netlify and
 * Cloudflare Pages read it; `news-archive preview` applies it): the
 * Content-Security-Policy and other security headers for every path, and a year's
 * immutable caching for `/assets/`, which holds only content-hashed file names
 * (fingerprint-assets.ts) — plus Pagefind's hashed chunks; the feeds' media types.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { feedHeaderRules } from "../model/archive-feeds.ts";
import { ASSETS_PATH } from "../lib/fingerprint-assets.ts";
import { renderHeadersFile } from "../model/headers.ts";
import type { RenderedSite } from "./render-site.ts";

export const HEADERS_FILE = "_headers";

export async function writeHeadersFile({ dir, site }: RenderedSite): Promise<void> {
  const text = renderHeadersFile({
    pathPrefix: site.pathPrefix,
    fingerprintedAssets: [`${ASSETS_PATH}*`],
    extraRules: feedHeaderRules(),
  });
  await writeFile(path.join(dir, HEADERS_FILE), text);
}
