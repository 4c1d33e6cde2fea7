/**
 * The search index is the same whatever order the site's pages were written
 * in. A rebuild links the pages it keeps and renders the changed ones, in
 * another order than a cold build renders them all; Pagefind numbers the pages
 * in the order it is given them and writes those numbers into the bundle's
 * filter and metadata files, so an index made by crawling the folder differed
 * between the two wherever the folder lists files in the order they were made.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articlesIndexedAtOnce,
  INDEX_BESIDE_RENDERING_UP_TO,
  indexSiteForSearch,
  roomBesideRendering,
} from "../../src/build/search-index.ts";
import { makeScratchFolder } from "./scratch-folder.ts";

const PEOPLE = ["Tô Lâm", "Phạm Minh Chính", "Lương Cường"];

/** Twelve articles over two years, newest first as in the archive model. */
const ARTICLES = Array.from({ length: 12 }, (_, index) => {
  const year = 2024 + Math.floor(index / 6);
  const month = String(1 + (index % 6) * 2).padStart(2, "0");
  return { path: `/${year}/${month}/story-${index}/`, date: `${year}-${month}-15`, index };
}).reverse();

function pageOf(article: (typeof ARTICLES)[number]): string {
  const person = PEOPLE[article.index % PEOPLE.length]!;
  return [
    '<!doctype html><html lang="en"><head><title>Story</title></head><body>',
    `<article data-pagefind-body><h1>Story number ${article.index}</h1>`,
    `<p data-pagefind-filter="person">${person}</p><p data-pagefind-filter="year">${article.date.slice(0, 4)}</p>`,
    `<p>Report ${article.index} on the meeting of ${person} with the delegation.</p></article></body></html>`,
  ].join("");
}

/** Writes every article's page into `dir`, in the order given, each folder made as its page is. */
async function writePages(dir: string, articles: typeof ARTICLES): Promise<void> {
  for (const article of articles) {
    const folder = path.join(dir, ...article.path.split("/").filter(Boolean));
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "index.html"), pageOf(article));
  }
}

async function indexSite(dir: string, pagefindProcesses?: number): Promise<void> {
  const pages = {
    rendered: ARTICLES.length,
    inputHashOf: () => undefined,
    whenReadable: async () => {},
    readablePath: (file: string) => path.join(dir, file),
    whenAllRendered: async () => {},
  };
  // Five articles a part: each year (six articles) is cut into half-years of three.
  await indexSiteForSearch(
    // The processes asked for, whatever memory the test runner holds.
    {
      dir,
      articles: ARTICLES,
      language: "en",
      pages,
      partLimit: 5,
      ...(pagefindProcesses ? { pagefindProcesses, articlesIndexedAtOnce: 100 } : {}),
    },
    () => {},
  );
}

/** Every file below `dir`, by relative path, with its bytes. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files = new Map<string, Buffer>();
  for (const entry of names) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file));
  }
  return files;
}

/** Checks that the bundles below two sites hold the same files, byte for byte; returns their names. */
async function expectSameBundle(expectedSite: string, actualSite: string): Promise<string[]> {
  const expected = await filesOf(path.join(expectedSite, "pagefind"));
  const actual = await filesOf(path.join(actualSite, "pagefind"));
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const different = [...expected].filter(([file, bytes]) => !actual.get(file)!.equals(bytes)).map(([file]) => file);
  expect(different).toEqual([]);
  return [...expected.keys()];
}

let work = "";
beforeAll(async () => {
  work = await makeScratchFolder("search-order-");
});
afterAll(async () => rm(work, { recursive: true, force: true }));

describe("the search index", () => {
  it("is the same, byte for byte, whether the pages were written oldest or newest first", async () => {
    const oldestFirst = path.join(work, "oldest-first");
    const newestFirst = path.join(work, "newest-first");
    await writePages(oldestFirst, [...ARTICLES].reverse());
    await writePages(newestFirst, ARTICLES);
    await indexSite(oldestFirst);
    await indexSite(newestFirst);

    const files = await expectSameBundle(oldestFirst, newestFirst);
    // Several parts, each with filters: the files a page order shows in.
    expect(files.filter((file) => file.includes(".pf_filter")).length).toBeGreaterThan(3);
  });

  it("is the same, byte for byte, made on one Pagefind process or on two at once", async () => {
    const one = path.join(work, "one-process");
    const two = path.join(work, "two-processes");
    await writePages(one, ARTICLES);
    await writePages(two, ARTICLES);
    await indexSite(one, 1);
    await indexSite(two, 2);

    const files = await expectSameBundle(one, two);
    // Several parts, so two processes had parts to share.
    expect(files.filter((file) => file.includes("pagefind-entry.json")).length).toBeGreaterThan(3);
  });

  it("fails when a part cannot be made, once every part it started has stopped", async () => {
    const dir = path.join(work, "missing-page");
    await writePages(dir, ARTICLES);
    // The oldest article's page is gone: the first part cannot be indexed.
    const oldest = ARTICLES.at(-1)!;
    await rm(path.join(dir, ...oldest.path.split("/").filter(Boolean)), { recursive: true });
    await expect(indexSite(dir, 2)).rejects.toThrow(/ENOENT/);
  });

  it("is made beside the rendering, a rebuild's few pages and a cold build's thousands alike", async () => {
    const dir = path.join(work, "beside");
    await writePages(dir, ARTICLES);
    // The rendering never ends here: every part must be indexed while it goes on.
    const rendering = new Promise<void>(() => {});
    const indexWith = (rendered: number) =>
      indexSiteForSearch(
        {
          dir,
          articles: ARTICLES,
          language: "en",
          pages: {
            rendered,
            inputHashOf: () => undefined,
            whenReadable: async () => {},
            readablePath: (file: string) => path.join(dir, file),
            whenAllRendered: () => rendering,
          },
        },
        () => {},
      );
    for (const rendered of [40, INDEX_BESIDE_RENDERING_UP_TO + 1]) {
      await indexWith(rendered);
      expect((await readdir(path.join(dir, "pagefind"))).length).toBeGreaterThan(0);
      await rm(path.join(dir, "pagefind"), { recursive: true });
    }
  });
});

describe("articlesIndexedAtOnce", () => {
  it("leaves Pagefind's processes the room this process leaves under the memory target", () => {
    // A cold build of 10,000 articles after its rendering: some 440 MiB here, so two full parts (750 each) at once.
    expect(articlesIndexedAtOnce(440)).toBeGreaterThan(1800);
    expect(articlesIndexedAtOnce(440)).toBeLessThan(1900);
    // A process near the target leaves no room: each part alone.
    expect(articlesIndexedAtOnce(950)).toBeLessThan(100);
    expect(articlesIndexedAtOnce(2000)).toBe(0);
  });
});

describe("roomBesideRendering", () => {
  it("leaves room for the rendering's heap to grow back before its guard collects it", () => {
    // 420 MiB collected: the rendering may reach some 676 MiB, which leaves room for one part of 750 or two small ones.
    expect(roomBesideRendering(420)).toBe(articlesIndexedAtOnce(420 + 256));
    expect(roomBesideRendering(420)).toBeGreaterThan(750);
    expect(roomBesideRendering(420)).toBeLessThan(1100);
    // A process that would reach the target while rendering leaves none: each part alone.
    expect(roomBesideRendering(720)).toBe(0);
  });
});
