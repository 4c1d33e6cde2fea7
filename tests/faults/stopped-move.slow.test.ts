/**
 * An entry whose address changes (its source's headline was edited) is moved:
 * the new file written, the old one removed. A run stopped between the two
 * steps must not leave two entries of one source, which no later run would
 * notice (the site then shows the article twice). The stop is simulated by
 * the atomic write failing just before, or just after, it wrote the moved
 * entry; the next run must then end where a run never stopped does.
 *
 * Part of `npm test` (it is quick); the kill -9 suite around it is
 * `npm run test:faults`, whose random kill points cannot aim at this window.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseEntryFile } from "../../src/content/entry-file.ts";
import { runIngest, type IngestOptions } from "../../src/ingest/run-ingest.ts";

const stop = vi.hoisted(() => ({ when: undefined as "before writing" | "after writing" | undefined }));

vi.mock("../../src/lib/atomic-file.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/lib/atomic-file.ts")>();
  return {
    ...actual,
    writeFileAtomically: async (file: string, data: string | Uint8Array, options?: { exclusive?: boolean }) => {
      if (stop.when !== undefined && file.includes("exclusive-")) {
        if (stop.when === "after writing") await actual.writeFileAtomically(file, data, options);
        throw new Error(`stopped ${stop.when} ${file}`);
      }
      await actual.writeFileAtomically(file, data, options);
    },
  };
});

const TODAY = "2026-01-01";
let roots: string[] = [];

async function project(): Promise<IngestOptions> {
  const root = await mkdtemp(join(tmpdir(), "stopped-move-"));
  roots.push(root);
  await cp("content/sources", join(root, "sources"), { recursive: true });
  await cp("content/taxonomy", join(root, "taxonomy"), { recursive: true });
  return {
    sources: join(root, "sources"),
    entries: join(root, "entries"),
    taxonomy: join(root, "taxonomy"),
    cache: join(root, "cache"),
    today: TODAY,
  };
}

/** Entry path → text. */
async function entries(options: IngestOptions): Promise<Record<string, string>> {
  const files = (await readdir(options.entries, { recursive: true })).filter((file) => file.endsWith(".md")).sort();
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, await readFile(join(options.entries, file), "utf8")])));
}

/** How many entries each source has. */
function entriesPerSource(texts: Record<string, string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const text of Object.values(texts)) {
    const parsed = parseEntryFile(text);
    if (!parsed.ok) throw new Error(parsed.message);
    counts[parsed.entry.data.source] = (counts[parsed.entry.data.source] ?? 0) + 1;
  }
  return counts;
}

/** Ingests the seeds, then edits the first one's headline at its source, so that its entry will move. */
async function seededThenEdited(): Promise<IngestOptions> {
  const options = await project();
  await runIngest(options, () => {});
  const [first] = Object.values(await entries(options))
    .map((text) => parseEntryFile(text))
    .flatMap((parsed) => (parsed.ok ? [parsed.entry.data] : []));
  const file = join(options.sources, first!.source);
  const text = await readFile(file, "utf8");
  expect(text).toContain(first!.title);
  await writeFile(file, text.replace(first!.title, `Exclusive: ${first!.title}`));
  return options;
}

beforeEach(() => {
  stop.when = undefined;
});

afterEach(async () => {
  stop.when = undefined;
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
  roots = [];
});

describe("a run stopped while moving an entry", () => {
  it.each(["before writing", "after writing"] as const)(
    "stopped %s the moved entry: never two entries of one source, and the next run repairs it",
    async (when) => {
      const never = await seededThenEdited();
      const log: string[] = [];
      await runIngest(never, (line) => log.push(line));
      expect(log.some((line) => /^moved .* → .*exclusive-/.test(line))).toBe(true);
      const expected = await entries(never);

      const stopped = await seededThenEdited();
      stop.when = when;
      await expect(runIngest(stopped, () => {})).rejects.toThrow(/stopped/);
      stop.when = undefined;
      expect(Math.max(...Object.values(entriesPerSource(await entries(stopped))))).toBe(1);

      await runIngest(stopped, () => {});
      expect(await entries(stopped)).toEqual(expected);
    },
  );
});
