/**
 * Words a publication stamp may carry with their label before what they label,
 * which the stamp's own patterns (date-line.ts) read only the other way round:
 * a counter written `Lượt xem: 401` as well as `401 lượt xem`, and the author's
 * name after `Tác giả` or `Автор` (Vivina's `23/05/2025 | Tác giả: Ánh Dương
 * Lượt xem: 401`, blind-vnru-61, 792). Every run is bounded: linear on any line.
 */

/** A view or comment counter, its label first: `Lượt xem: 401`, `Views 1,204`, `Просмотров: 12`. */
export const LABELLED_COUNTER =
  /(?<![\p{L}])(?:lượt\s{1,3}xem|lượt\s{1,3}đọc|views?|reads?|просмотр(?:ов|ы|а)?|bình\s{1,3}luận|comments?)\s{0,3}:?\s{0,3}\d[\d.,]{0,24}(?![\d\p{L}])/giu;

/** `Tác giả Ánh Dương`, `Автор Игорь Сергеев`: the author's label opening what a stamp's line carries besides its date. */
// Case-sensitive, so that the name after the label must open on a capital (`i` would let `\p{Lu}` match any letter).
const AUTHOR_LABEL_FIRST = /^(?:[Tt]ác\s{1,3}giả|TÁC\s{1,3}GIẢ|[Аа]втор|АВТОР)\s{0,3}:?\s{1,3}(?=\p{Lu})/u;

/** The text after an author's label that opens it, or the text itself when none does. */
export function withoutAuthorLabel(rest: string): string {
  return rest.replace(AUTHOR_LABEL_FIRST, "");
}
