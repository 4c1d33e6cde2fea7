import { describe, expect, it } from "vitest";
import { parsePhaseTimings } from "../../bench/measure/phase-timings.ts";

describe("parsePhaseTimings", () => {
  it("reads the phase lines among the rest of a build's output", () => {
    const output = [
      "wrote 2017/04/2017-04-02-defence-minister-nguyen-tan-binh-and-deputy-prime-minister.md",
      "phase ingest 5120 ms",
      "warning: synth/sources/00997_6488fb4db6473fbf.txt: names the taxonomy lacks: Huỳnh Tiến Thắng",
      "phase render 12034 ms",
      "wrote 499 feeds (the archive's Atom and JSON feeds, an Atom feed for each tag)",
      "phase search-index 4493 ms",
      "built 1000 articles, 756 tag pages into out",
    ].join("\n");
    expect(parsePhaseTimings(output)).toEqual({ ingest: 5120, render: 12034, "search-index": 4493 });
  });

  it("adds up a phase printed twice", () => {
    expect(parsePhaseTimings("phase render 10 ms\nphase render 2.5 ms\n")).toEqual({ render: 12.5 });
  });

  it("ignores lines that only look like phases", () => {
    const output = [
      "wrote 2020/01/2020-01-01-phase-ingest-12-ms.md",
      "  phase ingest 12 ms",
      "phase render 12 s",
      "the first phase ingest 40 ms went well",
    ].join("\n");
    expect(parsePhaseTimings(output)).toEqual({});
  });
});
