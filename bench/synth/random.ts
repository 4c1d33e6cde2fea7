/**
 * A seeded pseudo-random generator for the synthetic archive. Hand-written on
 * purpose: the promise "same arguments → byte-identical archive" must survive
 * dependency upgrades, so the algorithm (sfc32) is pinned here. Each named
 * stream (`taxonomy`, `article:17`) is seeded independently from the run's seed,
 * so article 17 is the same whatever N is.
 */
import { createHash } from "node:crypto";

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(
    private readonly seed: string,
    stream: string,
  ) {
    const digest = createHash("sha256").update(`${seed}\u0000${stream}`).digest();
    this.a = digest.readUInt32LE(0);
    this.b = digest.readUInt32LE(4);
    this.c = digest.readUInt32LE(8);
    this.d = digest.readUInt32LE(12);
    // Warm up, as sfc32's author recommends, so similar seeds diverge.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** Another named stream of the same run's seed. */
  sibling(stream: string): Random {
    return new Random(this.seed, stream);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** Index chosen with the given (unnormalised, non-negative) weights. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;
    let target = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i] as number;
      if (target < 0) return i;
    }
    return weights.length - 1;
  }

  /** A new array in random order (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}

/**
 * Draws indexes 0..n-1 with Zipf-like weights 1/(rank+1)^exponent: index 0 is
 * the most popular. Cumulative weights and a binary search keep a draw O(log n).
 */
export class ZipfSampler {
  private readonly cumulative: number[];

  constructor(
    readonly size: number,
    exponent = 1,
  ) {
    let sum = 0;
    this.cumulative = Array.from({ length: size }, (_, rank) => (sum += 1 / (rank + 1) ** exponent));
  }

  draw(random: Random): number {
    const total = this.cumulative[this.size - 1] as number;
    const target = random.float() * total;
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /**
   * `count` distinct indexes, most popular more likely, in draw order. `accept`
   * may veto a candidate (e.g. a clash with one already chosen).
   */
  drawDistinct(random: Random, count: number, accept: (index: number) => boolean = () => true): number[] {
    const chosen: number[] = [];
    for (let attempt = 0; chosen.length < count && attempt < count * 50; attempt++) {
      const index = this.draw(random);
      if (!chosen.includes(index) && accept(index)) chosen.push(index);
    }
    return chosen;
  }
}
