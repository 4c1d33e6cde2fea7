/**
 * Once per `npm run test:e2e`: check for chromium, build the seed archive and a
 * synthetic archive of a few hundred articles, each at `/` and under `/news/`,
 * serve each with the preview server, and start one browser that every test
 * file connects to.
 */
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { startPreviewServer, type PreviewServer } from "../../src/cli/preview-server.ts";
import { writeSynthArchive } from "../../bench/synth/synth-archive.ts";
import { CHROMIUM_ARGS, requireChromium } from "./support/chromium.ts";
import {
  PATH_PREFIXES,
  buildArchive,
  freePort,
  inBatches,
  listPages,
  type ArchiveName,
  type PathPrefix,
  type ServedSite,
  type ServedSites,
} from "./support/sites.ts";

/** The synthetic archive: a home page of many pages, tag pages that paginate, stories. */
const SYNTH_ARTICLES = 400;

declare module "vitest" {
  export interface ProvidedContext {
    sites: ServedSites;
    browserEndpoint: string;
  }
}

interface ArchiveInputs {
  sources: string;
  taxonomy: string;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = requireChromium();
  const started = Date.now();
  const work = await mkdtemp(path.join(os.tmpdir(), "news-archive-e2e-"));
  const servers: PreviewServer[] = [];
  let browser: BrowserServer | undefined;

  const teardown = async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
    if (!process.env.E2E_KEEP_SITES) await rm(work, { recursive: true, force: true });
  };

  try {
    // The seeds are copied so that nothing the build does can reach content/.
    const seed: ArchiveInputs = { sources: path.join(work, "seed", "sources"), taxonomy: path.join(work, "seed", "taxonomy") };
    await cp("content/sources", seed.sources, { recursive: true });
    await cp("content/taxonomy", seed.taxonomy, { recursive: true });
    const synthDir = path.join(work, "synth");
    await mkdir(synthDir, { recursive: true });
    await writeSynthArchive({ n: SYNTH_ARTICLES, out: synthDir, seed: "news-archive", force: false });
    const synth: ArchiveInputs = { sources: path.join(synthDir, "sources"), taxonomy: path.join(synthDir, "taxonomy") };
    const inputs: Record<ArchiveName, ArchiveInputs> = { seed, synth };

    const plans = (Object.keys(inputs) as ArchiveName[]).flatMap((archive) =>
      PATH_PREFIXES.map((prefix) => ({ archive, prefix, folder: path.join(work, `${archive}-${prefix === "/" ? "root" : "prefixed"}`) })),
    );
    const ports = await Promise.all(plans.map(() => freePort()));
    await inBatches(
      plans.map(
        (plan, index) => () =>
          buildArchive({
            ...inputs[plan.archive],
            entries: path.join(plan.folder, "articles"),
            cache: path.join(plan.folder, "cache"),
            out: path.join(plan.folder, "site"),
            prefix: plan.prefix,
            siteUrl: `http://127.0.0.1:${ports[index]}`,
          }),
      ),
      2,
    );

    const sites = { seed: {}, synth: {} } as Record<ArchiveName, Partial<Record<PathPrefix, ServedSite>>>;
    for (const [index, plan] of plans.entries()) {
      const outDir = path.join(plan.folder, "site");
      const server = await startPreviewServer({ dir: outDir, pathPrefix: plan.prefix, port: ports[index] });
      servers.push(server);
      sites[plan.archive][plan.prefix] = {
        archive: plan.archive,
        prefix: plan.prefix,
        url: server.url,
        outDir,
        pages: await listPages(outDir),
      };
    }

    browser = await chromium.launchServer({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
    project.provide("sites", sites as ServedSites);
    project.provide("browserEndpoint", browser.wsEndpoint());
    process.stdout.write(`e2e: built and served ${plans.length} sites in ${((Date.now() - started) / 1000).toFixed(1)} s (${work})\n`);
  } catch (caught) {
    await teardown();
    throw caught;
  }
  return teardown;
}
