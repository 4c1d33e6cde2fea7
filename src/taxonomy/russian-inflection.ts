/**
 * Russian inflects names and nouns by case: "Путин" is "Путина", "Путину",
 * "Путиным" in a sentence, "Вьетнам" is "во Вьетнаме", "Сергей" is "Сергея". A
 * taxonomy lists each name once, in the nominative, so a Russian article would
 * match it only where the grammar happens to need that case. Both the article's
 * words and the taxonomy's phrases are reduced to one key per word, so that every
 * case of a word has the key of its nominative.
 *
 * The reduction is deliberately simple and consistent rather than a stemmer's:
 * a stemmer strips the longest ending it knows, so "Вьетнам" (ending like the
 * dative plural -ам) and "Вьетнама" would part. Here a word loses
 *   1. an adjective or plural ending of three letters (-ого, -ему, -ами, -ыми…),
 *      or the -м of an instrumental -ом, -ым, -ем;
 *   2. then its final run of vowels and soft signs (й arrives folded to и).
 * A consonant-final nominative keeps its last consonant, so Путин, Путина,
 * Путиным and Путине all become "путин". At least three letters always stay,
 * and words not written wholly in Cyrillic are left alone. Different words may
 * share a key; names are matched as whole phrases of several words, which keeps
 * that harmless in practice. Keys are folded first (see fold-diacritics).
 */

// biome-ignore format: a word list packed by hand
const THREE_LETTER_ENDINGS = new Set(["ого", "его", "ому", "ему", "ами", "ями", "ыми", "ими"]);
const INSTRUMENTAL_ENDINGS = new Set(["ом", "ым", "ем"]);
const FINAL_VOWELS = new Set(["а", "е", "и", "о", "у", "ы", "ь", "ю", "я", "э"]);
const SHORTEST_KEY = 3;

/** A lower-case, folded word written in Cyrillic letters only. */
function isCyrillicWord(key: string): boolean {
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index);
    if (code < 0x0430 || code > 0x045f) return false;
  }
  return key.length > 0;
}

/** `путиным` → `путин`, `вьетнаме` → `вьетнам`, `сергея` → `серг`; other words as they are. */
export function stemRussianWord(key: string): string {
  if (key.length <= SHORTEST_KEY || !isCyrillicWord(key)) return key;
  let end = key.length;
  if (THREE_LETTER_ENDINGS.has(key.slice(-3)) && end - 3 >= SHORTEST_KEY) end -= 3;
  else if (INSTRUMENTAL_ENDINGS.has(key.slice(-2)) && end - 2 >= SHORTEST_KEY) end -= 1;
  while (end > SHORTEST_KEY && FINAL_VOWELS.has(key.charAt(end - 1))) end -= 1;
  return key.slice(0, end);
}
