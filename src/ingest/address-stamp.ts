/**
 * A publication stamp standing as a whole segment of an address's path
 * (`/ekaterinburg/20240919125514/novyy-genkonsul-…`, EAnews, blind-vnru-58,
 * 759): the day, then the time to the second, with more of the path after it.
 * A stamp that ends the address (`…-20250509055447596.htm`) date-line.ts reads
 * itself; a stamp glued to other characters is an id, not a day.
 */
import type { CalendarDay } from "./date-expressions.ts";

/** `/YYYYMMDDhhmmss/`: a valid month, day, hour, minute and second, slashes on both sides. */
const STAMP_SEGMENT = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?=\/)/u;

/** The day of the first stamp segment of an address's path, or undefined. */
export function dayOfStampSegment(path: string): CalendarDay | undefined {
  const match = STAMP_SEGMENT.exec(path);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}
