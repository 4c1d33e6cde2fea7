/**
 * Lines of a site's navigation that have a headline's shape: the heading of a
 * list of links to other stories (`Most read`, `RELATED NEWS`, `Đọc nhiều`,
 * `Читайте также`), a link printed with such a heading (`READ: China’s Xi
 * visits Vietnam after Biden, seeks stronger ties`), and a menu of the site's
 * sections (`Home World Politics Business Sport`, `Thời sự Chính trị Kinh tế
 * Thế giới`), and a ticker of the site's latest headlines set apart by bars.
 * Told by the words such lists and menus are labelled with in
 * English, Vietnamese and Russian, never by one site's wording; each rule reads
 * a line word by word, once.
 */
import { SECTION_WORDS } from "./mastheads.ts";
import { endsLikeSentence, wordsOf } from "./line-shape.ts";

/**
 * Headings of lists of other stories. Only unambiguous ones: `Top stories`,
 * `Tiêu điểm` or `Главное` may also stand as a kicker over the headline itself.
 */
const LIST_HEADING = new RegExp(
  `^(?:${[
    "most\\s+(?:read|popular|viewed|shared|commented)(?:\\s+(?:news|stories|articles))?",
    "(?:related|other|more|similar|recommended)\\s+(?:news|stories|articles|posts|reading|coverage|videos)",
    "related",
    "(?:see|read)\\s+also",
    "also\\s+read",
    "more\\s+(?:on|from|in|about)\\s+[^.!?]{2,40}",
    "you\\s+(?:may|might)\\s+(?:also\\s+)?(?:like|be interested in)",
    "(?:tin|bài)\\s+(?:đọc nhiều|xem nhiều|liên quan|khác|cùng chuyên mục)",
    "(?:đọc|xem)\\s+nhiều(?:\\s+nhất)?",
    "có thể bạn quan tâm",
    "cùng chuyên mục",
    "читайте\\s+также",
    "смотрите\\s+также",
    "самое\\s+(?:читаемое|популярное)",
    "популярное",
    "по\\s+теме",
    "другие\\s+новости",
    "новости\\s+партн[её]ров",
  ].join("|")})\\s*[:»›>]?$`,
  "iu",
);

/** `Most read`, `RELATED NEWS`, `Other News`, `More on Eurasia`, `Đọc nhiều`, `Читайте также`: a list of links follows. */
export function isListHeading(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 60 && LIST_HEADING.test(trimmed);
}

/** The labels a single link to another story is printed with, before a colon. */
const LINK_LABEL =
  /^(?:read|read also|also read|see also|related|related (?:news|story|article)|more|xem thêm|đọc thêm|tin liên quan|bài liên quan|читайте также|читайте|смотрите также|по теме)\s*[:：|»›>–—-]\s*\S/iu;

/**
 * `READ: China’s Xi visits Vietnam after Biden, seeks stronger ties`,
 * `Читайте также: Лавров заявил …`: a link to another story, with its label.
 * A sentence of the article that happens to open so (`Read: the statement says
 * that …` ends like a sentence) is not one.
 */
export function isLabelledLink(line: string): boolean {
  const trimmed = line.trim();
  return LINK_LABEL.test(trimmed) && !endsLikeSentence(trimmed);
}

/**
 * Names of a site's sections in menus, written lower-case; words of two
 * syllables or two words (`thời sự`, `trang chủ`, `в мире`) as pairs.
 */
const MENU_PAIRS = new Set([
  "trang chủ",
  "thời sự",
  "chính trị",
  "kinh tế",
  "xã hội",
  "thế giới",
  "văn hóa",
  "văn hoá",
  "thể thao",
  "giáo dục",
  "pháp luật",
  "sức khỏe",
  "sức khoẻ",
  "đời sống",
  "giải trí",
  "công nghệ",
  "du lịch",
  "quốc tế",
  "quốc phòng",
  "khoa học",
  "tài chính",
  "doanh nghiệp",
  "thị trường",
  "bạn đọc",
  "an ninh",
  "đối ngoại",
  "в мире",
]);
const MENU_WORDS =
  /^(?:science|health|tech|technology|entertainment|travel|lifestyle|life|style|arts?|education|environment|markets?|money|finance|climate|defen[cs]e|military|security|photos?|videos|podcasts?|multimedia|infographics?|magazine|features?|analysis|interviews?|region|regions|главная|политика|экономика|общество|происшествия|спорт|культура|наука|технологии|мир|регионы|фото|армия|бизнес|финансы|здоровье|авто|туризм|интервью|мнения|аналитика|podcast|emagazine|ảnh|xe)$/iu;

const CONNECTOR = /^(?:the|and|&|в)$/iu;

/** Separators menus print between items. */
const MENU_SEPARATOR = /^[|•·/]$/u;

/**
 * `Home World Politics Business Sport`, `Thời sự Chính trị Kinh tế Thế giới`,
 * `Главная Политика Экономика Общество`: three or more section names and
 * nothing else. A headline has a verb or a name among its words.
 */
export function isMenuLine(line: string): boolean {
  if (/[.,;:!?()"“”«»]/u.test(line)) return false;
  const words = wordsOf(line).filter((word) => !MENU_SEPARATOR.test(word));
  let items = 0;
  for (let index = 0; index < words.length; ) {
    const word = words[index]!;
    const pair = index + 1 < words.length ? `${word} ${words[index + 1]}`.toLocaleLowerCase() : "";
    if (MENU_PAIRS.has(pair)) index += 2;
    else if (SECTION_WORDS.test(word) || MENU_WORDS.test(word)) index += 1;
    else return false;
    // (`the`, `and`, `&` join the names of one section: `Politics & Law`.)
    if (!CONNECTOR.test(word)) items += 1;
  }
  return items >= 3;
}

/** A ticker shows this many headlines at least… */
const TICKER_MIN_ITEMS = 3;
/** …of this many words each: menu items and a source line's fields are shorter. */
const TICKER_ITEM_MIN_WORDS = 3;

/**
 * `Phát hiện loài mang lớn … tại Vườn Quốc gia Vũ Quang   |    Sắp xếp đơn vị
 * hành chính cấp xã ở Hà Tĩnh …   |    Giao nộp cu li quý hiếm … |` (blind-vnru-28,
 * 395): the site's scrolling ticker of its latest stories, copied as one line
 * above the headline. Three or more items, each a headline of three words or
 * more, set apart by bars and nothing else. A page title (`Headline | Site`) has
 * one bar, a menu or a source line (`Source: Xinhua| 2018-01-23 20:33:53|Editor:
 * Liangyu`) has short items, a table's row opens with a bar. One split of the
 * line, no pattern.
 */
export function isHeadlineTicker(line: string): boolean {
  // (A Markdown table's row opens with its bar: `| Exports | 2.3 billion USD | … |`.)
  if (!line.includes("|") || line.trimStart().startsWith("|")) return false;
  const items = line
    .split("|")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return items.length >= TICKER_MIN_ITEMS && items.every((item) => wordsOf(item).length >= TICKER_ITEM_MIN_WORDS);
}
