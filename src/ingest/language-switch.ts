/**
 * A site's language switch left on a line of its own: a language's two-letter
 * code in lower case, `en` under a Russian headline (blind-vnru-68, 878). It is
 * furniture, never the rest of the line above it: splitSourceLines drops it as
 * it drops a blank line. Only the codes of languages news sites offer
 * (and none that is also a unit or a short word, `km`, `it`, `id`); a lone
 * word such as `of` or `la` is not one.
 */
// biome-ignore format: a code list packed by hand
const LANGUAGE_CODES = new Set(["en", "ru", "vi", "fr", "de", "es", "zh", "ja", "ko", "ar", "uk", "cn", "jp", "kr", "pt"]);

/** `en`, `ru`, `vi` alone on a line (spaces around it already trimmed). */
export function isLanguageSwitch(line: string): boolean {
  return line.length === 2 && LANGUAGE_CODES.has(line);
}
