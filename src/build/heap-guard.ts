/**
 * Keeping a long build's memory near what it actually uses.
 *
 * V8 lets its heap grow to about four times what was alive after its last full
 * collection before it collects again. Rendering thousands of pages makes a lot
 * of short-lived garbage while the archive model stays alive, so a build of ten
 * thousand articles (some 250 MB alive) would hold well over a gigabyte, most of
 * it garbage, and keep it. Between batches of pages the build asks for a full
 * collection once the heap has grown to `GROWTH` times what was alive after the
 * last one, or by `MAX_GROWTH_BYTES`, whichever is less: a collection costs a
 * fraction of a batch, and memory stays bounded.
 *
 * Node gives scripts no collection function unless started with `--expose-gc`;
 * the flag can be set afterwards, and a new context then has `gc` (the approach of
 * the `expose-gc` package). Where that fails, the guard does nothing.
 */
import v8 from "node:v8";
import vm from "node:vm";

/** Collect once the heap holds this many times what was alive after the last collection… */
const GROWTH = 1.75;
/**
 * …or this much more, whichever comes first. At ten thousand articles the process
 * was some 700 MB just after a collection while its pages rendered, and three
 * quarters of its heap again in garbage took it to 1.25 GB; a larger archive would
 * go further still.
 */
const MAX_GROWTH_BYTES = 256 * 1024 * 1024;

/** How far a guarded heap grows past what was alive before it is collected, at most, in MiB. */
export const MAX_GROWTH_MIB = MAX_GROWTH_BYTES / 2 ** 20;

/** Below this the heap is left to V8: small builds never pay for a collection. */
const FLOOR_BYTES = 256 * 1024 * 1024;

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      collect = vm.runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

const used = (): number => v8.getHeapStatistics().used_heap_size;

/** Whether a heap of `now` bytes, with `alive` bytes alive after the last collection, is to be collected. */
export function isWorthCollecting(now: number, alive: number): boolean {
  return now >= FLOOR_BYTES && now >= Math.min(alive * GROWTH, alive + MAX_GROWTH_BYTES);
}

export class HeapGuard {
  private alive: number;

  /** `heapUsed` and `collect` stand in for V8's in tests. */
  constructor(
    private readonly heapUsed: () => number = used,
    private readonly collect: () => (() => void) | null = collector,
  ) {
    this.alive = heapUsed();
  }

  /** Collects if the heap has grown well past what was alive; cheap when it has not. */
  check(): void {
    const now = this.measure();
    if (!isWorthCollecting(now, this.alive)) return;
    this.collectNow();
  }

  /**
   * Collects if the heap holds at least `bytes` more than was alive after the
   * last collection: before a step that needs memory of its own, once there is
   * garbage worth giving back. A full collection marks everything alive (gigabytes
   * in a big archive's build), so asking for one when little was made since costs
   * seconds and frees nothing.
   */
  collectIfGrownBy(bytes: number): void {
    if (this.measure() - this.alive >= bytes) this.collectNow();
  }

  /** The heap's size now. Less than was alive: V8 collected on its own since (a guard made in a
   * heap full of garbage, as after a cold build's ingest, starts high), so at most this much is alive. */
  private measure(): number {
    const now = this.heapUsed();
    if (now < this.alive) this.alive = now;
    return now;
  }

  /** Collects now (before handing over to a step that needs memory of its own). */
  collectNow(): void {
    const gc = this.collect();
    if (gc === null) return;
    gc();
    this.alive = this.heapUsed();
  }
}
