import { describe, expect, it } from "vitest";
import { terminalProgress } from "../../src/cli/progress.ts";

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (chunk: string) => written.push(chunk) > 0 };
}

describe("terminalProgress", () => {
  it("prints nothing when the output is not a terminal", () => {
    const stream = fakeStream(false);
    const progress = terminalProgress("ingest", stream);
    for (let done = 0; done <= 1000; done += 1) progress.update(done, 1000);
    progress.finish();
    expect(stream.written).toEqual([]);
  });

  it("redraws one line on a terminal, at most every 100 ms, and clears it at the end", () => {
    const stream = fakeStream(true);
    let clock = 0;
    const progress = terminalProgress("ingest", stream, () => clock);
    progress.update(1, 1000);
    progress.update(2, 1000);
    clock = 150;
    progress.update(500, 1000);
    progress.update(1000, 1000);
    progress.finish();
    expect(stream.written).toEqual([
      "\ringest 1/1000 (0%)\u001b[K",
      "\ringest 500/1000 (50%)\u001b[K",
      "\ringest 1000/1000 (100%)\u001b[K",
      "\r\u001b[K",
    ]);
  });

  it("stays quiet for short runs", () => {
    const stream = fakeStream(true);
    const progress = terminalProgress("ingest", stream);
    progress.update(5, 5);
    progress.finish();
    expect(stream.written).toEqual([]);
  });
});
