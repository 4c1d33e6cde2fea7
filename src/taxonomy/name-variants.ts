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
 * ("Nguyễn Đình Hiếu" is not "Nguyễn Minh Hiếu", "Miinh" is no syllable),
 * except the family name of a name of three words or more when it is no family
 * name itself ("Nguen Phu Trong"; not "Phan Minh Chinh" for Phạm Minh Chính).
 * A letter lost in copying ("Ngô Xuân Lch" for Lịch, see lost-letters) is no
 * typo, and may be in any word, the given name included.
 *
 * Lookups go through an index of the names' first and last words, so a span
 * is compared with the few names sharing one of its ends, never with everyone.
 */
import type { Person } from "../content/taxonomy-schema.ts";
import { isVietnameseSurname } from "./find-unknown-names.ts";
import { lostAsQuestionMarks, lostExtendedLetter, withQuestionMarks, withoutExtendedLetters } from "./lost-letters.ts";
import { tokenize, type Token } from "./tokenize.ts";

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

/** A Russian patronymic: Viktorovich (or the French -ovitch), Vladimirovna, Ilyich, Nikitichna (or "…ovn", "…ichn" once a Russian ending is gone). */
export function isPatronymic(word: string): boolean {
  return /(?:[oe]vit?ch|[oe]vna?|ichna?)$/.test(word) || (word.length >= 5 && word.endsWith("ich") && !VIETNAMESE_SYLLABLE.test(word));
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

// biome-ignore format: a table packed by hand
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "i", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch",
  ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

/** A folded key in Cyrillic letters only. */
export const isCyrillicKey = (key: string) => /^[а-яё]+$/.test(key);

/** A Cyrillic key in Latin letters, romanised: "шоиг" → "shoig"; other words only romanised. */
function latinKey(key: string): string {
  const latin = isCyrillicKey(key) ? [...key].map((letter) => CYRILLIC_TO_LATIN[letter] ?? letter).join("") : key;
  return romanisationKey(latin);
}

/**
 * The key a name word reaches from Russian text, where its case ending is gone
 * already ("Матвиенко" arrives as "матвиенк", "Сергея" as "серг", see
 * russian-inflection): transliterated, romanised, without the final vowels an
 * ending replaces. The taxonomy's Latin "Matviyenko" reaches "matvenk" too.
 */
export const russianKey = (key: string) => latinKey(key).replace(/[aeiou]+$/, "");

/**
 * How a name's words are compared: Vietnamese names by their folded syllables,
 * others by romanisation keys, and, for Russian text, by the keys of
 * russianKey (Cyrillic words are only ever compared so).
 */
type Script = "vietnamese" | "romanised" | "cyrillic";

interface NameForm {
  person: number;
  script: Script;
  /** The words compared, patronymics left out. */
  words: string[];
  /** Which of them is the given name (first, or last in a Vietnamese name). */
  given: number;
  /** A Vietnamese name's words as written (lower case, with diacritics), to recognise letters lost in copying. */
  written?: string[];
}

export interface NameVariantIndex {
  /** `script:first word` and `script:last word` → the names with that word there. */
  byEnd: Map<string, NameForm[]>;
}

/** A name whose every word is a Vietnamese syllable ("Tô Lâm"), by its folded keys. */
export const isVietnameseName = (keys: readonly string[]) => keys.every((key) => VIETNAMESE_SYLLABLE.test(key));

/** The words of a name as compared in a script, patronymics set aside (they are optional both ways). */
function comparedWords(keys: readonly string[], script: Script): string[] {
  if (script === "vietnamese") return [...keys];
  const named = keys.filter((key, index) => index === 0 || index === keys.length - 1 || !isPatronymic(latinKey(key)));
  return named.map(script === "cyrillic" ? russianKey : romanisationKey);
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
    // A Vietnamese person's given name is the last word in every script: `Нгуен Шинь Хунг` as much as
    // `Nguyễn Sinh Hùng`, so a word one letter from it is another name (`Нгуен Шинь Кунг`, blind-vnru-70, 905).
    const givenLast = isVietnameseName(tokenize([person.name]).map((token) => token.key));
    for (const phrase of [person.name, ...person.aliases]) {
      if (!isNameOnly(phrase)) continue;
      const tokens = tokenize([phrase]);
      const keys = tokens.map((token) => token.key);
      const scripts: Script[] = isVietnameseName(keys) ? ["vietnamese"] : ["romanised", "cyrillic"];
      for (const script of scripts) {
        const words = comparedWords(keys, script);
        const id = `${script}:${words.join(" ")}`;
        if (words.length < 2 || seen.has(id)) continue;
        seen.add(id);
        const written = script === "vietnamese" ? tokens.map((token) => token.text.toLowerCase()) : undefined;
        const form: NameForm = {
          person: index,
          script,
          words,
          given: script === "vietnamese" || givenLast ? words.length - 1 : 0,
          written,
        };
        // A copy that lost a letter of an end word is found under that word as copied too ("lch" for "lịch").
        for (const end of new Set([0, words.length - 1])) {
          add(`${script}:${words[end]}`, form);
          const copied = written?.[end] !== undefined ? copiedKey(written[end] as string) : undefined;
          if (copied !== undefined && copied !== words[end]) add(`${script}:${copied}`, form);
          // And under the word with its letters outside ASCII written `?` ("d?ng" for "dũng").
          const marked = written?.[end] !== undefined ? withQuestionMarks(written[end] as string) : undefined;
          if (marked !== undefined) add(`${script}:${marked}`, form);
        }
      }
    }
  });
  return { byEnd };
}

/** The folded key of a word as a copy losing its Latin Extended Additional letter writes it. */
const copiedKey = (written: string) => tokenize([withoutExtendedLetters(written)])[0]?.key;

export interface VariantMatch {
  person: number;
  /** One word is one letter off: more likely a misspelling than a spelling to keep. */
  typo: boolean;
}

/**
 * How far apart a span's words are from a name's: "same", "copied" (only
 * letters lost in copying), "typo" (one letter in one word), or undefined
 * (further). `written` holds the span's words as written, lower case.
 */
function distance(words: readonly string[], written: readonly string[], form: NameForm): "same" | "copied" | "typo" | undefined {
  if (words.length !== form.words.length) return undefined;
  let edited = -1;
  let copied = false;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as string;
    const known = form.words[index] as string;
    if (word === known) continue;
    // A known loss of the copy, not a misspelling: the given name may have it too.
    const knownWritten = form.written?.[index];
    if (
      knownWritten !== undefined &&
      (lostExtendedLetter(written[index] ?? "", knownWritten) || lostAsQuestionMarks(written[index] ?? "", knownWritten))
    ) {
      copied = true;
      continue;
    }
    if (edited !== -1 || known.length < MIN_TYPO_WORD || !withinOneEdit(word, known) || anotherName(words, index, form)) return undefined;
    edited = index;
  }
  if (edited !== -1) return copied ? undefined : "typo";
  return copied ? "copied" : "same";
}

/**
 * Is the word at `index`, one edit from the name's, more likely another name
 * than a typo? The given name always is. So is a word of a Vietnamese name that
 * is itself a syllable ("Đình" for "Minh"), except the family name of a name of
 * three words or more that is no family name itself ("Nguen Phu Trong" is
 * Nguyễn Phú Trọng; "Phan Minh Chinh" is not Phạm Minh Chính): the other words
 * then agree exactly, since only one word may be edited.
 */
function anotherName(words: readonly string[], index: number, form: NameForm): boolean {
  const word = words[index] as string;
  if (index === form.given) return !(form.script === "cyrillic" && sameVietnameseS(word, form.words[index] as string));
  if (form.script !== "vietnamese" || !VIETNAMESE_SYLLABLE.test(word)) return false;
  return !(index === 0 && words.length >= 3 && !isVietnameseSurname(word));
}

/**
 * Russian writes a Vietnamese `s` both ways, `с` and `ш` (`Буй Тхань Соном` for
 * `Буй Тхань Шон`, blind-vnru-7, 144): a given name in Cyrillic that differs only
 * so is the same name. Any other letter makes another name (`Кунг` is not `Хунг`).
 * The keys are romanised, so `ш` reads `sh`.
 */
function sameVietnameseS(word: string, known: string): boolean {
  return word !== known && word.replaceAll("sh", "s") === known.replaceAll("sh", "s");
}

/**
 * The one person whose name the words (a span of capitalised name words) spell
 * another way, if exactly one person fits. Spellings that differ only by
 * romanisation or a patronymic win over letters lost in copying, and those
 * over one-letter typos.
 */
/** A word of a span: its offsets, when given, tell an initial's full stop. */
type SpanToken = Pick<Token, "key" | "text"> & Partial<Pick<Token, "start" | "end">>;

export function findVariant(span: readonly SpanToken[], index: NameVariantIndex): VariantMatch | undefined {
  if (span.length < 2) return undefined;
  const initialled = initialledName(span, index);
  if (initialled !== undefined) return initialled;
  const named = withoutMiddleInitials(span);
  if (named.length < 2) return undefined;
  const keys = named.map((token) => token.key);
  const written = named.map((token) => token.text.toLowerCase());
  const exact = new Set<number>();
  const copies = new Set<number>();
  const typos = new Set<number>();
  // Russian text is compared by its own keys only: Latin words keep the endings that tell "Valentin" from "Valentina".
  const scripts: Script[] = keys.every(isCyrillicKey) ? ["cyrillic"] : ["vietnamese", "romanised"];
  for (const script of scripts) {
    const words = comparedWords(keys, script);
    if (words.length < 2) continue;
    const forms = new Set([...(index.byEnd.get(`${script}:${words[0]}`) ?? []), ...(index.byEnd.get(`${script}:${words.at(-1)}`) ?? [])]);
    for (const form of forms) {
      if (form.script !== script) continue;
      const apart = distance(words, written, form);
      if (apart === "same") exact.add(form.person);
      else if (apart === "copied") copies.add(form.person);
      else if (apart === "typo") typos.add(form.person);
    }
  }
  const fitting = [exact, copies, typos].find((people) => people.size > 0);
  if (fitting === undefined) return familyNameFirst(keys, scripts, index);
  if (fitting.size !== 1) return undefined;
  return { person: [...fitting][0] as number, typo: fitting !== exact };
}

/**
 * `Dmitry A. Medvedev`, `Vladimir V. Putin`: a word inside a name cut to its
 * capital and full stop stands for a patronymic or a middle name, which the
 * taxonomy's names leave out (as they leave out a patronymic written whole).
 * Only inside the name, and only with its full stop: `A Medvedev` is no initial.
 */
function withoutMiddleInitials(span: readonly SpanToken[]): readonly SpanToken[] {
  const isMiddleInitial = (token: SpanToken, at: number) => {
    const next = span[at + 1];
    if (at === 0 || next === undefined || !/^\p{Lu}$/u.test(token.text)) return false;
    return token.end !== undefined && next.start !== undefined && next.start - token.end >= 2;
  };
  return span.some(isMiddleInitial) ? span.filter((token, at) => !isMiddleInitial(token, at)) : span;
}

/**
 * `D.N. Chernyshenko`, `М.В. Мишустин` (blind-vnru-45, 594): the given name's
 * initial and the patronymic's, each with its full stop, before the family
 * name. The patronymic's initial is set aside, as the taxonomy's names leave
 * patronymics out; the given name's initial is then read as initialledName
 * reads `В. Матвиенко`. Two capitals with no full stop after the second
 * (`D N Chernyshenko`) are left as they are.
 */
function withoutPatronymicInitial(span: readonly SpanToken[]): readonly SpanToken[] {
  const [initial, second, next] = span;
  if (initial === undefined || second === undefined || next === undefined) return span;
  if (!/^\p{Lu}$/u.test(initial.text) || !/^\p{Lu}$/u.test(second.text)) return span;
  if (initial.end === undefined || second.start === undefined || second.end === undefined || next.start === undefined) return span;
  return second.start > initial.end && next.start - second.end >= 2 ? [initial, ...span.slice(2)] : span;
}

/**
 * A name whose first word is written as its initial (`В. Матвиенко`, `Ч. Дай
 * Куангом`, `Н. Суан Фуком`): the other words must spell the rest of exactly
 * one person's name, romanisation and case endings aside, with no typo, and the
 * initial must be that name's first letter (in Latin letters for a Cyrillic
 * one: `Ч` is the `ch` of Чан). A capital letter of one letter only; a word
 * of the name may not be cut to an initial anywhere else.
 */
function initialledName(span: readonly SpanToken[], index: NameVariantIndex): VariantMatch | undefined {
  const [initial, ...rest] = withoutPatronymicInitial(span);
  if (initial === undefined || !/^\p{Lu}$/u.test(initial.text) || rest.some((token) => token.key.length < 2)) return undefined;
  // Its full stop stands between (`В. Матвиенко`): `В Путине` is a preposition.
  if (initial.end === undefined || rest[0]?.start === undefined || rest[0].start - initial.end < 2) return undefined;
  const restKeys = rest.map((token) => token.key);
  const cyrillic = isCyrillicKey(initial.key) && restKeys.every(isCyrillicKey);
  const letter = cyrillic ? (CYRILLIC_TO_LATIN[initial.key] ?? initial.key) : initial.key;
  if (!/^[a-z]+$/.test(letter)) return undefined;
  const people = new Set<number>();
  for (const script of cyrillic ? (["cyrillic"] as const) : (["vietnamese", "romanised"] as const)) {
    const words = script === "vietnamese" ? restKeys : restKeys.map(script === "cyrillic" ? russianKey : romanisationKey);
    for (const form of index.byEnd.get(`${script}:${words.at(-1)}`) ?? []) {
      if (form.script !== script || form.words.length !== words.length + 1) continue;
      const first = form.words[0] as string;
      const firstLatin = script === "vietnamese" ? first : latinKey(first);
      if (firstLatin.startsWith(letter) && words.every((word, at) => word === form.words[at + 1])) people.add(form.person);
    }
  }
  return people.size === 1 ? { person: [...people][0] as number, typo: false } : undefined;
}

/**
 * A Russian name in the official order, family name first ("Bezdetko Gennady
 * Stepanovich", "Overchuk Alexey"): the first word moved to the end must spell
 * exactly one person's name, romanisation and patronymic aside, with no typo.
 * Vietnamese names, written family name first anyway, are not turned round.
 */
function familyNameFirst(keys: readonly string[], scripts: readonly Script[], index: NameVariantIndex): VariantMatch | undefined {
  const turned = [...keys.slice(1), keys[0] as string];
  const people = new Set<number>();
  for (const script of scripts) {
    if (script === "vietnamese") continue;
    const words = comparedWords(turned, script);
    if (words.length < 2) continue;
    for (const form of index.byEnd.get(`${script}:${words[0]}`) ?? []) {
      if (form.script === script && form.words.length === words.length && form.words.every((word, at) => word === words[at]))
        people.add(form.person);
    }
  }
  return people.size === 1 ? { person: [...people][0] as number, typo: false } : undefined;
}
