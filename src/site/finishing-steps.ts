/**
 * What `build` does to the rendered site before it replaces `--out`: the
 * steps that work on the finished pages (search index, feeds, sitemap,
 * robots.txt, `_headers`). They run in order on the temporary folder; one that
 * throws fails the build and the previous site stays in place.
 */
import type { RenderedSite } from "./render-site.ts";

export type FinishingStep = (rendered: RenderedSite, log: (line: string) => void) => Promise<void>;

export const FINISHING_STEPS: readonly FinishingStep[] = [];
