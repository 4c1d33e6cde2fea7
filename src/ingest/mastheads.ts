/**
 * Site names as pages print them above an article: a masthead the publisher
 * table may not know (`The Moscow Times`, `Kyiv Post`, `Báo Đồng Nai`), told
 * by the words papers are named with, and section names built from the same
 * words (`World News`), which are not mastheads.
 */

/** The words a Vietnamese masthead opens with: `Báo Đồng Nai`, `Tạp chí Cộng sản`, `Đài Phát thanh…`. */
export const MASTHEAD_OPENING = /^(?:Báo|Tạp chí|Đài|Thông tấn)\s/u;

/**
 * Words that name a masthead (`Báo Đồng Nai`, `Kyiv Post`, `The Moscow Times`,
 * `Новости Приморья`, `Российская газета`). Cyrillic words are told by letters
 * around them, since `\b` knows only Latin letters.
 */
export const PUBLISHER_LIKE =
  /^(?:Báo|Tạp chí|Đài|Thông tấn)\s|\b(?:News|Times|Post|Press|Agency|Daily|Online|Tribune|Herald|Gazette|Journal|Telegraph|Express|Review|Report|Magazine|Monitor|Observer|Insider|Chronicle|Standard|Globe|Radio|Television|TV|Broadcasting|Weekly|Economist)\b|(?<!\p{L})(?:Новости|Газета|газета|Вести|Вестник|Правда|Ведомости|Известия|Агентство|Журнал|Радио|Телеканал|ТВ)(?!\p{L})/u;

/** Words sections of a site are named with (`World News`, `Politics & Law`, `Social Affairs`, `Press Review`, `News Feed`, `News Search Topics`). */
export const SECTION_WORDS =
  /^(?:the|world|news|latest|breaking|top|local|national|international|business|politics|diplomacy|policy|society|economy|culture|sports?|asia|europe|pacific|americas|africa|daily|online|press|times|post|express|video|opinion|live|law|affairs|social|foreign|home|review|feed|search|topics|&|and|новости|главные|последние|мира|в|мире|политики|экономики|общества|россии|дня|лента|видео|радио|тв)$/iu;

/**
 * How many words a masthead may have: four (`The Moscow Times`, `Новости
 * Приморья`), or six when it opens with a Vietnamese paper's word, since each
 * syllable of a Vietnamese name is a word (`Báo Công An Đà Nẵng`, blind-vnru-54,
 * 708).
 */
const mastheadWords = (line: string): number => (MASTHEAD_OPENING.test(line) ? 6 : 4);

/**
 * A masthead the publisher table does not know, alone on a line above the
 * title: a few capitalised words, one of them a word papers are named with. A
 * title has lower-case words.
 */
export function isMastheadLike(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length > mastheadWords(line.trim()) || /[\d.!?:,|/>»]/.test(line) || !PUBLISHER_LIKE.test(line)) return false;
  // `World News`, `Latest News`: a section named with the same words.
  if (words.every((word) => SECTION_WORDS.test(word))) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || /^(?:the|of|and|&)$/u.test(word));
}
