#!/usr/bin/env node
// The `news-archive` command. The library is TypeScript; it runs compiled into one
// JavaScript file, made on the first run after any change of the code
// (scripts/compiled-cli.js), so that the package needs no build step before
// `npx news-archive …` works.
import { loadCommandLine } from "./compiled-cli.js";

const { main } = await loadCommandLine();
process.exitCode = await main(process.argv);
