import { afterEach, describe, expect, it } from "vitest";
import { formatLongDate, formatMonth, monthName } from "../../src/model/format-date.ts";

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

// Far west and far east of UTC, and a zone whose clocks once jumped at midnight.
const ZONES = ["UTC", "America/Los_Angeles", "Pacific/Honolulu", "Pacific/Kiritimati", "Asia/Ho_Chi_Minh", "America/Sao_Paulo"];

describe("formatLongDate", () => {
  it.each(ZONES)("keeps the calendar day in %s", (zone) => {
    process.env.TZ = zone;
    // Confirm the zone really took effect: UTC midnight is the previous day in Los Angeles.
    if (zone === "America/Los_Angeles") expect(new Date("2025-01-14").getDate()).toBe(13);
    expect(formatLongDate("2025-01-14")).toBe("14 January 2025");
    expect(formatLongDate("2025-01-01")).toBe("1 January 2025");
    expect(formatLongDate("2024-12-31")).toBe("31 December 2024");
    expect(formatLongDate("2024-02-29")).toBe("29 February 2024");
  });

  it("keeps the day on which Brazil's clocks jumped from midnight", () => {
    process.env.TZ = "America/Sao_Paulo";
    expect(formatLongDate("2018-11-04")).toBe("4 November 2018");
  });

  it("refuses what is not a YYYY-MM-DD date", () => {
    expect(() => formatLongDate("14/01/2025")).toThrow();
  });
});

describe("month names", () => {
  it.each(ZONES)("are right in %s", (zone) => {
    process.env.TZ = zone;
    expect(formatMonth(2025, 1)).toBe("January 2025");
    expect(formatMonth(2024, 12)).toBe("December 2024");
    expect(monthName(5)).toBe("May");
  });
});
