import { mkdir, mkdtemp, rm, unlink, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRenderedEntries } from "../../src/build/load-rendered-entries.ts";
import { createMarkdownRenderer } from "../../src/build/render-markdown.ts";

const entryText = (title: string, body: string) => `---
title: ${title}
date: 2025-01-14
captions: []
people: []
events: []
topics: []
source: ${title.toLowerCase().replace(/ /g, "-")}.txt
generatedFrom: 0123456789abcdef
---

${body}
`;

let work = "";
let entries = "";
let cache = "";
const file = (name: string) => path.join(entries, "2025", "01", name);

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "rendered-entries-"));
  entries = path.join(work, "entries");
  cache = path.join(work, "cache");
  await mkdir(path.join(entries, "2025", "01"), { recursive: true });
  await writeFile(file("2025-01-14-one.md"), entryText("One", "The *first* body."));
  await writeFile(file("2025-01-14-two.md"), entryText("Two", "The second body."));
});

afterAll(async () => rm(work, { recursive: true, force: true }));

describe("loadRenderedEntries", () => {
  it("reads, validates and renders every entry the first time", async () => {
    const renderer = await createMarkdownRenderer(cache);
    const loaded = await loadRenderedEntries(entries, renderer, cache);
    expect(loaded.problems).toEqual([]);
    expect(loaded.entries.map((entry) => entry.slug)).toEqual(["one", "two"]);
    expect(loaded.entries[0]!.rendered.html.value).toBe("<p>The <em>first</em> body.</p>");
    expect(renderer.renderedCount).toBe(2);
  });

  it("renders the bodies on worker threads when there are many, to the same HTML and excerpts", async () => {
    const threaded = path.join(work, "threaded");
    await mkdir(path.join(threaded, "entries", "2025", "01"), { recursive: true });
    const bodies = ["The *first* body.", "A [link](https://example.com/) and <script>alert(1)</script> text.", "## A heading\n\nText."];
    for (const [index, body] of bodies.entries()) {
      await writeFile(path.join(threaded, "entries", "2025", "01", `2025-01-14-b${index}.md`), entryText(`B${index}`, body));
    }
    const here = await loadRenderedEntries(path.join(threaded, "entries"), await createMarkdownRenderer(), undefined);
    const renderer = await createMarkdownRenderer(path.join(threaded, "cache"));
    const onThreads = await loadRenderedEntries(path.join(threaded, "entries"), renderer, path.join(threaded, "cache"), 1);
    expect(renderer.renderedCount).toBe(3);
    const view = (loaded: typeof here) => loaded.entries.map((entry) => [entry.rendered.html.value, entry.rendered.excerpt]);
    expect(view(onThreads)).toEqual(view(here));
    expect(view(onThreads)[1]![0]).not.toContain("<script");
  });

  it("takes unchanged entries from the cache, with their bodies read only when asked for", async () => {
    const renderer = await createMarkdownRenderer(cache);
    const loaded = await loadRenderedEntries(entries, renderer, cache);
    expect(loaded.entries.map((entry) => [entry.slug, entry.data.title, entry.rendered.excerpt])).toEqual([
      ["one", "One", "The first body."],
      ["two", "Two", "The second body."],
    ]);
    expect(loaded.entries[0]!.body).toBeUndefined();
    expect(renderer.renderedCount).toBe(0);
    expect(loaded.entries[0]!.rendered.html.value).toBe("<p>The <em>first</em> body.</p>");
    expect(renderer.renderedCount).toBe(0);
  });

  it("reads an entry again when its file changed, and forgets a removed one", async () => {
    await writeFile(file("2025-01-14-two.md"), entryText("Two", "An edited body."));
    // Same size would not tell; the time does.
    await utimes(file("2025-01-14-two.md"), new Date(), new Date(Date.now() + 5000));
    await unlink(file("2025-01-14-one.md"));
    const renderer = await createMarkdownRenderer(cache);
    const loaded = await loadRenderedEntries(entries, renderer, cache);
    expect(loaded.entries.map((entry) => entry.rendered.excerpt)).toEqual(["An edited body."]);
    expect(renderer.renderedCount).toBe(1);
  });

  it("renders a cached entry again from its file when the Markdown cache is gone", async () => {
    await rm(path.join(cache, "markdown"), { recursive: true, force: true });
    const renderer = await createMarkdownRenderer(cache);
    const loaded = await loadRenderedEntries(entries, renderer, cache);
    expect(loaded.entries[0]!.rendered.html.value).toBe("<p>An edited body.</p>");
    expect(renderer.renderedCount).toBe(1);
  });

  it("reports an entry that fails the schema, naming its file", async () => {
    await writeFile(file("2025-01-14-bad.md"), entryText("Bad", "Body.").replace("date: 2025-01-14", 'date: "2025-02-31"'));
    const loaded = await loadRenderedEntries(entries, await createMarkdownRenderer(cache), cache);
    expect(loaded.problems).toMatchObject([{ severity: "error", file: file("2025-01-14-bad.md") }]);
    expect(loaded.entries.map((entry) => entry.slug)).toEqual(["two"]);
  });
});
