/**
 * The day a commemoration looks back to: `Phát biểu tại lễ kỷ niệm, Đại sứ …
 * cho biết, vào ngày 12/6/1990, bản Tuyên ngôn về chủ quyền quốc gia Liên bang
 * Nga được thông qua` (Thời Đại, blind-vnru-57, 745). In a paragraph about a
 * commemoration (`kỷ niệm`, `anniversary`, `celebrate`, `годовщина`,
 * `отмечать`), a day followed in its own sentence by the words of a founding or
 * an adoption (`được thông qua`, `ra đời`, `được thành lập`, `was adopted`,
 * `was founded`, `был принят`, `была создана`) is the day marked, history the
 * speech recalls, not the day of the event the page reports. Pure; linear: a
 * test of fixed words on the paragraph, then one anchored test on a bounded
 * slice after the day.
 */

/** Words of a commemoration, anywhere in the paragraph. */
const COMMEMORATION = /kỷ\s{1,3}niệm|anniversar|celebrat|годовщин|юбиле|отмеча|отметил/iu;

/** How far after the day the words of a founding are looked for (the same sentence, no further). */
const ORIGIN_REACH = 140;

/** The words of a founding or an adoption after the day, before the sentence ends. */
const ORIGIN_AFTER_DAY =
  /^[^.;!?\n]{0,120}?(?<![\p{L}])(?:được\s{1,3}(?:thông\s{1,3}qua|thành\s{1,3}lập)|ra\s{1,3}đời|was\s{1,3}(?:adopted|founded|established|proclaimed)|был[аои]?\s{1,3}(?:принят[аоы]?|основан[аоы]?|создан[аоы]?|провозглашен[аоы]?))(?![\p{L}])/iu;

/**
 * Is the day that ends at `end` in `paragraph` the origin a commemoration looks
 * back to? `end` is the offset right after the day's own words.
 */
export function isCommemoratedOrigin(paragraph: string, end: number): boolean {
  if (!COMMEMORATION.test(paragraph)) return false;
  return ORIGIN_AFTER_DAY.test(paragraph.slice(end, end + ORIGIN_REACH));
}
