/**
 * `npm run score:corpus [-- --set dev|held-out|blind-vnru|blind-vnru-2|blind-vnru-3|blind-vnru-4|blind-vnru-5|blind-vnru-6|blind-vnru-7|blind-vnru-8|blind-vnru-9|blind-vnru-10|blind-vnru-11|blind-vnru-12|blind-vnru-13|blind-vnru-14|blind-vnru-15|blind-vnru-16|blind-vnru-17|blind-vnru-18|blind-vnru-19|blind-vnru-20|blind-vnru-21|blind-vnru-22|blind-vnru-23|blind-vnru-24|blind-vnru-25|blind-vnru-26|blind-vnru-27|blind-vnru-28|blind-vnru-29|blind-vnru-30|blind-vnru-31|blind-vnru-32|blind-vnru-33|blind-vnru-34|blind-vnru-35|blind-vnru-37|all] [--with-address]`: runs ingest
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
