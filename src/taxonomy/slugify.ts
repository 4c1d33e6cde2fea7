/**
 * URL slugs for taxonomy terms and entries: ASCII, lower case, single hyphens,
 * diacritics folded (`Tô Lâm` → `to-lam`, `đ` → `d`).
 */
import slugifyText from "@sindresorhus/slugify";
import { foldDiacritics } from "./fold-diacritics.ts";

/** What a valid slug looks like (the same rule as `SlugSchema`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SLUGIFY_OPTIONS = {
  // "Economy & Trade" is one topic, not "economy and trade": `economy-trade`.
  customReplacements: [
    ["&", " "],
    ["đ", "d"],
    ["Đ", "D"],
  ] as Array<[string, string]>,
  // Splitting camel case would make "FooBar" and "foobar" different slugs.
  decamelize: false,
};

/**
 * The slug of `text`. Lower-casing and our own folding come first, so inputs that
 * differ only by case or diacritics get the same slug (the library alone would
 * write `ä` as `ae` but `a` as `a`); the library then transliterates other
 * scripts (Cyrillic, Greek…).
 *
 * Returns `""` when nothing in the text can be written in ASCII letters or digits
 * ("—", "日本"); callers must fall back to something else then.
 */
export function slugify(text: string): string {
  return slugifyText(foldDiacritics(text.toLowerCase()).toLowerCase(), SLUGIFY_OPTIONS);
}

/**
 * `base` if it is free, else `base-2`, `base-3`… — the first one not in `taken`.
 * Deterministic: the same inputs always give the same slug, so the order in which
 * callers claim slugs decides who keeps the bare one.
 */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!SLUG_PATTERN.test(base)) throw new RangeError(`not a slug: ${JSON.stringify(base)}`);
  if (!taken.has(base)) return base;
  for (let counter = 2; ; counter += 1) {
    const candidate = `${base}-${counter}`;
    if (!taken.has(candidate)) return candidate;
  }
}
