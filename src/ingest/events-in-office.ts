/**
 * Of the events an undated text's evidence fits, those its titles allow. A
 * title before a name dates the text from the office's first day
 * (match-offices.ts): `Chủ tịch nước Nguyễn Xuân Phúc` was written since he
 * became State President in April 2021, so of his three visits to Russia the
 * text may report (as Prime Minister in 2016 and 2019, as President in 2021)
 * only the one held since is its news (blind-vnru-50, 660). A title bounds only
 * the events its holder takes part in (as visitor or host); when it would leave
 * none, it decides nothing.
 */
import type { Event } from "../content/taxonomy-schema.ts";
import type { Tenure } from "../taxonomy/match-offices.ts";

type Dated = Pick<Event, "start" | "end" | "people" | "hosts">;

/** The events not over before a title the text gives one of their people; all of them when none is left. */
export function eventsInOffice<E extends Dated>(events: readonly E[], titled: readonly Tenure[]): E[] {
  if (events.length < 2 || titled.length === 0) return [...events];
  const kept = events.filter((event) => {
    const last = event.end ?? event.start;
    const takingPart = new Set([...event.people, ...(event.hosts ?? [])]);
    return titled.every((title) => !takingPart.has(title.person) || last >= title.from);
  });
  return kept.length > 0 ? kept : [...events];
}
