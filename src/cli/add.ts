/** `news-archive add FILE…`: the command around `addSources`. */
import { relative } from "node:path";
import { addSources, describeEntry, type IncomingSource, readIncoming, type TagNames } from "../ingest/add-sources.ts";
import { formatIngestSummary } from "../ingest/run-ingest.ts";
import { formatProblem, hasErrors } from "../content/problems.ts";
import { loadTaxonomy } from "../taxonomy/load-taxonomy.ts";
import { EXIT, type PathOptions } from "./options.ts";

async function readStandardInput(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface AddCommandOptions extends PathOptions {
  /** `YYYY-MM-DD` (checked by the command line): written as each copy's ` date` marker line. */
  date?: string;
  /** An http or https address (checked by the command line): written as each copy's ` url` marker line. */
  url?: string;
}

export async function runAdd(
  files: string[],
  options: AddCommandOptions,
  log: (line: string) => void,
  warn: (line: string) => void = log,
): Promise<number> {
  let incoming: IncomingSource[];
  try {
    incoming = await readIncoming(files, readStandardInput);
  } catch (caught) {
    warn(`error: ${(caught as Error).message}`);
    return EXIT.contentProblems;
  }
  const markers = {
    ...(options.date === undefined ? {} : { date: options.date }),
    ...(options.url === undefined ? {} : { url: options.url }),
  };
  const result = await addSources(incoming, options, log, markers);
  const { taxonomy } = await loadTaxonomy(options.taxonomy);
  const names: TagNames = {
    people: new Map(taxonomy.people.map((term) => [term.slug, term.name])),
    events: new Map(taxonomy.events.map((term) => [term.slug, term.name])),
    topics: new Map(taxonomy.topics.map((term) => [term.slug, term.name])),
  };
  for (const outcome of result.outcomes) {
    if (outcome.status !== "added") continue;
    const found = [...result.ingest.entries].find(([, data]) => data.source === outcome.name);
    if (!found) continue;
    const [path, data] = found;
    log("");
    log(describeEntry(relative(".", `${options.entries}/${path}`), data, result.ingest.unknownNames.get(outcome.name) ?? [], names));
  }
  log("");
  for (const problem of result.problems) warn(formatProblem(problem));
  const added = result.outcomes.filter((outcome) => outcome.status === "added").length;
  const duplicates = result.outcomes.filter((outcome) => outcome.status === "duplicate").length;
  const refused = result.outcomes.filter((outcome) => outcome.status === "refused").length;
  log(`${added} added, ${duplicates} duplicates, ${refused} refused. ${formatIngestSummary(result.ingest)}`);
  return hasErrors(result.problems) ? EXIT.contentProblems : EXIT.ok;
}
