#!/usr/bin/env node
// The `news-archive` command. The library is TypeScript; tsx compiles it on the
// fly so that the package needs no build step before `npx news-archive …` works.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/program.ts");
process.exitCode = await main(process.argv);
