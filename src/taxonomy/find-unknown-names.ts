/**
 * Spots personal names the taxonomy lacks — a new ambassador, a minister — so an
 * editor can add them. Two signals that hold across news sites:
 * - a run of 2–4 capitalised words right after a role ("Foreign Minister Sergey
 *   Lavrov", "Ambassador to Russia Đặng Minh Khôi"), and
 * - 2–4 capitalised Vietnamese syllables starting with a common surname
 *   ("Nguyễn Văn Nên").
 * Words of organisations, places and titles split runs and never form names.
 */
import type { Token } from "./tokenize.ts";

/** Words that introduce a person's name. */
const ROLE_WORDS = new Set([
  "ambassador", "president", "minister", "premier", "chairman", "chairwoman", "chairperson", "chair",
  "deputy", "vice", "secretary", "general", "mr", "mrs", "ms", "miss", "dr", "prof", "professor",
  "governor", "mayor", "director", "spokesman", "spokeswoman", "spokesperson", "speaker", "envoy",
  "consul", "chief", "head", "leader", "ceo", "founder", "commander", "colonel", "lieutenant",
  "captain", "senator", "lawmaker", "chancellor", "king", "queen", "prince", "princess", "academician",
  "member", "pm", "counsellor", "counselor", "attache", "patriarch", "politburo", "journalist", "writer",
  "artist", "coach", "player", "singer", "author", "photographer", "reporter", "correspondent",
]);

/** Small words that may stand between a role and the name ("Ambassador to Russia …"). */
const FUNCTION_WORDS = new Set([
  "the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "from", "by", "with", "this", "that",
  "these", "those", "he", "she", "it", "they", "we", "his", "her", "their", "our", "its", "according",
]);

/** Words of organisations, places and nationalities: never part of a personal name. */
const INSTITUTION_WORDS = new Set([
  "party", "committee", "assembly", "ministry", "group", "union", "federation", "council", "government",
  "state", "national", "federal", "security", "people", "central", "communist", "international",
  "association", "organisation", "organization", "agency", "news", "bank", "company", "corporation",
  "university", "universities", "institute", "academy", "office", "department", "commission", "parliament",
  "duma", "senate", "congress", "court", "army", "navy", "police", "force", "forces", "embassy",
  "consulate", "fund", "foundation", "forum", "summit", "conference", "ceremony", "programme", "program",
  "confederation", "labour", "labor", "chamber", "commerce", "industry", "trade", "economic", "affairs",
  "foreign", "defence", "defense", "home", "interior", "finance", "health", "education", "science",
  "technology", "culture", "sports", "tourism", "transport", "agriculture", "justice", "information",
  "communications", "public", "social", "parliamentary", "cooperation", "friendship", "standing",
  "secretariat", "presidium", "delegation", "house", "guest", "charter", "convention", "law", "treaty",
  "agreement", "united", "nations", "republic", "kingdom", "empire", "city", "province", "district",
  "region", "ward", "commune", "village", "street", "road", "avenue", "bridge", "airport", "station",
  "port", "harbour", "harbor", "island", "islands", "bay", "sea", "ocean", "river", "lake", "mountain",
  "park", "square", "market", "hospital", "school", "college", "museum", "stadium", "palace", "hall",
  "pagoda", "temple", "church", "mausoleum", "memorial", "centre", "center", "club", "festival", "award",
  "prize", "theatre", "theater", "hotel", "resort", "tower", "building", "headquarters", "plant",
  "project", "zone", "park", "war", "victory", "day", "revolution", "anniversary", "patriotic",
  "great", "new", "year", "tet", "lunar", "week", "month", "photo", "source", "comment", "video",
  "vietnam", "vietnamese", "russia", "russian", "soviet", "moscow", "kazan", "saint", "petersburg",
  "hanoi", "saigon", "china", "chinese", "laos", "lao", "cambodia", "cambodian", "japan", "japanese",
  "korea", "korean", "india", "indian", "us", "usa", "america", "american", "france", "french",
  "germany", "german", "britain", "british", "uk", "europe", "european", "asia", "asian", "africa",
  "african", "pacific", "atlantic", "east", "west", "north", "south", "southeast", "northern",
  "southern", "eastern", "western", "world", "global", "asean", "brics", "eurasian", "thailand",
  "thai", "singapore", "indonesia", "malaysia", "philippines", "australia", "canada", "ukraine",
  "belarus", "kazakhstan", "cuba", "mekong",
]);

const CALENDAR_WORDS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/** Common Vietnamese family names, folded. */
const VIETNAMESE_SURNAMES = new Set([
  "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
  "ngo", "duong", "ly", "dinh", "luong", "trinh", "dao", "mai", "cao", "lam", "to", "ha", "ta",
  "truong", "chu", "kieu", "lai", "thai", "trieu", "quach", "doan", "tang", "vuong", "luu", "nghiem",
  "phung", "tong", "giang", "khuc", "la", "lu", "mac", "ong", "thach", "tieu", "van", "hua", "dam",
]);

const isNotNameWord = (key: string) => FUNCTION_WORDS.has(key) || INSTITUTION_WORDS.has(key) || CALENDAR_WORDS.has(key);

/** Vietnamese places that start like a personal name ("Hà Tĩnh", "Lâm Đồng", "Trường Sa"). */
const PLACES_LIKE_NAMES = new Set([
  "ha giang", "ha nam", "ha tinh", "ha long", "ha tien", "ha dong", "lam dong", "cao bang", "lai chau",
  "phan thiet", "phan rang", "truong sa", "hoang sa", "ho chi minh city", "ho tay", "ly son",
  "dong nai", "dong thap", "dong ha", "do son", "mai chau", "tay ninh", "vu lan", "to lich", "ha long bay",
]);

/** One Vietnamese syllable, folded: onset, vowels, coda. "Monde" or "Charter" is not. */
const VIETNAMESE_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

const MIN_WORDS = 2;
const MAX_WORDS = 4;
/** How far back (in words, within a phrase) a role still introduces the name. */
const ROLE_REACH = 8;

const isAcronym = (token: Token) => token.text.length >= 2 && token.text === token.text.toUpperCase();

/** A word that could be part of a personal name. */
function isNameWord(token: Token): boolean {
  return token.capitalised && !isAcronym(token) && !isNotNameWord(token.key) && !ROLE_WORDS.has(token.key);
}

/** Looking back from `start` over title, organisation and place words: is there a role? */
function followsRole(tokens: readonly Token[], start: number): boolean {
  if (tokens[start]?.breakBefore) return false;
  for (let index = start - 1; index >= 0 && index >= start - ROLE_REACH; index -= 1) {
    const token = tokens[index] as Token;
    if (token.segment !== tokens[start]?.segment) return false;
    if (ROLE_WORDS.has(token.key)) return true;
    if (!isNotNameWord(token.key)) return false;
    if (token.breakBefore) return false;
  }
  return false;
}

function looksVietnamese(run: readonly Token[]): boolean {
  const first = run[0];
  if (!first || !VIETNAMESE_SURNAMES.has(first.key)) return false;
  if (!run.every((token) => VIETNAMESE_SYLLABLE.test(token.key))) return false;
  const key = run.map((token) => token.key).join(" ");
  return ![...PLACES_LIKE_NAMES].some((place) => key === place || key.startsWith(`${place} `));
}

export interface UnknownNameInput {
  tokens: readonly Token[];
  /** The texts the tokens came from (NFC), to quote names as written. */
  texts: readonly string[];
  /** Tokens already taken by the taxonomy's people or by excluded names. */
  consumed: readonly boolean[];
  /** Segments not to search (a title-case headline would be all "names"). */
  skipSegments: ReadonlySet<number>;
}

/** Names in order of first appearance, each once, spelled as in the text. */
export function findUnknownNames({ tokens, texts, consumed, skipSegments }: UnknownNameInput): string[] {
  const names = new Map<string, string>();
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    if (consumed[index] || skipSegments.has(token.segment) || !isNameWord(token)) {
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < tokens.length) {
      const next = tokens[end] as Token;
      if (next.breakBefore || consumed[end] || !isNameWord(next)) break;
      end += 1;
    }
    const run = tokens.slice(index, end);
    // "Hồ Chí Minh City", "Lê Lợi Street", "Hà Tĩnh province": the name of a place.
    const after = tokens[end];
    const followedByPlaceWord = after !== undefined && !after.breakBefore && INSTITUTION_WORDS.has(after.key);
    const sized = run.length >= MIN_WORDS && run.length <= MAX_WORDS;
    if (sized && !followedByPlaceWord && (looksVietnamese(run) || followsRole(tokens, index))) {
      const key = run.map((word) => word.key).join(" ");
      const text = (texts[token.segment] ?? "").slice(token.start, (run.at(-1) as Token).end);
      if (!names.has(key)) names.set(key, text);
    }
    index = end;
  }
  return [...names.values()];
}
