/**
 * The A–Z lists of the tag indexes, rendered from a view: letters head a list
 * only when it is long and its letters hold a few names each, so that a topic
 * alone under its letter gets no heading of its own.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_SETTINGS } from "../../src/content/site-settings.ts";
import type { TagIndexEntry, TagIndexView } from "../../src/model/page-views.ts";
import type { TagKind } from "../../src/model/archive-model.ts";
import { render } from "../../templates/tag-index.11ty.ts";
import { countOf } from "./site-checks.ts";

/** One entry per name, filed under its first letter, in the order given. */
function indexOf(kind: TagKind, names: readonly string[]): TagIndexView {
  const tags: TagIndexEntry[] = names.map((name, index) => ({
    kind,
    name,
    description: "",
    path: `/${kind}/${name.toLowerCase().replaceAll(" ", "-")}/`,
    articleCount: names.length - index,
    letter: name.charAt(0).toUpperCase(),
  }));
  return { kind, path: `/${kind}/`, tags, mostCovered: [...tags], indexes: ["people", "events", "topics"] };
}

function rendered(index: TagIndexView): string {
  return render({ site: { ...DEFAULT_SITE_SETTINGS, nav: [] }, page: { url: index.path, outputPath: false }, item: index });
}

/** `count` names under each of `letters`: "Aa 0", "Aa 1", … */
function namesUnder(letters: string, count: number): string[] {
  return [...letters].flatMap((letter) => Array.from({ length: count }, (_, index) => `${letter}a ${index}`));
}

describe("the A–Z list of a tag index", () => {
  it("has no letters when it is short", () => {
    const html = rendered(indexOf("topics", namesUnder("ABCDEF", 2)));
    expect(countOf(html, 'class="group-heading"')).toBe(0);
    expect(countOf(html, 'class="tag-entry"')).toBe(12);
  });

  it("has no letters when most of them would head one or two topics, however long the list", () => {
    // Thirty topics over fourteen letters, as in the synthetic archive: many a letter with one topic.
    const names = [...namesUnder("ACIO", 1), ...namesUnder("DEFHLNPRST", 2), ...namesUnder("A", 6)];
    expect(names).toHaveLength(30);
    const html = rendered(indexOf("topics", names.sort()));
    expect(countOf(html, 'class="group-heading"')).toBe(0);
    expect(html).not.toContain('aria-label="Letters"');
    expect(countOf(html, 'class="tag-entry"')).toBe(30);
  });

  it("is headed by its letters, with a row of them to jump to, when it is long and they hold a few names each", () => {
    const html = rendered(indexOf("organisations", namesUnder("ABCDEFGHIJ", 4)));
    expect(countOf(html, 'class="group-heading"')).toBe(10);
    expect(html).toContain('<h2 id="letter-a" class="group-heading">A</h2>');
    expect(html).toContain('<a href="#letter-j">J</a>');
    expect(countOf(html, 'class="tag-entry"')).toBe(40);
  });

  it("heads the people's folded A–Z with letters one level under its own heading", () => {
    const html = rendered(indexOf("people", namesUnder("ABCDEFGHIJ", 4)));
    expect(html).toContain("All 40 people, A to Z");
    expect(html).toContain('<h3 id="letter-a" class="group-heading">A</h3>');
  });
});
