import { SECTION_WORDS } from "./mastheads.ts";

/**
 * A site's section path printed before a stamp (`Туризм / Новости 18 мая 2016 г.
 * 15:46`, blind-vnru-64, 831): two to four capitalised one-word sections
 * parted by ` / `, the last a word sections are named with (`Новости`, `News`).
 * It names where the page stands on its site, not who wrote it.
 */
const PATH = /^\p{Lu}[\p{L}\p{M}]{1,24}(?: \/ \p{Lu}[\p{L}\p{M}]{1,24}){1,3}$/u;

export function isSectionPath(rest: string): boolean {
  if (!PATH.test(rest)) return false;
  const last = rest.slice(rest.lastIndexOf("/") + 1).trim();
  return SECTION_WORDS.test(last);
}
