/** Small hand-made entries and taxonomy for tests of the archive model. */
import type { RenderedEntry } from "../../src/model/archive-model.ts";
import { renderMarkdown } from "../../src/build/render-markdown.ts";
import type { Taxonomy } from "../../src/content/taxonomy-schema.ts";

interface EntryInput {
  slug: string;
  date: string;
  title?: string;
  people?: string[];
  events?: string[];
  topics?: string[];
  body?: string;
}

export function entry(input: EntryInput): RenderedEntry {
  const body = input.body ?? `Body of ${input.slug}.`;
  return {
    data: {
      title: input.title ?? `Title ${input.slug}`,
      date: input.date,
      captions: [],
      people: input.people ?? [],
      events: input.events ?? [],
      topics: input.topics ?? [],
      source: `${input.slug}.txt`,
      generatedFrom: "0123456789abcdef",
    },
    body,
    file: `${input.date.slice(0, 4)}/${input.date.slice(5, 7)}/${input.date}-${input.slug}.md`,
    slug: input.slug,
    rendered: renderMarkdown(body),
  };
}

const term = (name: string, slug: string, description = "") => ({ name, slug, description, aliases: [] });

export const taxonomy: Taxonomy = {
  people: [
    { ...term("Tô Lâm", "to-lam", "General Secretary"), shortNames: [] },
    { ...term("Mikhail Mishustin", "mikhail-mishustin"), shortNames: [] },
    { ...term("Phạm Minh Chính", "pham-minh-chinh"), shortNames: [] },
    { ...term("Đặng Minh Khôi", "dang-minh-khoi"), shortNames: [] },
    { ...term("Sergey Lavrov", "sergey-lavrov"), shortNames: [] },
  ],
  events: [
    { ...term("Victory Day parade", "victory-day"), start: "2025-05-09", keywords: [], people: [] },
    { ...term("Mishustin's visit", "mishustin-visit"), start: "2025-01-14", end: "2025-01-15", keywords: [], people: [] },
  ],
  topics: [
    { ...term("Energy", "energy"), keywords: [] },
    { ...term("Diplomacy", "diplomacy"), keywords: [] },
    { ...term("Climate", "climate"), keywords: [] },
  ],
  organisations: [term("Rosatom", "rosatom")],
  places: [term("Hà Nội", "ha-noi")],
};
