/**
 * A byline's name with a contributor's credit after it, the dash glued to the
 * name's last letter (`Duy Cuong- Translated by Huyen Huong`, SGGP News,
 * blind-vnru-65, 835): the name, then the credit. A dash spaced on both sides
 * (`Tran Binh – Translated by Kim Khanh`) is read as an outlet's separator
 * already; a hyphen inside a name (`Jean-Pierre Dupont`) has no space after
 * it, and a dash before anything but a credit (`Duy Cuong- SGGP`) is no such
 * pair.
 */
/** The dash, a space, and the credit's verb with `by` (`Translated by`, `Edited by`). */
const DASH_THEN_CREDIT = /[-–—]\s+(?:additional reporting|compiled|translated|edited|editing|writing|graphics?) by\s/iu;
/** The credit to the line's end: its verb, `by`, and names, with no sentence's stop before a last full stop. */
const WHOLE_CREDIT = /^(?:additional reporting|compiled|translated|edited|editing|writing|graphics?) by\s[^.!?]{1,200}\.?$/iu;
/** A name is at most 80 characters (isPersonName): the dash is looked for among the first 100 only. */
const NAME_AT_MOST = 100;

export interface NameAndCredit {
  name: string;
  credit: string;
}

/** The name and the credit glued after it by a dash, or undefined when the text is no such pair. */
export function splitCreditAfterName(text: string): NameAndCredit | undefined {
  const trimmed = text.trim();
  const match = DASH_THEN_CREDIT.exec(trimmed.slice(0, NAME_AT_MOST + 40));
  if (!match || match.index === 0) return undefined;
  const name = trimmed.slice(0, match.index).trim();
  const credit = trimmed.slice(match.index + 1).trim();
  if (name.length > NAME_AT_MOST || !WHOLE_CREDIT.test(credit)) return undefined;
  return { name, credit };
}
