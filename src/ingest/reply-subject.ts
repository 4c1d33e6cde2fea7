/**
 * A forum reply's subject line, `Re: 70-летие установления дипломатических
 * отношений…` (nhat-nam.ru, blind-vnru-69, 890): the thread's title under the
 * reply's mark. Taken as the headline, the title is the subject without the mark
 * (`Re:`, `RE:`, `Re[2]:`). Bounded runs: linear on any line.
 */
const REPLY_MARK = /^\s{0,8}re(?:\[\d{1,3}\])?\s{0,3}:\s{0,3}(?=\S)/iu;

/** A headline without a reply's mark before it (`Re: Title` → `Title`); the headline itself when it has none. */
export function withoutReplyMark(title: string): string {
  return title.replace(REPLY_MARK, "");
}
