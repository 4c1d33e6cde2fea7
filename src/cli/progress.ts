/**
 * A one-line progress counter for long runs, redrawn in place on a terminal.
 * When the output is not a terminal (CI logs, pipes) it prints nothing: the
 * summary line at the end says what happened.
 */
export interface Progress {
  update(done: number, total: number): void;
  /** Clears the line so that the next output starts clean. */
  finish(): void;
  /** Wraps a line printer so that its lines appear above the counter, not through it. */
  above(print: (line: string) => void): (line: string) => void;
}

/** Runs shorter than this never show a counter: it would only flicker. */
const MIN_TOTAL = 200;
/** Redraw at most this often. */
const INTERVAL_MS = 100;

export function terminalProgress(
  label: string,
  stream: Pick<NodeJS.WriteStream, "write"> & { isTTY?: boolean } = process.stderr,
  now: () => number = Date.now,
): Progress {
  if (!stream.isTTY) return { update() {}, finish() {}, above: (print) => print };
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(done, total) {
      if (total < MIN_TOTAL) return;
      const time = now();
      if (done < total && time - lastDraw < INTERVAL_MS) return;
      lastDraw = time;
      drawn = true;
      const percent = Math.floor((done / total) * 100);
      stream.write(`\r${label} ${done}/${total} (${percent}%)\u001b[K`);
    },
    finish() {
      if (drawn) stream.write("\r\u001b[K");
      drawn = false;
    },
    above(print) {
      return (line) => {
        this.finish();
        print(line);
      };
    },
  };
}
