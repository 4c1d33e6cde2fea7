/**
 * `npm run score:corpus [-- --set dev|held-out|blind-vnru|all]`: runs ingest on the corpus of
 * real news pages (tests/ingest/corpus/) and prints how its entries compare with
 * the answer keys, page by page and in total.
 */
import { CORPUS_SETS, formatScore, scoreCorpus, type CorpusSet } from "../tests/ingest/corpus/score-corpus.ts";

function parseSet(args: readonly string[]): CorpusSet {
  const at = args.findIndex((arg) => arg === "--set" || arg.startsWith("--set="));
  if (at === -1) return "dev";
  const value = args[at]!.includes("=") ? args[at]!.split("=")[1] : args[at + 1];
  if (!CORPUS_SETS.includes(value as CorpusSet)) {
    console.error(`usage: score-corpus [--set ${CORPUS_SETS.join("|")}]`);
    process.exit(2);
  }
  return value as CorpusSet;
}

const set = parseSet(process.argv.slice(2));
console.log(formatScore(await scoreCorpus(set)));
