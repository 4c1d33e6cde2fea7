/**
 * A lede whose full stop the copy lost ends with the outlet it was read in:
 * `… вакцинации от COVID-19, пишет газета «Зан чи»` (blind-vnru-70, 904), `…,
 * сообщает ТАСС`. A Russian news sentence names its source that way, after a
 * comma, with a present-tense verb of reporting; a headline credits its source
 * after a dash or a colon (`… - СМИ`, `СМИ: …`), never after a comma and such a
 * verb. So a line that ends so is text, never a headline.
 *
 * Only the line's last 100 characters are read, with bounded stretches: the
 * test runs in time proportional to nothing more than that.
 */

/**
 * `, пишет газета «Зан чи»`, `, сообщает ТАСС`, `, информирует 1prime.ru`: a comma, the
 * verb, a source of a few words (a point only inside a site's name), the end.
 */
const SOURCE_AT_END =
  /,\s{1,3}(?:пишет|пишут|сообщает|сообщают|передает|передаёт|передают|информирует|информируют)\s{1,3}(?:[^.,;:!?\n]|\.(?=\p{L})){2,60}$/u;

/** The line ends by naming the outlet its sentence was read in (`…, пишет газета «Зан чи»`). */
export function endsWithSourceAttribution(line: string): boolean {
  return SOURCE_AT_END.test(line.trimEnd().slice(-100));
}
