/**
 * Reads `publishers.yaml`, the archive's list of outlets: their names as the
 * mastheads spell them, other spellings, web hosts and the codes they sign
 * with (src/taxonomy/publishers.ts says how ingest uses them). The file is
 * optional: without it ingest uses the list shipped with the package, this same
 * file (built-in-publishers.ts).
 *
 * Every problem is reported at once, each naming the file and the line of the
 * outlet it is about. A bad outlet is left out; the rest of the list still
 * works. A name, alias or code that two outlets share, or a host two claim, is
 * an error: a page naming it could not be told to be either's.
 */
import { isSeq, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { problem, type Problem } from "../content/problems.ts";
import { readYaml } from "../content/read-yaml.ts";
import { publisherKey } from "./publisher-key.ts";
import type { Publisher } from "./publishers.ts";

export const PUBLISHERS_FILE = "publishers.yaml";

const Text = z.string().trim().min(1);

/** `vietnamplus.vn`, `en.kremlin.ru`: lower case, no scheme, no `www.`, no path. */
const Host = z
  .string()
  .trim()
  .regex(
    /^(?!www\.)[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}$/u,
    "a host is written like `vietnamplus.vn`: lower case, without `https://`, `www.` or a path",
  );

export const PublisherSchema = z
  .object({
    /** What entries show: the masthead's name, with its diacritics (`Báo Tin Tức`). */
    name: Text,
    /** Other spellings: without diacritics, in English, old names (`Bao Tin Tuc`, `Tin Tuc News`). */
    aliases: z.array(Text).default([]),
    /** Codes it signs and credits with: `VNS`, `VNA`, `TTXVN`, `VOVWORLD`. */
    codes: z.array(Text).default([]),
    /** Web hosts; their subdomains (`en.`, `e.`) match too. */
    hosts: z.array(Host).default([]),
    /** A news agency whose copy other sites carry: there it is the entry's `agency`. */
    wire: z.boolean().optional(),
    /** A site that republishes other outlets' articles: the publisher only when nothing names the original. */
    aggregator: z.boolean().optional(),
    /** A note for editors; not read by ingest. */
    description: z.string().optional(),
  })
  .strict();

export interface LoadedPublishers {
  publishers: Publisher[];
  problems: Problem[];
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}

/** The 1-based line each item of the top-level list starts on. */
function itemLines(text: string): number[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (!isSeq(document.contents)) return [];
  return document.contents.items.map((item) => lineCounter.linePos(item?.range?.[0] ?? 0).line);
}

/**
 * Parses the text of `publishers.yaml`; `file` names it in problems. An empty
 * file is an error (a list emptied by accident would lose every outlet); `[]`
 * says "no outlets" on purpose.
 */
export function parsePublishers(text: string, file: string): LoadedPublishers {
  const problems: Problem[] = [];
  const source = text.replace(/^\uFEFF/, "");
  const read = readYaml(source);
  if (!read.ok) {
    for (const message of read.messages) problems.push(problem("taxonomy-invalid-yaml", file, message));
    return { publishers: [], problems };
  }
  if (read.value === null || read.value === undefined) {
    problems.push(problem("taxonomy-empty", file, "is empty: write `[]` to know no outlets, or delete the file to use the built-in list"));
    return { publishers: [], problems };
  }
  if (!Array.isArray(read.value)) {
    problems.push(problem("taxonomy-not-a-list", file, "must be a YAML list of outlets (each item starting with `- name:`)"));
    return { publishers: [], problems };
  }
  // Line numbers take a second, slower parse: made only when a problem needs them.
  let lines: number[] | undefined;
  const lineAt = (index: number): number => {
    lines ??= itemLines(source);
    return lines[index] ?? index + 1;
  };
  const publishers: Publisher[] = [];
  const indexOf = new Map<Publisher, number>();
  read.value.forEach((raw, index) => {
    const result = PublisherSchema.safeParse(raw);
    if (!result.success) {
      const name = raw !== null && typeof raw === "object" ? (raw as { name?: unknown }).name : undefined;
      const label = typeof name === "string" && name.trim() ? `"${name.trim()}"` : `outlet ${index + 1}`;
      problems.push(problem("taxonomy-invalid-term", file, `line ${lineAt(index)}: ${label}: ${describeIssues(result.error.issues)}`));
      return;
    }
    const { name, aliases, codes, hosts, wire, aggregator } = result.data;
    const publisher: Publisher = {
      name: name.normalize("NFC"),
      aliases: aliases.map((alias) => alias.normalize("NFC")),
      codes: codes.map((code) => code.normalize("NFC")),
      hosts,
      ...(wire ? { wire } : {}),
      ...(aggregator ? { aggregator } : {}),
    };
    publishers.push(publisher);
    indexOf.set(publisher, index);
  });
  reportShared(publishers, (publisher) => lineAt(indexOf.get(publisher) ?? 0), file, problems);
  return { publishers, problems };
}

/** A name, alias or code two outlets share, or a host two claim: an error naming both lines. */
function reportShared(publishers: readonly Publisher[], lineOf: (publisher: Publisher) => number, file: string, problems: Problem[]): void {
  const names = new Map<string, Publisher>();
  const hosts = new Map<string, Publisher>();
  const claim = (owners: Map<string, Publisher>, key: string, spelling: string, publisher: Publisher): void => {
    if (key === "") return;
    const first = owners.get(key);
    if (first === undefined) owners.set(key, publisher);
    else if (first !== publisher) {
      problems.push(
        problem(
          "taxonomy-shared-alias",
          file,
          `line ${lineOf(publisher)}: "${publisher.name}": "${spelling}" also names "${first.name}" (line ${lineOf(first)}); a name, alias, code or host may belong to one outlet only`,
        ),
      );
    }
  };
  for (const publisher of publishers) {
    for (const spelling of [publisher.name, ...publisher.aliases, ...publisher.codes])
      claim(names, publisherKey(spelling), spelling, publisher);
    for (const host of publisher.hosts) claim(hosts, host, host, publisher);
  }
}
