/** Counting the pages of a built site, the same way for ours and Hugo's. */
import { readdir } from "node:fs/promises";
import { sep } from "node:path";

/**
 * Whether an output file is a page a reader can land on. Hugo also writes
 * `…/page/1/index.html`, a redirect to the first page of each list; ours does
 * not, so those are not counted.
 */
export function isCountedPage(relativePath: string): boolean {
  const path = relativePath.split(sep).join("/");
  return path.endsWith(".html") && !/(?:^|\/)page\/1\/index\.html$/.test(path);
}

export async function countPages(dir: string): Promise<number> {
  const names = await readdir(dir, { recursive: true });
  return names.filter(isCountedPage).length;
}
