/**
 * A photo caption whose bracketed credit runs straight into a wire's dateline,
 * the break between them lost (`At the get-together (Photo: VNA)HCM City (VNA) –
 * A get-together …`, VietnamPlus, blind-vnru-62, 799): the caption ends at its
 * credit, `(Photo: …)`, `(Ảnh: …)` or `(Фото: …)`, and the next character opens
 * the dateline, a place in title case and the wire's code in brackets before a
 * dash. The caption gets a line of its own, so the paragraph opens on its
 * dateline. Only a credit glued to the dateline splits: a credit followed by a
 * space, or by words that are no dateline, leaves the line whole. Both patterns
 * are bounded, so the line is read in linear time whatever its length.
 */

/** A bracketed photo credit with no space after it: `(Photo: VNA)`, `(Ảnh: TTXVN)`, `(Фото: ТАСС)`. */
const GLUED_PHOTO_CREDIT = /\((?:Photo|Ảnh|Фото)\s?:?[^()\n]{1,60}\)(?=\S)/u;

/** A wire's dateline opening the rest: `HCM City (VNA) – `, `Hanoi (VNA) - `. */
const WIRE_DATELINE = /^\p{Lu}[\p{L}\p{M}.' ]{1,40} \([\p{Lu}/]{2,12}\) ?[–—-] /u;

/** The longest caption that is looked for before a dateline. */
const MAX_CAPTION = 300;

export function splitCreditBeforeDateline(line: string): string[] {
  const credit = GLUED_PHOTO_CREDIT.exec(line);
  if (!credit || credit.index > MAX_CAPTION) return [line];
  const end = credit.index + credit[0].length;
  const rest = line.slice(end);
  if (!WIRE_DATELINE.test(rest)) return [line];
  const caption = line.slice(0, end).trim();
  // A credit alone is no caption: the line is left to the rules for credits.
  if (caption.length === credit[0].length) return [line];
  return [caption, rest];
}
