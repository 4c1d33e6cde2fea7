/**
 * English-language pages of the nineteenth blind set (blind-vnru-19): a yearless
 * dateline whose year comes from a gap of years since a stop the text dates, a
 * live blog's closing notice, a site's contact link and a donation banner as
 * furniture. Each rule on its real (reworded) line and on a line it must not take.
 */
import { describe, expect, it } from "vitest";
import { isClosingSignature } from "../../src/ingest/byline.ts";
import { isCallToAct, isFurnitureLine } from "../../src/ingest/furniture.ts";
import { yearAfterGap } from "../../src/ingest/gap-years.ts";
import { inferYear } from "../../src/ingest/infer-date.ts";

const TOURISTS =
  "Hanoi, March 11 -- One of the most heartening signs is the return of Russian tourists, a key market missing for the past three years. " +
  "Russia has long been a major source of visitors for Khanh Hoa, but direct flights were halted in 2022 because of the COVID-19 pandemic.";

describe("a gap of years since a dated stop (HT Syndication's VNA teaser: blind-vnru-19, 292)", () => {
  it("puts the text that many years after the stop", () => {
    expect(yearAfterGap(TOURISTS)).toBe(2025);
    expect(inferYear({ month: 3, day: 11 }, TOURISTS)?.year).toBe(2025);
    expect(yearAfterGap("The first flight after a three-year hiatus landed. Flights were suspended in 2020.")).toBe(2023);
    expect(yearAfterGap("It came after a break of two years: services were stopped in 2019 by the pandemic.")).toBe(2021);
  });

  it("takes no gap without a stop the text dates, nor a stop without a gap", () => {
    expect(yearAfterGap("Trade has grown steadily for the past three years, reaching a record in 2022.")).toBeUndefined();
    expect(yearAfterGap("Direct flights were halted in 2022 because of the pandemic.")).toBeUndefined();
    // The year of the stop as before.
    expect(inferYear({ month: 3, day: 11 }, "Direct flights were halted in 2022 because of the pandemic.")?.year).toBe(2022);
  });
});

describe("live blogs, contact links and donation banners (RT, HT Syndication, GlobalSecurity.org: blind-vnru-19, 290, 292, 288)", () => {
  it("takes a live blog's closing notice as furniture, not a sentence about a broadcast", () => {
    expect(isFurnitureLine("This live stream has ended.")).toBe(true);
    expect(isFurnitureLine("Our live coverage is now closed")).toBe(true);
    expect(isFurnitureLine("The live broadcast of the parade has ended in Moscow with fireworks.")).toBe(false);
  });

  it("takes `Contact Us.` as the site's link, never as a closing signature", () => {
    expect(isCallToAct("Contact Us.")).toBe(true);
    expect(isClosingSignature("Contact Us.")).toBe(false);
    expect(isCallToAct("Contact between the two ministries resumed last year.")).toBe(false);
    expect(isClosingSignature("Thanh Hà")).toBe(true);
  });

  it("takes a donation banner as furniture, not a sentence reporting a donation", () => {
    expect(isFurnitureLine("UNITED24 - Make a charitable donation in support of Ukraine!")).toBe(true);
    expect(isFurnitureLine("Donate now")).toBe(true);
    expect(isFurnitureLine("Russia made a donation of 10,000 tonnes of wheat to Vietnam's flood victims.")).toBe(false);
    expect(isFurnitureLine("Make a wish: children in Hanoi greet the Russian delegation with flowers.")).toBe(false);
  });
});
