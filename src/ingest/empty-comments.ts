/**
 * An empty comment block's notice, `Chưa có bình luận nào cho bài viết này.` (no
 * comments yet on this article, blind-vnru-48, 636) or `Комментариев пока нет`:
 * the widget's own words wherever it stands, above the article as well as
 * after it (the English `No comments yet` is a tail marker). Whole line only.
 */
const EMPTY_COMMENTS =
  /^(?:chưa có (?:bình luận|ý kiến)(?: nào)?(?: (?:cho|về) (?:bài viết|bài|tin) này)?|комментариев (?:пока )?нет|нет комментариев)[.!]?$/iu;

/** Is this line the notice of an empty comment block, in Vietnamese or Russian? */
export function isEmptyCommentsNotice(line: string): boolean {
  return EMPTY_COMMENTS.test(line.trim());
}
