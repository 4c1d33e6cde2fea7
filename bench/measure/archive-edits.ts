/**
 * The edits the rebuild scenarios make, as an editor would make them: a line
 * added to an entry's front matter, a title changed, an alias appended to a
 * person in `people.yaml`. Pure text in, text out; the bench writes the files.
 */
import YAML from "yaml";

/** The front matter's lines and where they end (the index of the closing `---`). */
function frontMatterLines(entryText: string): { lines: string[]; end: number } {
  const lines = entryText.split("\n");
  const end = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  if (end < 0) throw new Error("the entry has no front matter between --- lines");
  return { lines, end };
}

/**
 * The entry with `slug` added at the end of its `people:` list, one line, as an
 * editor tags an article with a person the tagger missed.
 */
export function withPersonTagged(entryText: string, slug: string): string {
  const { lines, end } = frontMatterLines(entryText);
  const start = lines.findIndex((line, index) => index < end && line === "people:");
  if (start < 0) throw new Error("the entry has no people: list");
  let after = start + 1;
  while (after < end && lines[after]!.startsWith("  - ")) after += 1;
  if (lines.slice(start + 1, after).includes(`  - ${slug}`)) throw new Error(`the entry already lists ${slug}`);
  return [...lines.slice(0, after), `  - ${slug}`, ...lines.slice(after)].join("\n");
}

/** The people an entry lists, read off its front matter the way `withPersonTagged` writes them. */
export function peopleOfEntry(entryText: string): string[] {
  const { lines, end } = frontMatterLines(entryText);
  const start = lines.findIndex((line, index) => index < end && line === "people:");
  if (start < 0) return [];
  const people: string[] = [];
  for (let index = start + 1; index < end && lines[index]!.startsWith("  - "); index += 1) people.push(lines[index]!.slice(4));
  return people;
}

/** The entry with its title replaced (a correction by hand); the title is written as a quoted YAML string. */
export function withTitle(entryText: string, title: string): string {
  const { lines, end } = frontMatterLines(entryText);
  const at = lines.findIndex((line, index) => index < end && line.startsWith("title:"));
  if (at < 0) throw new Error("the entry has no title: line");
  lines[at] = `title: ${JSON.stringify(title)}`;
  return lines.join("\n");
}

/**
 * `people.yaml` with `alias` appended to the aliases of the person `slug`. The
 * file is edited as a YAML document, so its comments and layout stay and the
 * change is the one added line (or an `aliases:` list where there was none).
 */
export function withAlias(peopleYaml: string, slug: string, alias: string): string {
  // As a plain Document: its nodes may then be given new (unparsed) items.
  const document: YAML.Document = YAML.parseDocument(peopleYaml);
  const people = document.contents;
  if (!YAML.isSeq(people)) throw new Error("people.yaml is not a list");
  const person = people.items.find((item) => YAML.isMap(item) && item.get("slug") === slug);
  if (!YAML.isMap(person)) throw new Error(`people.yaml has no person ${slug}`);
  const aliases = person.get("aliases");
  if (YAML.isSeq(aliases)) {
    if (aliases.items.some((item) => YAML.isScalar(item) && item.value === alias))
      throw new Error(`${slug} already has the alias ${alias}`);
    aliases.add(document.createNode(alias));
  } else {
    person.set("aliases", document.createNode([alias]));
  }
  return document.toString({ lineWidth: 0 });
}

/** What synth's manifest says of a source: who it tags, and the full names it prints of people the taxonomy lacks. */
export interface SourceNames {
  people: readonly string[];
  unknownNames: readonly string[];
}

export interface AliasPick {
  name: string;
  /** Sources that name it. */
  sources: number;
}

/**
 * The name outside the taxonomy that the share `share` of the sources (1 %)
 * comes closest to printing: added as an alias, it tags those articles with a
 * person they did not carry, so the rebuild really re-tags about that many
 * entries. Ties go to the more frequent name, then the first alphabetically,
 * so the pick is stable.
 */
export function pickAlias(sources: readonly SourceNames[], share = 0.01): AliasPick {
  const counts = new Map<string, number>();
  for (const source of sources) {
    for (const name of new Set(source.unknownNames)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const target = share * sources.length;
  const ranked = [...counts].sort(
    ([nameA, a], [nameB, b]) => Math.abs(a - target) - Math.abs(b - target) || b - a || nameA.localeCompare(nameB),
  );
  const best = ranked[0];
  if (!best) throw new Error("no source names anyone the taxonomy lacks: nothing to add as an alias");
  return { name: best[0], sources: best[1] };
}

/**
 * The person to give the alias: the first in the taxonomy's order (synth writes
 * the most written-about first, so its tag pages are among the largest) whom
 * none of the sources naming the alias already carries, so that every one of
 * them gains a tag.
 */
export function personForAlias(peopleSlugs: readonly string[], sources: readonly SourceNames[], alias: string): string {
  const carried = new Set(sources.filter((source) => source.unknownNames.includes(alias)).flatMap((source) => source.people));
  const slug = peopleSlugs.find((candidate) => !carried.has(candidate));
  if (slug === undefined) throw new Error(`every person is already tagged in the sources naming ${alias}`);
  return slug;
}

/**
 * An entry's text without its `generatedFrom:` stamp. The stamp holds the
 * taxonomy's hash, so every entry's stamp changes with any taxonomy edit;
 * what an alias really changed is the rest.
 */
export function withoutStamp(entryText: string): string {
  return entryText.replace(/^generatedFrom: .*\n/m, "");
}

/** Entries (by path) that differ between two readings of a folder, added and removed ones included. */
export function changedEntries(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}
