/**
 * How outlet names are compared: the publisher table (publishers.ts) and the
 * check of `publishers.yaml` (load-publishers.ts) both key names this way, so
 * that a name the check lets through is one the table can find.
 */

/** Case-, diacritic- and spacing-insensitive key: `Báo Tin Tức` and `bao tin  tuc` meet. */
export function publisherKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .trim();
}
