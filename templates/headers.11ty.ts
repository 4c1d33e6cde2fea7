/**
 * `/_headers`: response headers for Netlify and Cloudflare Pages — the
 * Content-Security-Policy and other security headers, a year's caching for the
 * content-hashed assets, the feeds' media types (src/model/headers.ts).
 */
import { renderHeadersFile } from "../src/model/headers.ts";
import type { HeadersView } from "../src/model/page-views.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";

export const data = onePerPage("headers");

export function render({ site, item: headers }: ItemPageData<HeadersView>): string {
  return renderHeadersFile({
    pathPrefix: site.pathPrefix,
    fingerprintedAssets: headers.fingerprintedAssets,
    extraRules: headers.extraRules,
  });
}
