import { readFileSync } from "node:fs";
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  BANDS,
  candidatePairs,
  decodeSignatures,
  encodeSignatures,
  estimatedSimilarity,
  findNearDuplicates,
  jaccard,
  minHashSignature,
  NEAR_DUPLICATE_SIMILARITY,
  shingleHashes,
} from "../../src/taxonomy/near-duplicates.ts";
import { runIngest, type IngestOptions } from "../../src/ingest/run-ingest.ts";

const seed = (name: string) => readFileSync(join("content/sources", name), "utf8");
const S000 = seed("000_371a887026197f3c.txt");
const S002 = seed("002_4f481d523fa9e829.txt");
const S003 = seed("003_e89575649a14062e.txt");
const S004 = seed("004_e5feb39fc4d21994.txt");

/** Seed 004 as another site republished it: its own headline, the middle paragraph dropped. */
function republished(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  const kept = paragraphs.filter((_, index) => index !== Math.floor(paragraphs.length / 2));
  return `Russia, Việt Nam pledge deeper ties as PMs meet in Hà Nội\n\n${kept.join("\n\n")}`;
}

describe("shingleHashes", () => {
  it("folds case and diacritics, and never runs a shingle across a line", () => {
    expect(shingleHashes("Phạm Minh Chính met Mikhail Mishustin")).toEqual(shingleHashes("PHAM MINH CHINH met mikhail mishustin"));
    expect(shingleHashes("one two three four five six")).toHaveLength(2);
    expect(shingleHashes("one two three\nfour five six")).toHaveLength(0);
    // Menus, bylines and date lines are shorter than a shingle.
    expect(shingleHashes("News\nPolitics\nBy Vu Anh\nShare on Facebook\nComment (0)")).toHaveLength(0);
  });

  it("keeps the values the signature cache's version 1 was written with", () => {
    // Signatures kept in the cache folder are compared with new ones: a faster reading of the
    // text must give the same hashes, or the file's version must change. A combining mark opens
    // a word, an emoji (above U+FFFF) ends one.
    const text = "Phạm Minh Chính met Mikhail Mishustin in Hà Nội\n\u0301Đà Nẵng 2025 talks 😀 end";
    expect([...shingleHashes(text)]).toEqual([159462656, 829419211, 1519388502, 2340273794, 3730549983, 4015289476]);
    expect([...shingleHashes(text, 3)]).toEqual([
      510361703, 792632520, 1083032563, 1259733438, 1403359737, 1418223473, 1940011191, 2662145854, 3121572966, 3510609944,
    ]);
  });

  it("are sorted and distinct", () => {
    const hashes = shingleHashes(`${"the same five words again ".repeat(20)}`);
    expect([...hashes]).toEqual([...new Set(hashes)].sort((a, b) => a - b));
    expect(hashes.length).toBeLessThanOrEqual(5);
  });
});

describe("the measure", () => {
  it("keeps apart reports of one meeting by different outlets (seeds 000, 002, 004)", () => {
    const [a, b, c] = [S000, S002, S004].map((text) => shingleHashes(text)) as [Uint32Array, Uint32Array, Uint32Array];
    for (const similarity of [jaccard(a, b), jaccard(a, c), jaccard(b, c)]) expect(similarity).toBeLessThan(0.1);
    expect(findNearDuplicates([S000, S002, S003, S004])).toEqual([]);
  });

  it("finds a page republished with a changed headline and a dropped paragraph", () => {
    const similarity = jaccard(shingleHashes(S004), shingleHashes(republished(S004)));
    expect(similarity).toBeGreaterThan(0.85);
    expect(findNearDuplicates([S000, S004, S002, republished(S004)])).toEqual([{ index: 3, of: 1, similarity }]);
  });

  it("estimates the similarity from the signatures", () => {
    const a = shingleHashes(S004);
    const b = shingleHashes(republished(S004));
    expect(Math.abs(estimatedSimilarity(minHashSignature(a)!, minHashSignature(b)!) - jaccard(a, b))).toBeLessThan(0.1);
    expect(estimatedSimilarity(minHashSignature(a)!, minHashSignature(shingleHashes(S000))!)).toBeLessThan(0.2);
    expect(minHashSignature(new Uint32Array())).toBeUndefined();
  });

  it("leaves texts too short to judge alone", () => {
    expect(
      findNearDuplicates(["A one line brief about a meeting in Hanoi today.", "A one line brief about a meeting in Hanoi today!"]),
    ).toEqual([]);
  });
});

describe("candidatePairs", () => {
  it("compares each text with a few others however many copies there are", () => {
    const copies = Array.from(
      { length: 2_000 },
      (_, index) => `${S004}\nCopy number ${index} of the wire story, with its own footer line.`,
    );
    const signatures = copies.map((text) => minHashSignature(shingleHashes(text)));
    const pairs = candidatePairs(signatures);
    expect(pairs.length).toBeLessThanOrEqual(copies.length * 8 * BANDS);
    expect(pairs.length).toBeGreaterThanOrEqual(copies.length - 1);
    expect(pairs.every(([earlier, later]) => earlier < later)).toBe(true);
  });
});

describe("signatures in the cache", () => {
  it("read back as written, and not at all from another format", () => {
    const signature = minHashSignature(shingleHashes(S004))!;
    const written = new Map<string, Uint32Array | undefined>([
      ["0123456789abcdef", signature],
      ["fedcba9876543210", undefined],
    ]);
    expect(decodeSignatures(encodeSignatures(written))).toEqual(written);
    expect(decodeSignatures(new TextEncoder().encode("something else"))).toEqual(new Map());
    expect(decodeSignatures(encodeSignatures(written).subarray(0, 100))).toEqual(new Map());
  });
});

describe("runIngest and near-duplicates", () => {
  let root: string;
  let options: IngestOptions;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "near-dup-"));
    await cp("content/sources", join(root, "sources"), { recursive: true });
    options = {
      sources: join(root, "sources"),
      entries: join(root, "entries"),
      taxonomy: "content/taxonomy",
      cache: join(root, "cache"),
      today: "2026-01-01",
    };
  });

  afterEach(async () => rm(root, { recursive: true, force: true }));

  it("warns of a republished page with its similarity, keeps both entries, and says it again from the cache", async () => {
    await writeFile(join(options.sources, "005_republished.txt"), republished(S004));
    const first = await runIngest(options, () => {});
    const warnings = first.problems.filter((found) => found.rule === "source-near-duplicate");
    const percent = Math.round(jaccard(shingleHashes(S004), shingleHashes(republished(S004))) * 100);
    expect(warnings).toEqual([
      {
        severity: "warning",
        rule: "source-near-duplicate",
        file: join(options.sources, "005_republished.txt"),
        message: `repeats ${percent} % of ${join(options.sources, "004_e5feb39fc4d21994.txt")} (near-duplicate); both entries are kept`,
      },
    ]);
    expect(first.entries.size).toBe(6);
    expect(await readdir(join(options.cache, "ingest"))).toContain("near-duplicate-signatures.bin");

    const again = await runIngest(options, () => {});
    expect(again.problems.filter((found) => found.rule === "source-near-duplicate")).toEqual(warnings);
  });

  it("takes the pairs found last time when every source is as it was, and looks again when one is not", async () => {
    await writeFile(join(options.sources, "005_republished.txt"), republished(S004));
    const first = (await runIngest(options, () => {})).problems.filter((found) => found.rule === "source-near-duplicate");
    expect(first).toHaveLength(1);
    // Without the signatures a search would have to read every source again; this run does not search.
    await rm(join(options.cache, "ingest", "near-duplicate-signatures.bin"));
    const again = (await runIngest(options, () => {})).problems.filter((found) => found.rule === "source-near-duplicate");
    expect(again).toEqual(first);
    expect(await readdir(join(options.cache, "ingest"))).not.toContain("near-duplicate-signatures.bin");

    // A new source: the pairs are looked for again, among all the sources.
    await writeFile(
      join(options.sources, "006_republished.txt"),
      republished(S004).replace(/\n\n/, "\n\nA new first paragraph of the copy.\n\n"),
    );
    const later = (await runIngest(options, () => {})).problems.filter((found) => found.rule === "source-near-duplicate");
    expect(later.map((found) => found.file)).toEqual([
      join(options.sources, "005_republished.txt"),
      join(options.sources, "006_republished.txt"),
    ]);
    expect(await readdir(join(options.cache, "ingest"))).toContain("near-duplicate-signatures.bin");
  });

  it("says nothing of the seeds, five articles on two visits", async () => {
    const summary = await runIngest(options, () => {});
    expect(summary.problems.filter((found) => found.rule === "source-near-duplicate")).toEqual([]);
    expect(NEAR_DUPLICATE_SIMILARITY).toBe(0.5);
  });
});
