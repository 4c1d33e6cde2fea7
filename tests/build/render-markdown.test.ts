import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createMarkdownRenderer, renderKeyOf, renderMarkdown } from "../../src/build/render-markdown.ts";
import { bodyHashOf } from "../../src/content/entries.ts";

const htmlOf = (markdown: string): string => renderMarkdown(markdown).html.value;

describe("renderMarkdown sanitises", () => {
  it("drops raw HTML script elements", () => {
    const out = htmlOf("Before\n\n<script>alert(1)</script>\n\nAfter <script>alert(2)</script> text");
    expect(out).not.toMatch(/<script/i);
    expect(out).toContain("<p>Before</p>");
    expect(out).toContain("After");
  });

  it("drops raw elements with event handler attributes", () => {
    const out = htmlOf('Hello <img src="x" onerror="alert(1)"> and <b onclick="alert(2)">bold</b>');
    expect(out).not.toMatch(/onerror|onclick|<img/i);
  });

  it("removes javascript: links but keeps ordinary ones", () => {
    const out = htmlOf("[evil](javascript:alert(1)) and [good](https://example.org/a)");
    expect(out).not.toMatch(/javascript:/i);
    expect(out).toContain('<a href="https://example.org/a">good</a>');
  });

  it("leaves template syntax as the article's words", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the article's own words, which must stay text
    const out = htmlOf("Price {{ 7*7 }} and {% raw %}x{% endraw %} and ${1+1}");
    expect(out).toContain("{{ 7*7 }}");
    expect(out).toContain("{% raw %}x{% endraw %}");
    expect(out).not.toContain("49");
  });

  it("starts body headings at h2 so that the title stays the only h1", () => {
    const out = htmlOf("# Top\n\ntext\n\n### Deeper\n\nmore");
    expect(out).toContain("<h2>Top</h2>");
    expect(out).toContain("<h4>Deeper</h4>");
    expect(out).not.toContain("<h1>");
  });

  it("shows an image's alt text instead of loading it from another host", () => {
    const out = htmlOf("See ![a map of Hà Nội](https://other.example/map.png) here");
    expect(out).toBe("<p>See a map of Hà Nội here</p>");
  });
});

describe("excerpts", () => {
  it("is the plain text of the opening, whole when short", () => {
    expect(renderMarkdown("Short *first* paragraph.\n\nSecond.").excerpt).toBe("Short first paragraph. Second.");
  });

  it("is cut at a word boundary with an ellipsis when long", () => {
    const words = Array.from({ length: 80 }, (_, index) => `word${index}`).join(" ");
    const { excerpt } = renderMarkdown(words);
    expect(excerpt.length).toBeLessThanOrEqual(221);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(words.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(excerpt.slice(0, -1)).toMatch(/word\d+$/);
  });
});

describe("createMarkdownRenderer", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("renders each body once, keeps its excerpt in the index and its HTML on disk, and a new run reuses them", async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), "markdown-cache-"));
    dirs.push(cacheDir);
    const body = (markdown: string) => ({ bodyHash: bodyHashOf(markdown), bodyCharacters: markdown.length, markdown: () => markdown });
    const first = await createMarkdownRenderer(cacheDir);
    await first.add(body("Alpha paragraph."));
    await first.add(body("Beta paragraph."));
    const a = first.rendered(body("Alpha paragraph."));
    expect(first.renderedCount).toBe(2);
    await first.save();
    expect((await readdir(path.join(cacheDir, "markdown"))).sort()).toEqual(
      [`${renderKeyOf(bodyHashOf("Alpha paragraph."))}.html`, `${renderKeyOf(bodyHashOf("Beta paragraph."))}.html`, "bodies.json"].sort(),
    );

    const second = await createMarkdownRenderer(cacheDir);
    expect(second.has(bodyHashOf("Alpha paragraph."))).toBe(true);
    let reads = 0;
    const again = second.rendered({
      ...body("Alpha paragraph."),
      markdown: () => {
        reads += 1;
        return "Alpha paragraph.";
      },
    });
    expect(again.excerpt).toBe("Alpha paragraph.");
    expect(again.html.value).toBe(a.html.value);
    expect(second.renderedCount).toBe(0);
    expect(reads).toBe(0);
    expect(second.has(bodyHashOf("Alpha paragraph, edited."))).toBe(false);
  });
});
