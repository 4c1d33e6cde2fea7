/**
 * The year a text counting the years since a founding it dates is written in:
 * `Hội Hữu nghị Việt - Xô ra đời ngày 23 tháng 5 năm 1950` and `Trong suốt 75
 * năm qua` (blind-vnru-44, 588) make 2025 at the earliest. A founding word
 * (`ra đời`, `thành lập`, `founded`, `established`, `основан`, `создан`) with a
 * year after it in the same clause gives the founding; `N năm qua`, `the past N
 * years`, `за N лет` the years since. The earliest founding and the largest
 * count give the year; a day the text writes with an older year is history it
 * recalls (as with a bracketed span, marked-anniversary.ts). Pure; linear: each
 * pattern starts on fixed words and reads a bounded stretch.
 */

const FOUNDED =
  /(?<![\p{L}])(?:ra\s{1,3}đời|thành\s{1,3}lập|founded|established|основан[аоы]?|создан[аоы]?)(?![\p{L}])[^.;!?\n]{0,40}?(?<![\p{N}])((?:19|20)\d{2})(?![\p{N}])/giu;

const YEARS_PAST =
  /(?<![\p{L}\p{N}])(\d{1,3})\s{1,3}năm\s{1,3}qua(?![\p{L}])|(?<![\p{L}])past\s{1,3}(\d{1,3})\s{1,3}years(?![\p{L}])|(?<![\p{L}])за\s{1,3}(\d{1,3})\s{1,3}лет(?![\p{L}])/giu;

/**
 * `đã có hơn 60 năm hoạt động` (has had more than 60 years of activity,
 * blind-vnru-48, 637): the years a body has worked, counted in the past tense
 * (`đã`), are years since its founding as much as `60 năm qua`. Without `đã` the
 * count may be a term still to run (`thời gian 50 năm hoạt động` of a licence).
 */
const YEARS_ACTIVE =
  /(?<![\p{L}])đã\s{1,3}(?:có\s{1,3}|trải\s{1,3}qua\s{1,3})?(?:hơn\s{1,3})?(\d{1,3})\s{1,3}năm\s{1,3}hoạt\s{1,3}động(?![\p{L}])/giu;

/**
 * `Lễ kỷ niệm 55 năm Ngày thành lập Hội Hữu nghị Nga - Việt` (blind-vnru-59,
 * 766): an anniversary of a founding counts the years since it as much as `55
 * năm qua`. `kỷ niệm N năm (ngày) thành lập`, `the Nth (founding) anniversary
 * of the founding/establishment`, `the Nth founding anniversary`, `N-летие (со
 * дня) основания/создания`; an anniversary of anything else (`70 năm Quốc
 * khánh`, `the 75th anniversary of diplomatic relations`) counts from its own
 * first day, not from a founding (infer-date.ts).
 */
const FOUNDING_COUNTED =
  /(?<![\p{L}])kỷ\s{1,3}niệm\s{1,3}(\d{1,3})\s{1,3}năm\s{1,3}(?:ngày\s{1,3})?thành\s{1,3}lập(?![\p{L}])|(?<![\p{L}\p{N}])(\d{1,3})(?:st|nd|rd|th)\s{1,3}(?:founding\s{1,3}anniversary(?![\p{L}])|anniversary\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:founding|establishment)(?![\p{L}]))|(?<![\p{L}\p{N}])(\d{1,3})-лети[еяюи]\s{1,3}(?:со\s{1,3}дня\s{1,3})?(?:основания|создания)(?![\p{L}])/giu;

/** The largest count of years past the text gives (`75 năm qua`, `đã có hơn 60 năm hoạt động`, `kỷ niệm 55 năm Ngày thành lập`); undefined without one. */
export function yearsCountedSince(text: string): number | undefined {
  let count: number | undefined;
  const take = (years: number) => {
    if (years > 0 && (count === undefined || years > count)) count = years;
  };
  for (const match of text.matchAll(YEARS_PAST)) take(Number(match[1] ?? match[2] ?? match[3]));
  for (const match of text.matchAll(YEARS_ACTIVE)) take(Number(match[1]));
  for (const match of text.matchAll(FOUNDING_COUNTED)) take(Number(match[1] ?? match[2] ?? match[3]));
  return count;
}

/** The year a founding plus the years counted since it gives; undefined without both. */
export function foundingAnniversaryYear(text: string): number | undefined {
  let founded: number | undefined;
  for (const match of text.matchAll(FOUNDED)) {
    const year = Number(match[1]);
    if (founded === undefined || year < founded) founded = year;
  }
  if (founded === undefined) return undefined;
  const count = yearsCountedSince(text);
  return count === undefined ? undefined : founded + count;
}
