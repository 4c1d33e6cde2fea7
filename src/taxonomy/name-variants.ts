/**
 * Spellings of a known person's name that the taxonomy does not list: another
 * romanisation of a Russian name ("Vyacheslav Victorovich Volodin" for the
 * taxonomy's Viktorovich, "Sergei"/"Sergey", "Dmitri"/"Dmitry"), the patronymic
 * written or left out, and a one-letter typo ("Pham Miinh Chinh").
 *
 * A rule, not a list: every word is reduced to a key that the usual
 * romanisations of one Cyrillic spelling share, patronymics are set aside, and
 * what is left must equal a name the taxonomy gives (or be one edit away in one
 * word). Only a name that fits exactly one person is taken: a typo that fits
 * two people, or a surname shared by two people with different given names,
 * names nobody. The given name must always agree, since one letter there
 * ("Valentin"/"Valentina", "Khôi"/"Khoa") is more often another person than a
 * typo; so must every word of a Vietnamese name that is itself a syllable
 * ("Nguyễn Đình Hiếu" is not "Nguyễn Minh Hiếu", "Miinh" is no syllable).
 *
 * Lookups go through an index of the names' first and last words, so a span
 * is compared with the few names sharing one of its ends, never with everyone.
 */
import type { Person } from "../content/taxonomy-schema.ts";
import { tokenize } from "./tokenize.ts";

/**
 * A Vietnamese syllable, folded: an onset, one of the vowel groups the
 * orthography has ("ươ" folds to "uo", "uyê" to "uye"; "ii" is none), a coda.
 */
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:a|e|i|o|u|y|ai|ao|au|ay|eo|eu|ia|ie|ieu|iu|oa|oai|oao|oay|oe|oeo|oi|oo|ua|uay|ue|ui|uo|uoi|uou|uu|uy|uya|uye|uyu|ya|ye|yeu)(?:ch|ng|nh|[cmnpt])?$/;

/** A typo is only believed in a word this long: "Lam"/"Lan" are two names, "Minh"/"Miinh" one. */
export const MIN_TYPO_WORD = 4;

/**
 * One folded, lower-case word reduced to what its romanisations of Russian
 * share: x = ks, kh = h, c = k where it stands for к (not in ch, and not before
 * e, i, y where it may be ц), y = j = i (the -y/-iy/-ii/-ij endings, ya/ia,
 * yu/iu), w = v, ph = f, doubled letters single, ie/ye = e and yo = e (ё),
 * -ander = -andr. Words in other scripts are left as they are.
 */
export function romanisationKey(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  return word
    .replace(/x/g, "ks")
    .replace(/kh/g, "h")
    .replace(/ph/g, "f")
    .replace(/c(?![hiey])/g, "k")
    .replace(/[yj]/g, "i")
    .replace(/w/g, "v")
    .replace(/(.)\1+/g, "$1")
    .replace(/i[eo]/g, "e")
    .replace(/ander$/, "andr");
}

/** A Russian patronymic: Viktorovich (or the French -ovitch), Vladimirovna, Ilyich, Nikitichna. */
export function isPatronymic(word: string): boolean {
  return /(?:[oe]vit?ch|[oe]vna|ichna)$/.test(word) || (word.length >= 5 && word.endsWith("ich") && !VIETNAMESE_SYLLABLE.test(word));
}

/**
 * At most one insertion, deletion, substitution or swap of two neighbouring
 * letters apart (Damerau–Levenshtein ≤ 1), in one pass over the words.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at += 1;
  if (short.length === long.length) {
    if (short.slice(at + 1) === long.slice(at + 1)) return true; // substitution
    return short[at] === long[at + 1] && short[at + 1] === long[at] && short.slice(at + 2) === long.slice(at + 2); // swap
  }
  return short.slice(at) === long.slice(at + 1); // one letter more in the longer
}

/** How a name's words are compared: Vietnamese names by their folded syllables, others by romanisation keys. */
type Script = "vietnamese" | "romanised";

interface NameForm {
  person: number;
  script: Script;
  /** The words compared, patronymics left out. */
  words: string[];
  /** Which of them is the given name (first, or last in a Vietnamese name). */
  given: number;
}

export interface NameVariantIndex {
  /** `script:first word` and `script:last word` → the names with that word there. */
  byEnd: Map<string, NameForm[]>;
}

const isVietnamese = (keys: readonly string[]) => keys.every((key) => VIETNAMESE_SYLLABLE.test(key));

/** The words of a name as compared in a script, patronymics set aside (they are optional both ways). */
function comparedWords(keys: readonly string[], script: Script): string[] {
  if (script === "vietnamese") return [...keys];
  return keys.filter((key, index) => index === 0 || index === keys.length - 1 || !isPatronymic(key)).map(romanisationKey);
}

/**
 * A person's canonical name and those aliases that are names only (every word
 * a capitalised name word, at least two of them): "Mikhail Vladimirovich
 * Mishustin", not "PM Mishustin".
 */
export function compileNameVariants(people: readonly Person[], isNameOnly: (phrase: string) => boolean): NameVariantIndex {
  const byEnd = new Map<string, NameForm[]>();
  const add = (key: string, form: NameForm) => {
    const list = byEnd.get(key) ?? [];
    list.push(form);
    byEnd.set(key, list);
  };
  people.forEach((person, index) => {
    const seen = new Set<string>();
    for (const phrase of [person.name, ...person.aliases]) {
      if (!isNameOnly(phrase)) continue;
      const keys = tokenize([phrase]).map((token) => token.key);
      const script: Script = isVietnamese(keys) ? "vietnamese" : "romanised";
      const words = comparedWords(keys, script);
      const id = `${script}:${words.join(" ")}`;
      if (words.length < 2 || seen.has(id)) continue;
      seen.add(id);
      const form = { person: index, script, words, given: script === "vietnamese" ? words.length - 1 : 0 };
      add(`${script}:${words[0]}`, form);
      if (words.length > 1) add(`${script}:${words.at(-1)}`, form);
    }
  });
  return { byEnd };
}

export interface VariantMatch {
  person: number;
  /** One word is one letter off: more likely a misspelling than a spelling to keep. */
  typo: boolean;
}

/** How far apart a span's words are from a name's: 0, 1 (one letter in one word), or undefined (further). */
function distance(words: readonly string[], form: NameForm): 0 | 1 | undefined {
  if (words.length !== form.words.length) return undefined;
  let edited = -1;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as string;
    const known = form.words[index] as string;
    if (word === known) continue;
    const anotherName = index === form.given || (form.script === "vietnamese" && VIETNAMESE_SYLLABLE.test(word));
    if (edited !== -1 || anotherName || known.length < MIN_TYPO_WORD || !withinOneEdit(word, known)) return undefined;
    edited = index;
  }
  return edited === -1 ? 0 : 1;
}

/**
 * The one person whose name the words (folded keys of a span of capitalised
 * name words) spell another way, if exactly one person fits. Spellings that
 * differ only by romanisation or a patronymic win over one-letter typos.
 */
export function findVariant(keys: readonly string[], index: NameVariantIndex): VariantMatch | undefined {
  if (keys.length < 2) return undefined;
  const exact = new Set<number>();
  const typos = new Set<number>();
  for (const script of ["vietnamese", "romanised"] as const) {
    const words = comparedWords(keys, script);
    if (words.length < 2) continue;
    const forms = new Set([...(index.byEnd.get(`${script}:${words[0]}`) ?? []), ...(index.byEnd.get(`${script}:${words.at(-1)}`) ?? [])]);
    for (const form of forms) {
      if (form.script !== script) continue;
      const apart = distance(words, form);
      if (apart === 0) exact.add(form.person);
      else if (apart === 1) typos.add(form.person);
    }
  }
  const fitting = exact.size > 0 ? exact : typos;
  if (fitting.size !== 1) return undefined;
  return { person: [...fitting][0] as number, typo: exact.size === 0 };
}
