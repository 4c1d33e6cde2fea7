/**
 * Spots personal names the taxonomy lacks — a new ambassador, a minister — so an
 * editor can add them. Three signals that hold across news sites:
 * - a run of 2–4 capitalised words right after a role ("Foreign Minister Sergey
 *   Lavrov", "Ambassador to Russia Đặng Minh Khôi", "Tổng Bí thư …"),
 * - 2–4 capitalised Vietnamese syllables starting with a common surname
 *   ("Nguyễn Văn Nên"), and
 * - a full name whose last word the text later uses alone, as news writing
 *   does with surnames ("… succeeding Joko Widodo … Widodo's eldest son").
 * Words of organisations, places and titles split runs and never form names;
 * small particles may sit inside one ("Luiz Inácio Lula da Silva").
 *
 * Over 300 lines because most of it is word lists (roles, titles, institution
 * words, family names) that name matching reads too (isNameWord, endsTitle,
 * isVietnameseSurname): one place says what a title or a name word is.
 */
import { wordKey, type Token } from "./tokenize.ts";

/** Words that introduce a person's name. */
// biome-ignore format: a word list packed by hand
const ROLE_WORDS = new Set([
  "ambassador", "president", "minister", "premier", "chairman", "chairwoman", "chairperson", "chair",
  "deputy", "vice", "secretary", "general", "mr", "mrs", "ms", "miss", "dr", "prof", "professor",
  "governor", "mayor", "director", "spokesman", "spokeswoman", "spokesperson", "speaker", "envoy",
  "consul", "chief", "head", "leader", "ceo", "founder", "commander", "colonel", "lieutenant",
  "captain", "senator", "lawmaker", "chancellor", "king", "queen", "prince", "princess", "academician",
  "member", "pm", "counsellor", "counselor", "attache", "patriarch", "politburo", "journalist", "writer",
  "artist", "coach", "player", "singer", "author", "photographer", "reporter", "correspondent",
  "executive", "officer", "official", "editor", "analyst", "economist", "researcher", "scholar", "expert",
  "marshal", "admiral", "major", "sergeant", "lt", "gen", "col", "sen", "rep", "gov", "fm", "dpm",
  // Russian, by their keys: every case of "председатель" is "председател".
  ...["президент", "председатель", "премьер", "министр", "замминистра", "глава", "спикер", "посол", "секретарь",
    "генсек", "губернатор", "мэр", "директор", "советник", "помощник", "лидер", "господин", "госпожа"].map(wordKey),
]);

/** Small words that may stand between a role and the name ("Ambassador to Russia …"). */
// biome-ignore format: a word list packed by hand
const FUNCTION_WORDS = new Set([
  "the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "from", "by", "with", "this", "that",
  "these", "those", "he", "she", "it", "they", "we", "his", "her", "their", "our", "its", "according",
]);

/** Words of organisations, places and nationalities: never part of a personal name. */
// biome-ignore format: a word list packed by hand
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
  "belarus", "kazakhstan", "cuba", "mekong", "development", "rural", "planning", "investment", "natural",
  "resources", "environment", "construction", "invalids", "energy", "oil", "gas", "power", "nuclear",
  "airlines", "airline", "railway", "railways", "petroleum", "television", "radio", "newspaper",
  "magazine", "typhoon", "storm", "tropical", "depression", "hurricane", "cyclone", "flood", "operation",
  "kremlin", "white", "pentagon", "capitol", "socialist", "democratic", "independence", "liberation",
  "presidential", "royal", "imperial", "general's", "stock", "exchange", "index", "holdings", "airways",
  "territory", "krai", "oblast", "okrug", "area", "prefecture", "state's", "county", "municipality",
]);

/** Small lower-case words inside personal names: "Lula da Silva", "Ursula von der Leyen". */
// biome-ignore format: a word list packed by hand
const NAME_PARTICLES = new Set(["da", "de", "do", "dos", "das", "du", "di", "del", "della", "van", "von", "der", "den", "ter", "bin", "binti", "al", "el", "la", "le"]);

/**
 * Vietnamese titles before a name, folded (their words may be capitalised:
 * "Tổng Bí thư", "Phó Thủ tướng"). They introduce a name and are never part of one.
 */
// biome-ignore format: a word list packed by hand
const VIETNAMESE_TITLES = [
  "tong bi thu", "bi thu", "chu tich nuoc", "chu tich quoc hoi", "chu tich", "pho chu tich", "thu tuong",
  "pho thu tuong", "bo truong", "thu truong", "dai su", "tong lanh su", "tong thong", "pho tong thong",
  "dai tuong", "thuong tuong", "trung tuong", "thieu tuong", "dai ta", "thuong truc ban bi thu",
  "uy vien bo chinh tri", "giao su", "pho giao su", "tien si", "nha bao", "dong chi", "chu nhiem",
  "truong ban", "pho truong ban", "tong giam doc", "giam doc", "chanh an", "vien truong", "nguyen thu tuong",
  "ngoai truong",
].map((title) => title.split(" "));

/** The titles by their first word: a word that opens none is passed over at once. */
const TITLES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const title of VIETNAMESE_TITLES) {
  const first = title[0] as string;
  TITLES_BY_FIRST_WORD.set(first, [...(TITLES_BY_FIRST_WORD.get(first) ?? []), title]);
}

/** The titles by their last word, to tell whether one ends at a word. */
const TITLES_BY_LAST_WORD = new Map<string, string[][]>();
for (const title of VIETNAMESE_TITLES) {
  const last = title.at(-1) as string;
  TITLES_BY_LAST_WORD.set(last, [...(TITLES_BY_LAST_WORD.get(last) ?? []), title]);
}

/**
 * Does a title end at `index`: a role word ("Chairman", "председатель") or the
 * last word of a Vietnamese title ("Chủ tịch", "Ngoại trưởng")?
 */
export function endsTitle(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (ROLE_WORDS.has(token.key)) return true;
  return (TITLES_BY_LAST_WORD.get(token.key) ?? []).some((title) => {
    const start = index - title.length + 1;
    return title.every((key, offset) => {
      const word = tokens[start + offset];
      return word !== undefined && word.key === key && word.segment === token.segment && (offset === 0 || !word.breakBefore);
    });
  });
}

/** Words that make the name after them a place: "tỉnh Hà Tĩnh", "TP Hồ Chí Minh", "province of …". */
// biome-ignore format: a word list packed by hand
const PLACE_BEFORE = new Set(["tinh", "pho", "tp", "huyen", "quan", "xa", "phuong", "thi", "song", "nui", "ho", "dao", "city", "province", "district", "commune", "town", "village", "street"]);

// biome-ignore format: a word list packed by hand
const CALENDAR_WORDS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/** Common Vietnamese family names, folded. */
// biome-ignore format: a word list packed by hand
const VIETNAMESE_SURNAMES = new Set([
  "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
  "ngo", "duong", "ly", "dinh", "luong", "trinh", "dao", "mai", "cao", "lam", "to", "ha", "ta",
  "truong", "chu", "kieu", "lai", "thai", "trieu", "quach", "doan", "tang", "vuong", "luu", "nghiem",
  "phung", "tong", "giang", "khuc", "la", "lu", "mac", "ong", "thach", "tieu", "van", "hua", "dam",
]);

/** A common Vietnamese family name, folded ("nguyen", "pham", "phan"). */
export function isVietnameseSurname(key: string): boolean {
  return VIETNAMESE_SURNAMES.has(key);
}

/** A title or office word ("President", "PM", "Ambassador"), or an organisation or place word. */
export function isRoleOrInstitutionWord(key: string): boolean {
  return ROLE_WORDS.has(key) || INSTITUTION_WORDS.has(key);
}

const isNotNameWord = (key: string) => FUNCTION_WORDS.has(key) || INSTITUTION_WORDS.has(key) || CALENDAR_WORDS.has(key);

/** Vietnamese places that start like a personal name ("Hà Tĩnh", "Lâm Đồng", "Trường Sa"). */
// biome-ignore format: a word list packed by hand
const PLACES_LIKE_NAMES = new Set([
  "ha giang", "ha nam", "ha tinh", "ha long", "ha tien", "ha dong", "lam dong", "cao bang", "lai chau",
  "phan thiet", "phan rang", "truong sa", "hoang sa", "ho chi minh city", "ho tay", "ly son",
  "dong nai", "dong thap", "dong ha", "do son", "mai chau", "tay ninh", "vu lan", "to lich", "ha long bay",
]);

/** One Vietnamese syllable, folded: onset, vowels, coda. "Monde" or "Charter" is not. */
const VIETNAMESE_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

const MIN_WORDS = 2;
const MAX_WORDS = 4;
/** How far back (in words, within a phrase) a role still introduces the name: "Chairman of the Communist Party of the Russian Federation Gennady Zyuganov". */
const ROLE_REACH = 10;

const isAcronym = (token: Token) => token.text.length >= 2 && token.text === token.text.toUpperCase();

/** A word that could be part of a personal name: capitalised, not an acronym, a title, an organisation or a place. */
export function isNameWord(token: Token): boolean {
  return token.capitalised && !isAcronym(token) && !isNotNameWord(token.key) && !ROLE_WORDS.has(token.key);
}

/** Marks the words of Vietnamese titles ("Tổng Bí thư", "Phó Thủ tướng"), longest title first. */
function markTitles(tokens: readonly Token[]): boolean[] {
  const marked = tokens.map(() => false);
  for (let index = 0; index < tokens.length; index += 1) {
    let longest = 0;
    for (const title of TITLES_BY_FIRST_WORD.get((tokens[index] as Token).key) ?? []) {
      if (title.length <= longest) continue;
      const fits = title.every(
        (key, offset) => tokens[index + offset]?.key === key && (offset === 0 || !tokens[index + offset]?.breakBefore),
      );
      if (fits) longest = title.length;
    }
    marked.fill(true, index, index + longest);
    if (longest > 0) index += longest - 1;
  }
  return marked;
}

/** Looking back from `start` over title, organisation and place words: is there a role? */
function followsRole(tokens: readonly Token[], start: number, titles: readonly boolean[]): boolean {
  if (tokens[start]?.breakBefore) return false;
  for (let index = start - 1; index >= 0 && index >= start - ROLE_REACH; index -= 1) {
    const token = tokens[index] as Token;
    if (token.segment !== tokens[start]?.segment) return false;
    if (ROLE_WORDS.has(token.key) || titles[index]) return true;
    // "Governor of Krasnodar Territory …": a proper name inside an office's name.
    const next = tokens[index + 1];
    const namesInstitution = token.capitalised && index + 1 < start && next !== undefined && INSTITUTION_WORDS.has(next.key);
    if (!isNotNameWord(token.key) && !namesInstitution) return false;
    if (token.breakBefore) return false;
  }
  return false;
}

/** "tỉnh Hà Tĩnh", "TP Hồ Chí Minh", "province of Đồng Nai": the run names a place. */
function followsPlaceWord(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  const token = tokens[start] as Token;
  if (!before || token.breakBefore || before.segment !== token.segment) return false;
  if (PLACE_BEFORE.has(before.key)) return true;
  const beforeThat = tokens[start - 2];
  return before.key === "of" && beforeThat !== undefined && !before.breakBefore && PLACE_BEFORE.has(beforeThat.key);
}

/**
 * Capitalised words the text uses on their own (no name word beside them), by
 * key: a surname repeated after the full name ("Widodo's eldest son").
 */
function standaloneWords(tokens: readonly Token[], isWord: (index: number) => boolean): Set<string> {
  const alone = new Set<string>();
  tokens.forEach((token, index) => {
    if (!isWord(index)) return;
    const joinedBefore = index > 0 && !token.breakBefore && isWord(index - 1) && tokens[index - 1]?.segment === token.segment;
    const next = tokens[index + 1];
    const joinedAfter = next !== undefined && !next.breakBefore && next.segment === token.segment && isWord(index + 1);
    if (!joinedBefore && !joinedAfter) alone.add(token.key);
  });
  return alone;
}

/**
 * The Vietnamese name at the end of a longer run ("Rural Development Nguyễn
 * Hoàng Hiệp"), if any: the longest tail of MIN_WORDS to MAX_WORDS words that
 * looks Vietnamese. Only those few tails are tried, so a run of thousands of
 * capitalised words costs no more than a short one.
 */
function vietnameseTail(run: readonly Token[]): number | undefined {
  for (let start = Math.max(1, run.length - MAX_WORDS); start <= run.length - MIN_WORDS; start += 1) {
    if (looksVietnamese(run.slice(start))) return start;
  }
  return undefined;
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
  const titles = markTitles(tokens);
  const isWord = (at: number) => !consumed[at] && !titles[at] && isNameWord(tokens[at] as Token);
  const alone = standaloneWords(tokens, (at) => isWord(at) && !skipSegments.has((tokens[at] as Token).segment));
  const names = new Map<string, string>();
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    if (skipSegments.has(token.segment) || !isWord(index)) {
      index += 1;
      continue;
    }
    const end = runEnd(tokens, index, isWord);
    let start = index;
    let run = tokens.slice(start, end).filter((word) => word.capitalised);
    if (run.length > MAX_WORDS || (!looksVietnamese(run) && !followsRole(tokens, start, titles))) {
      const tail = vietnameseTail(run);
      if (tail !== undefined) {
        start = tokens.indexOf(run[tail] as Token, start);
        run = run.slice(tail);
      }
    }
    // "Hồ Chí Minh City", "Lê Lợi Street", "Hà Tĩnh province": the name of a place.
    const after = tokens[end];
    const followedByPlaceWord = after !== undefined && !after.breakBefore && INSTITUTION_WORDS.has(after.key);
    const sized = run.length >= MIN_WORDS && run.length <= MAX_WORDS;
    const surnameReused = run.length <= 3 && alone.has((run.at(-1) as Token).key);
    const named = looksVietnamese(run) || followsRole(tokens, start, titles) || surnameReused;
    if (sized && named && !followedByPlaceWord && !followsPlaceWord(tokens, start)) {
      const key = run.map((word) => word.key).join(" ");
      const first = tokens[start] as Token;
      const text = (texts[first.segment] ?? "").slice(first.start, (tokens[end - 1] as Token).end);
      if (!names.has(key)) names.set(key, text);
    }
    index = end;
  }
  return [...names.values()];
}

/** One past the last word of the name run starting at `start`: name words, with particles between them. */
function runEnd(tokens: readonly Token[], start: number, isWord: (index: number) => boolean): number {
  let end = start + 1;
  while (end < tokens.length) {
    const next = tokens[end] as Token;
    if (next.breakBefore) break;
    if (isWord(end)) {
      end += 1;
      continue;
    }
    // "da Silva": a particle counts only between two name words.
    const after = tokens[end + 1];
    if (NAME_PARTICLES.has(next.text) && after && !after.breakBefore && isWord(end + 1)) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}
