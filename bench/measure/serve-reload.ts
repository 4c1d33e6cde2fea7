/**
 * `serve`'s time from saving an entry to the reloaded page: what an editor waits
 * for with the preview open. `news-archive serve --port 0` is started on a built
 * archive; once it prints its address, the bench listens to the live-reload
 * event stream as an open page does, saves the edited entry, and takes the time
 * of the `reload` event after which the page shows the edit (fetched to check).
 * Serve runs in a process group of its own, stopped as a whole afterwards.
 */
import { spawn } from "node:child_process";
import http from "node:http";
import { EventStreamParser, servingUrl } from "./event-stream.ts";
import { samplePeakTreeRss } from "./process-tree-memory.ts";

export interface ServeReloadOptions {
  /** `node` and the arguments of `news-archive serve …`. */
  command: string;
  args: readonly string[];
  cwd: string;
  /** Saves the edit (called once serve listens and the event stream is open). */
  save: () => Promise<void>;
  /** The page that shows the edit, relative to serve's address (`2021/03/slug/`). */
  page: string;
  /** Text the page holds once the edit is built. */
  expect: string;
  timeoutMs?: number;
}

export interface ServeReloadRun {
  /** From the save to the `reload` event after which the page showed the edit. */
  wallMs: number;
  /** Largest sum of resident memory over serve and its builds, start to end. */
  peakRssBytes: number;
  /** `reload` events seen before the one that brought the edit (a rebuild already running, say). */
  earlierReloads: number;
  output: string;
}

export class ServeFailed extends Error {}

const LIVE_RELOAD_EVENTS = "/__news-archive/events";

/** Resolves with the first value `poll` returns that is not undefined; rejects on `failure` or after `ms`. */
function waitFor<T>(what: string, ms: number, poll: (done: (value: T) => void, fail: (error: Error) => void) => () => void): Promise<T> {
  return new Promise((resolve, reject) => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      reject(new ServeFailed(`timed out after ${Math.round(ms / 1000)} s waiting for ${what}`));
    }, ms);
    stop = poll(
      (value) => {
        clearTimeout(timer);
        stop();
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        stop();
        reject(error);
      },
    );
  });
}

export async function measureServeReload(options: ServeReloadOptions): Promise<ServeReloadRun> {
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  // A group of its own: stopping it reaches serve and the build it may be running.
  const child = spawn(options.command, options.args, { cwd: options.cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid === undefined) throw new ServeFailed(`could not start ${options.command}`);
  const pid = child.pid;
  const sampler = samplePeakTreeRss(pid);
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  let events: http.ClientRequest | undefined;
  try {
    const url = await waitFor<string>("serve's first build and its address", timeoutMs, (done, fail) => {
      const check = () => {
        const found = servingUrl(output);
        if (found) done(found);
      };
      const early = (code: number | null) => fail(new ServeFailed(`serve exited (${code}) before serving`));
      const timer = setInterval(check, 20);
      child.once("close", early);
      return () => {
        clearInterval(timer);
        child.off("close", early);
      };
    });

    const parser = new EventStreamParser();
    const reloads: number[] = [];
    let connected = false;
    events = http.get(new URL(LIVE_RELOAD_EVENTS, url), (response) => {
      response.setEncoding("utf8").on("data", (chunk: string) => {
        for (const item of parser.push(chunk)) {
          if (item.kind === "comment" && item.text === "connected") connected = true;
          if (item.kind === "event" && item.name === "reload") reloads.push(performance.now());
        }
      });
    });
    events.on("error", () => {});
    await waitFor<true>("the live-reload event stream", 30_000, (done) => {
      const timer = setInterval(() => connected && done(true), 10);
      return () => clearInterval(timer);
    });

    const saved = performance.now();
    await options.save();
    const page = new URL(options.page, url);
    // Each reload after the save: fetch the page; the first that shows the edit ends the wait.
    let seen = 0;
    const reloadedAt = await waitFor<number>("a reload that shows the edit", timeoutMs, (done, fail) => {
      let busy = false;
      const timer = setInterval(() => {
        if (busy || seen >= reloads.length) return;
        const at = reloads[seen]!;
        seen += 1;
        if (at < saved) return;
        busy = true;
        fetch(page)
          .then(async (response) => {
            busy = false;
            if (response.ok && (await response.text()).includes(options.expect)) done(at);
          })
          .catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
      }, 10);
      return () => clearInterval(timer);
    });
    return {
      wallMs: reloadedAt - saved,
      peakRssBytes: sampler.stop(),
      earlierReloads: reloads.filter((at) => at >= saved && at < reloadedAt).length,
      output,
    };
  } catch (caught) {
    if (caught instanceof ServeFailed) caught.message += `; serve's last output:\n${output.trimEnd().split("\n").slice(-20).join("\n")}`;
    throw caught;
  } finally {
    sampler.stop();
    events?.destroy();
    await stopGroup(pid, exited);
  }
}

/** SIGTERM to serve's process group, SIGKILL if it has not ended within 10 s. */
async function stopGroup(pid: number, exited: Promise<unknown>): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // The group has already ended.
    }
  };
  signal("SIGTERM");
  const ended = await Promise.race([exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 10_000))]);
  if (!ended) {
    signal("SIGKILL");
    await exited;
  }
}
