/**
 * A comment form's field prompts, copied as lines after the article: `Please
 * enter your comment!` and `Please enter your name here` (blind-vnru-56, 726),
 * `Vui lòng nhập bình luận của bạn`, `Введите ваш комментарий`. The reader is
 * asked to type into a field (a comment, a name, an e-mail address, a
 * website): a form, never a report, and the article has ended above it. Only
 * the verb of typing into a field: `Leave a comment`, a link to the form that
 * pages also set inside a story, is not one. Whole line only.
 */
const FORM_PROMPT =
  /^(?:(?:please\s+)?(?:enter|type)\s+your\s+(?:comment|name|e-?mail(?:\s+address)?|website|message)(?:\s+here)?|(?:(?:xin\s+)?vui\s+lòng\s+)?nhập\s+(?:bình\s+luận|họ\s+tên|tên|email|ý\s+kiến)(?:\s+của\s+bạn)?(?:\s+(?:tại|vào)\s+đây)?|(?:пожалуйста,?\s+)?введите\s+(?:ваш\p{L}{0,2}\s+)?(?:комментари\p{L}{0,2}|имя|e-?mail|адрес\p{L}{0,2}(?:\s+электронной\s+почты)?))\s*[.!:]?$/iu;

/** Is this line a comment form's prompt to type into one of its fields? */
export function isFormPrompt(line: string): boolean {
  return FORM_PROMPT.test(line.trim());
}
