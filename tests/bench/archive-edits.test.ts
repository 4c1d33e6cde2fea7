import { describe, expect, it } from "vitest";
import YAML from "yaml";
import {
  changedEntries,
  peopleOfEntry,
  personForAlias,
  pickAlias,
  withAlias,
  withoutStamp,
  withPersonTagged,
  withTitle,
} from "../../bench/measure/archive-edits.ts";

const ENTRY = `---
title: Prime Minister meets Russian delegation
date: 2021-03-04
people:
  - pham-minh-chinh
  - mikhail-mishustin
events:
  - mishustin-visit
topics:
  - diplomacy
source: 00042_0123456789abcdef.txt
generatedFrom: fc5f092dc701cb47-dd81174e
---

The Prime Minister met the delegation.
`;

describe("withPersonTagged", () => {
  it("adds one line at the end of the people list and nothing else", () => {
    const edited = withPersonTagged(ENTRY, "to-lam");
    expect(peopleOfEntry(edited)).toEqual(["pham-minh-chinh", "mikhail-mishustin", "to-lam"]);
    expect(edited.split("\n").length).toBe(ENTRY.split("\n").length + 1);
    expect(edited.replace("  - to-lam\n", "")).toBe(ENTRY);
  });

  it("refuses a person the entry already lists, or an entry without people", () => {
    expect(() => withPersonTagged(ENTRY, "pham-minh-chinh")).toThrow(/already lists/);
    expect(() => withPersonTagged(ENTRY.replace(/people:\n( {2}- .*\n)+/, ""), "to-lam")).toThrow(/no people/);
  });

  it("does not take a people: line of the body for the front matter's", () => {
    expect(() => withPersonTagged("---\ntitle: x\n---\npeople:\n  - a\n", "b")).toThrow(/no people/);
  });
});

describe("withTitle", () => {
  it("replaces the title with a quoted YAML string that reads back as written", () => {
    const title = `Talks: "new momentum" for trade [edit 1]`;
    const edited = withTitle(ENTRY, title);
    expect(edited).toContain(`title: ${JSON.stringify(title)}\n`);
    expect((YAML.parse(edited.split("---")[1]!) as { title: string }).title).toBe(title);
  });
});

const PEOPLE = `# A comment an editor keeps.
- name: Phạm Minh Chính
  slug: pham-minh-chinh
  aliases:
    - Pham Minh Chinh
  shortNames:
    - Chính
- name: Tô Lâm
  slug: to-lam
`;

describe("withAlias", () => {
  it("appends the alias to the person's list, one line, comments kept", () => {
    const edited = withAlias(PEOPLE, "pham-minh-chinh", "Andrei Dmitriev");
    expect(edited).toBe(PEOPLE.replace("    - Pham Minh Chinh\n", "    - Pham Minh Chinh\n    - Andrei Dmitriev\n"));
  });

  it("starts an aliases list for a person without one", () => {
    const edited = YAML.parse(withAlias(PEOPLE, "to-lam", "Comrade Lam")) as Array<{ slug: string; aliases?: string[] }>;
    expect(edited.find((person) => person.slug === "to-lam")?.aliases).toEqual(["Comrade Lam"]);
  });

  it("refuses an unknown person or an alias the person has", () => {
    expect(() => withAlias(PEOPLE, "nobody", "X")).toThrow(/no person nobody/);
    expect(() => withAlias(PEOPLE, "pham-minh-chinh", "Pham Minh Chinh")).toThrow(/already has/);
  });
});

describe("pickAlias and personForAlias", () => {
  const source = (unknownNames: string[], people: string[] = ["a"]) => ({ unknownNames, people });
  // 200 sources: 1 % is 2.
  const sources = [
    source(["Ivan Petrov"], ["a", "b"]),
    source(["Ivan Petrov"], ["a", "c"]),
    source(["Ivan Petrov"]),
    source(["Anna Sokolova"]),
    source(["Anna Sokolova", "Anna Sokolova"], ["b"]),
    source(["Le Van Ba"]),
    ...Array.from({ length: 194 }, () => source([])),
  ];

  it("takes the name printed in the number of sources closest to 1 %, each source counted once", () => {
    expect(pickAlias(sources)).toEqual({ name: "Anna Sokolova", sources: 2 });
    expect(pickAlias(sources, 0.015)).toEqual({ name: "Ivan Petrov", sources: 3 });
  });

  it("breaks ties by the more frequent name, then alphabetically", () => {
    expect(pickAlias([source(["B"]), source(["A"]), source([]), source([])], 0.25)).toEqual({ name: "A", sources: 1 });
  });

  it("refuses when no source names anyone outside the taxonomy", () => {
    expect(() => pickAlias([source([])])).toThrow(/nothing to add/);
  });

  it("gives it to the first person in the taxonomy that none of its sources carries", () => {
    expect(personForAlias(["a", "b", "c", "d"], sources, "Ivan Petrov")).toBe("d");
    expect(personForAlias(["a", "b", "c", "d"], sources, "Anna Sokolova")).toBe("c");
  });
});

describe("withoutStamp and changedEntries", () => {
  it("ignores the stamp, which every taxonomy edit changes, and counts the entries that really changed", () => {
    const restamped = ENTRY.replace("dd81174e", "00000000");
    const retagged = withPersonTagged(restamped, "to-lam");
    const before = new Map([
      ["a.md", ENTRY],
      ["b.md", ENTRY],
      ["gone.md", ENTRY],
    ]);
    const after = new Map([
      ["a.md", restamped],
      ["b.md", retagged],
      ["new.md", ENTRY],
    ]);
    const strip = (texts: Map<string, string>) => new Map([...texts].map(([file, text]) => [file, withoutStamp(text)]));
    expect(changedEntries(strip(before), strip(after))).toEqual(["b.md", "gone.md", "new.md"]);
  });
});
