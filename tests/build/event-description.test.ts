/**
 * An event's page prints its dates above its description; the description,
 * which the taxonomy starts with the same dates, reads without them, so the
 * page says each date once.
 */
import { describe, expect, it } from "vitest";
import { withoutItsDates } from "../../templates/_components/dates.ts";

describe("an event's description under its dates", () => {
  it("loses the days it starts with (the taxonomy's way), and reads as a sentence", () => {
    expect(
      withoutItsDates(
        "14–15 January 2025 — the Russian Prime Minister's first official visit to Việt Nam; talks with PM Phạm Minh Chính",
        "2025-01-14",
      ),
    ).toBe("The Russian Prime Minister's first official visit to Việt Nam; talks with PM Phạm Minh Chính");
    expect(
      withoutItsDates("30 January 2025 — 75 years since Việt Nam and the Soviet Union established diplomatic relations", "2025-01-30"),
    ).toBe("75 years since Việt Nam and the Soviet Union established diplomatic relations");
    expect(withoutItsDates("28 October – 2 November 2020 — a visit across two months", "2020-10-28")).toBe("A visit across two months");
    expect(withoutItsDates("30 December 2024 – 2 January 2025: talks over the new year", "2024-12-30")).toBe("Talks over the new year");
  });

  it("loses the days it ends with", () => {
    expect(withoutItsDates("Official visit by Defence Minister Nguyễn Tấn Bình to Australia, 6–9 April 2016.", "2016-04-06")).toBe(
      "Official visit by Defence Minister Nguyễn Tấn Bình to Australia.",
    );
    expect(withoutItsDates("75th anniversary of diplomatic relations between Việt Nam and Russia, 30 January 2025.", "2025-01-30")).toBe(
      "75th anniversary of diplomatic relations between Việt Nam and Russia.",
    );
  });

  it("keeps every other description as written", () => {
    // Dates of another year, or of something else than the event.
    const others = [
      "General Secretary Tô Lâm's visit to Moscow.",
      "9 May 1945 — the day the war ended in Europe, remembered each year",
      "A visit to Kazan: talks on energy and trade",
      "A summit, 22 October 2024.",
      "Moscow's celebration of the 80th anniversary (9 May 2025)",
    ];
    for (const description of others) expect(withoutItsDates(description, "2025-05-08")).toBe(description);
    expect(withoutItsDates("14 January 2025 — a visit", undefined)).toBe("14 January 2025 — a visit");
  });
});
