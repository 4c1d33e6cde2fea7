/**
 * A forum's account box beside a post: `Зарегистрирован: 15 мар 2017 14:33`,
 * `Joined: Mar 15, 2017`, `Member since 2017-03-15`, `Ngày tham gia: 15/03/2017`.
 * The day a member signed up, under a label that says so, is no day of the page
 * (nhat-nam.ru's thread, blind-vnru-69, 890, was dated by its poster's joining
 * time). Only the label, alone before the date: a stamp that says `Posted` or
 * `Опубликовано` is read as before. Every run is bounded: linear on any line.
 */
const MEMBER_SINCE_LABEL =
  /^\s{0,8}(?:зарегистрирован[аоы]?|дата\s{1,3}регистрации|на\s{1,3}форуме\s{1,3}с|registered|joined|member\s{1,3}since|ngày\s{1,3}tham\s{1,3}gia|tham\s{1,3}gia\s{1,3}ngày)\s{0,3}(?:on\s{0,3})?:?\s{0,8}$/iu;

/** Whether the text before a line's date is only a label saying a member joined (`Зарегистрирован:`, `Joined`). */
export function isMemberSinceLabel(beforeDate: string): boolean {
  return beforeDate.length <= 60 && MEMBER_SINCE_LABEL.test(beforeDate);
}
