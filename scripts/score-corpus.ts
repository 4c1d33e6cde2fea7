/**
 * `npm run score:corpus [-- --set dev|held-out|blind-vnru|blind-vnru-N|all] [--with-address]`: runs ingest
 * on the corpus of real news pages (tests/ingest/corpus/) and prints how its
 * entries compare with the answer keys, page by page and in total. By default
 * ingest reads the page text alone; `--with-address` gives each page its key's
 * address as the editor's ` url` marker line (what `add --url` writes).
 */
import { CORPUS_SETS, formatScore, scoreCorpus, type CorpusSet } from "../tests/ingest/corpus/score-corpus.ts";

function parseSet(args: readonly string[]): CorpusSet {
  const at = args.findIndex((arg) => arg === "--set" || arg.startsWith("--set="));
  if (at === -1) return "dev";
  const value = args[at]!.includes("=") ? args[at]!.split("=")[1] : args[at + 1];
  if (!CORPUS_SETS.includes(value as CorpusSet)) {
    console.error(`usage: score-corpus [--set ${CORPUS_SETS.join("|")}] [--with-address]`);
    process.exit(2);
  }
  return value as CorpusSet;
}

const args = process.argv.slice(2);
const set = parseSet(args);
const withAddress = args.includes("--with-address");
const score = await scoreCorpus(set, undefined, { withAddress });
console.log(`${withAddress ? "page text and the key's address (` url` marker)" : "page text alone"}\n${formatScore(score)}`);
