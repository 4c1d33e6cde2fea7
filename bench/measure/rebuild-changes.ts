/**
 * The changes the rebuild scenarios (and `serve-reload`) make to a built
 * archive, worked out once per archive size from the built entries and synth's
 * world and manifest, then applied to the arena before each timed rebuild.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";
import { dateOfEntryPath, parseEntryFile, slugOfEntryPath } from "../../src/content/entry-file.ts";
import type { ManifestSource } from "../synth/synth-archive.ts";
import type { SynthWorld } from "../synth/world.ts";
import { datesToAdd, firstIndexWithDateLine, sourceDatedOn, type DatedSource } from "./added-source.ts";
import { peopleOfEntry, personForAlias, pickAlias, withAlias, withPersonTagged, withTitle } from "./archive-edits.ts";
import type { AliasChange } from "./bench-report.ts";
import type { ArchiveFolders } from "./archive-builds.ts";
import { replaceFile } from "./folder-state.ts";
import { ADD_SCENARIOS, type AddScenario, type RebuildScenario } from "./scenarios.ts";

export interface ChangeKit {
  /** Per add scenario, the source it adds. */
  added: Record<AddScenario, DatedSource>;
  /** The entry `edit-tags` and `serve-reload` edit (relative path): the middle one by date. */
  entry: string;
  /** The person `edit-tags` adds to it: the first in the taxonomy that it does not list. */
  person: string;
  alias: AliasChange;
}

/** Entry files below `entriesDir`, relative with `/`, sorted (which sorts them by date). */
export async function entryPaths(entriesDir: string): Promise<string[]> {
  return (await readdir(entriesDir, { recursive: true }))
    .map((name) => name.split(path.sep).join("/"))
    .filter((name) => name.endsWith(".md"))
    .sort();
}

/** The slugs of `people.yaml`, in the file's order. */
async function peopleSlugs(taxonomyDir: string): Promise<string[]> {
  const people = YAML.parse(await readFile(path.join(taxonomyDir, "people.yaml"), "utf8")) as Array<{ slug: string }>;
  return people.map((person) => person.slug);
}

export async function prepareChanges(
  folders: ArchiveFolders,
  synth: { world: SynthWorld; seed: string; sources: readonly ManifestSource[] },
): Promise<ChangeKit> {
  const entries = await entryPaths(folders.entries);
  const dates = datesToAdd(entries.map(dateOfEntryPath));
  // The article after the archive's last, new to it; the same one for all three, so only its date differs.
  const index = firstIndexWithDateLine(synth.world, synth.seed, synth.sources.length);
  const added = Object.fromEntries(
    ADD_SCENARIOS.map((scenario) => [scenario, sourceDatedOn(synth.world, synth.seed, index, dates[scenario])]),
  ) as Record<AddScenario, DatedSource>;

  const entry = entries[Math.floor(entries.length / 2)];
  if (entry === undefined) throw new Error(`${folders.entries} holds no entries`);
  const slugs = await peopleSlugs(folders.taxonomy);
  const listed = new Set(peopleOfEntry(await readFile(path.join(folders.entries, entry), "utf8")));
  const person = slugs.find((slug) => !listed.has(slug));
  if (person === undefined) throw new Error(`${entry} already lists every person`);

  const pick = pickAlias(synth.sources);
  const alias = { alias: pick.name, person: personForAlias(slugs, synth.sources, pick.name), sources: pick.sources };
  return { added, entry, person, alias };
}

/** Makes the change of `scenario` in the arena, as an editor would. */
export async function applyChange(scenario: RebuildScenario, kit: ChangeKit, arena: ArchiveFolders, staging: string): Promise<void> {
  if (scenario === "edit-tags") {
    const file = path.join(arena.entries, kit.entry);
    await replaceFile(file, withPersonTagged(await readFile(file, "utf8"), kit.person), staging);
  } else if (scenario === "add-alias") {
    const file = path.join(arena.taxonomy, "people.yaml");
    await replaceFile(file, withAlias(await readFile(file, "utf8"), kit.alias.person, kit.alias.alias), staging);
  } else {
    const source = kit.added[scenario];
    await writeFile(path.join(arena.sources, source.fileName), source.text);
  }
}

/**
 * What `serve-reload` saves: the middle entry with its title changed (run `run`
 * of the bench, so each run's edit is new), the page that shows it, and the
 * text the page then holds.
 */
export async function titleEdit(
  kit: ChangeKit,
  arena: ArchiveFolders,
  run: number,
): Promise<{ file: string; text: string; page: string; expect: string }> {
  const file = path.join(arena.entries, kit.entry);
  const text = await readFile(file, "utf8");
  const parsed = parseEntryFile(text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  const mark = `[edit ${run}]`;
  const date = dateOfEntryPath(kit.entry);
  return {
    file,
    text: withTitle(text, `${parsed.entry.data.title} ${mark}`),
    page: `${date.slice(0, 4)}/${date.slice(5, 7)}/${slugOfEntryPath(kit.entry)}/`,
    expect: mark,
  };
}

/** After an add: undefined when ingest wrote the added source's entry on the wanted date, else what went wrong. */
export async function addedEntryProblem(entriesDir: string, source: DatedSource): Promise<string | undefined> {
  const month = path.join(entriesDir, source.date.slice(0, 4), source.date.slice(5, 7));
  const names = (await readdir(month).catch(() => [] as string[])).filter((name) => name.startsWith(`${source.date}-`));
  for (const name of names) {
    if ((await readFile(path.join(month, name), "utf8")).includes(`\nsource: ${source.fileName}\n`)) return undefined;
  }
  return `no entry dated ${source.date} for the added source ${source.fileName}`;
}
