/**
 * Sources that mostly repeat one another: the same story republished with a
 * new headline, a paragraph dropped, a sentence reworded. Exact copies are
 * found by their hash; these need a measure of overlap.
 *
 * The measure is the Jaccard similarity of the texts' sets of word 5-shingles
 * (every run of five consecutive words in a line, case and diacritics folded):
 * two reports of one meeting written apart share names and set phrases, but
 * few runs of five words; a republished page shares nearly all of them.
 * Shingles never run across a line, and lines of fewer than five words (menus,
 * bylines, date lines) give none, so page furniture weighs little.
 *
 * Finding the pairs is about linear in the number of texts: each text gets a
 * MinHash signature (one-permutation hashing: one hash per shingle, into
 * SIGNATURE_SIZE bins), signatures are cut into bands, and only texts that
 * share a whole band are compared, exactly, shingle set against shingle set.
 * Pure and free of files, so that the site can group stories by the same measure.
 *
 * Over 300 lines: shingling, MinHash, banding and the signatures' file format are one measure, tuned together.
 */
import { foldDiacritics } from "./fold-diacritics.ts";

export const SHINGLE_WORDS = 5;
/** MinHash bins: BANDS × ROWS. */
export const BANDS = 32;
export const ROWS = 4;
export const SIGNATURE_SIZE = BANDS * ROWS;
/**
 * From this Jaccard similarity a source is reported as a near-duplicate.
 * Measured on real pages: among the 90 distinct pages of the seeds, the ingest
 * corpus's dev set and the site-article fixtures (4,005 pairs, many on the
 * same visit) the most similar pair shares 0.10, the seeds 000 and 002 (one
 * reception, two outlets) 0.07. A seed republished under another headline with
 * its middle paragraph dropped keeps 0.87–0.99; with one word in 40 changed as
 * well as ever, 0.77–0.82; one word in 20, 0.59–0.63. Half sits between.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;
/** Texts with fewer shingles than this (a caption, a brief) are too short to judge. */
export const MIN_SHINGLES = 20;
/**
 * How far under the threshold a signature's estimate may fall and the pair
 * still be compared exactly: the estimate's error over 128 bins is about 0.045
 * at a similarity of one half, so this is over three times that.
 */
const ESTIMATE_MARGIN = 0.15;
/** How many texts of one band bucket a text is compared with, at most: copies cluster, so the first few find one. */
const BUCKET_REACH = 8;

const EMPTY = 0xffffffff;

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function mix(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * What a character adds to a word's hash, by code point: nothing when it is not
 * a word character (-1), else its folded, lower-case form ("Ệ" → "e", "Đ" → "d",
 * a combining mark → nothing). ASCII is decided without a table.
 */
const foldedCharacters = new Map<number, number[] | null>();

function foldedCharacter(code: number): number[] | null {
  let known = foldedCharacters.get(code);
  if (known === undefined) {
    const character = String.fromCodePoint(code);
    known = WORD_CHARACTER.test(character) ? [...foldDiacritics(character).toLowerCase()].map((folded) => folded.charCodeAt(0)) : null;
    foldedCharacters.set(code, known);
  }
  return known;
}

/** An odd multiplier for combining the hashes of a shingle's words in order. */
const COMBINE = 0x01000193;
/** FNV-1a, over the folded UTF-16 code units of a word. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The hashes of a text's word 5-shingles, distinct and sorted. One pass over
 * the text: each word's hash is made as it is read (its letters folded and
 * lower-cased on the way), a shingle's hash from its five words' hashes, so no
 * word or shingle is ever spelled out.
 */
export function shingleHashes(text: string, size: number = SHINGLE_WORDS): Uint32Array {
  let hashes = new Uint32Array(256);
  let count = 0;
  // The last `size` words' hashes, in a ring: `next` is where the next one goes, over the oldest.
  // (Plain locals, not closures over shared variables: this runs over every source of a cold ingest.)
  const window = new Uint32Array(size);
  let next = 0;
  let inWindow = 0;
  let word = FNV_OFFSET; // the hash of the word being read, when `inWord`
  let inWord = false;
  let index = 0;
  const length = text.length;
  // One step past the end, read as a space, ends the last word.
  while (index <= length) {
    let code = 32;
    if (index < length) {
      code = text.charCodeAt(index);
      if (code >= 0xd800 && code <= 0xdbff) code = text.codePointAt(index) as number;
      index += code > 0xffff ? 2 : 1;
    } else index += 1;
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        word = Math.imul((inWord ? word : FNV_OFFSET) ^ code, FNV_PRIME) >>> 0;
        inWord = true;
        continue;
      }
      if (code >= 65 && code <= 90) {
        word = Math.imul((inWord ? word : FNV_OFFSET) ^ (code + 32), FNV_PRIME) >>> 0;
        inWord = true;
        continue;
      }
    } else {
      const folded = foldedCharacter(code);
      if (folded !== null) {
        // A word may start with a combining mark, which adds nothing.
        if (!inWord) word = FNV_OFFSET;
        inWord = true;
        for (let at = 0; at < folded.length; at += 1) word = Math.imul(word ^ (folded[at] as number), FNV_PRIME) >>> 0;
        continue;
      }
    }
    // Any other character ends the word being read.
    if (inWord) {
      window[next] = word;
      next = next + 1 === size ? 0 : next + 1;
      if (inWindow < size) inWindow += 1;
      if (inWindow === size) {
        // The shingle's hash from its words' hashes, oldest first.
        let hash = 0;
        for (let taken = 0, at = next; taken < size; taken += 1, at = at + 1 === size ? 0 : at + 1) {
          hash = (Math.imul(hash, COMBINE) + (window[at] as number)) >>> 0;
        }
        if (count === hashes.length) {
          const grown = new Uint32Array(count * 2);
          grown.set(hashes);
          hashes = grown;
        }
        hashes[count] = mix(hash);
        count += 1;
      }
      inWord = false;
    }
    if (code === 10) inWindow = 0; // a shingle never runs across a line
  }
  // Sorted, then each value once.
  const sorted = hashes.subarray(0, count).sort();
  let distinct = 0;
  for (let at = 0; at < count; at += 1) {
    if (at === 0 || sorted[at] !== sorted[at - 1]) sorted[distinct++] = sorted[at] as number;
  }
  return sorted.slice(0, distinct);
}

/**
 * The MinHash signature of a shingle set, by one-permutation hashing: each
 * shingle falls into one of SIGNATURE_SIZE bins, which keeps the least value.
 * Empty bins (short texts) borrow from the next full bin to their right, shifted
 * by the distance, so that two texts agree in a bin about as often as their
 * shingle sets overlap. Undefined for a text without shingles.
 */
export function minHashSignature(shingles: Uint32Array): Uint32Array | undefined {
  if (shingles.length === 0) return undefined;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (const shingle of shingles) {
    const hashed = mix(shingle);
    const bin = hashed % SIGNATURE_SIZE;
    const value = mix(hashed ^ 0x9e3779b9) >>> 1; // below EMPTY
    if (value < (signature[bin] as number)) signature[bin] = value;
  }
  const filled = signature.slice();
  for (let bin = 0; bin < SIGNATURE_SIZE; bin += 1) {
    if (signature[bin] !== EMPTY) continue;
    for (let distance = 1; distance < SIGNATURE_SIZE; distance += 1) {
      const donor = signature[(bin + distance) % SIGNATURE_SIZE] as number;
      if (donor !== EMPTY) {
        filled[bin] = mix(donor + distance) >>> 1;
        break;
      }
    }
  }
  return filled;
}

/** The share of bins two signatures agree in: an estimate of the Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let bin = 0; bin < SIGNATURE_SIZE; bin += 1) if (a[bin] === b[bin]) same += 1;
  return same / SIGNATURE_SIZE;
}

/** Do two signatures agree in at least `share` of their bins? Stops as soon as they cannot. */
function agreeAtLeast(a: Uint32Array, b: Uint32Array, share: number): boolean {
  const allowed = SIGNATURE_SIZE - Math.ceil(share * SIGNATURE_SIZE);
  let differing = 0;
  for (let bin = 0; bin < SIGNATURE_SIZE; bin += 1) {
    if (a[bin] !== b[bin] && ++differing > allowed) return false;
  }
  return true;
}

/** The exact Jaccard similarity of two sorted sets of hashes, in one pass over both. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared / (a.length + b.length - shared);
}

/**
 * Pairs of texts (by index, the earlier first) that share a whole band of
 * their signatures: the only ones worth comparing. Each text is paired with at
 * most BUCKET_REACH earlier texts per band, so a thousand copies of one text
 * cost a thousand times a few comparisons, not a million.
 */
export function candidatePairs(signatures: ReadonlyArray<Uint32Array | undefined>): Array<[number, number]> {
  const count = signatures.length;
  // Each pair as one number, later × count + earlier, so that sorting orders them and drops repeats.
  let codes = new Float64Array(1024);
  let found = 0;
  for (let band = 0; band < BANDS; band += 1) {
    const buckets = new Map<number, number[]>();
    signatures.forEach((signature, index) => {
      if (!signature) return;
      let key = band;
      for (let row = 0; row < ROWS; row += 1) key = mix(key ^ (signature[band * ROWS + row] as number));
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [index]);
        return;
      }
      for (let at = 0; at < bucket.length && at < BUCKET_REACH; at += 1) {
        if (found === codes.length) {
          const grown = new Float64Array(found * 2);
          grown.set(codes);
          codes = grown;
        }
        codes[found] = index * count + (bucket[at] as number);
        found += 1;
      }
      bucket.push(index);
    });
  }
  const sorted = codes.subarray(0, found).sort();
  const pairs: Array<[number, number]> = [];
  for (let at = 0; at < found; at += 1) {
    const code = sorted[at] as number;
    if (at > 0 && code === sorted[at - 1]) continue;
    pairs.push([code % count, Math.floor(code / count)]);
  }
  return pairs;
}

export interface NearDuplicate {
  /** Index of the text that repeats… */
  index: number;
  /** …this earlier one (the most similar, when several are). */
  of: number;
  /** Jaccard similarity of their shingle sets, 0–1. */
  similarity: number;
}

/**
 * The candidate pairs whose signatures agree nearly as often as the threshold
 * asks: the signatures tell most candidates apart, so only these few need their
 * texts compared.
 */
export function likelyPairs(
  signatures: ReadonlyArray<Uint32Array | undefined>,
  threshold = NEAR_DUPLICATE_SIMILARITY,
): Array<[number, number]> {
  return candidatePairs(signatures).filter(([earlier, later]) =>
    agreeAtLeast(signatures[earlier] as Uint32Array, signatures[later] as Uint32Array, threshold - ESTIMATE_MARGIN),
  );
}

/**
 * Of the likely pairs, those whose texts' shingle sets are similar enough:
 * for each text that mostly repeats an earlier one, the earlier one it is most
 * like. `shingles(i)` gives text i's sorted shingle hashes.
 */
export function confirmNearDuplicates(
  pairs: ReadonlyArray<readonly [number, number]>,
  shingles: (index: number) => Uint32Array,
  threshold = NEAR_DUPLICATE_SIMILARITY,
): NearDuplicate[] {
  const best = new Map<number, NearDuplicate>();
  for (const [earlier, later] of pairs) {
    const a = shingles(earlier);
    const b = shingles(later);
    if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) continue;
    const similarity = jaccard(a, b);
    if (similarity < threshold) continue;
    const known = best.get(later);
    if (!known || similarity > known.similarity) best.set(later, { index: later, of: earlier, similarity });
  }
  return [...best.values()].sort((x, y) => x.index - y.index);
}

/** Near-duplicates among texts, every text shingled once (for tests, and texts at hand). */
export function findNearDuplicates(texts: readonly string[], threshold = NEAR_DUPLICATE_SIMILARITY): NearDuplicate[] {
  const shingled = texts.map((text) => shingleHashes(text));
  return confirmNearDuplicates(
    likelyPairs(shingled.map(minHashSignature), threshold),
    (index) => shingled[index] as Uint32Array,
    threshold,
  );
}

/*
 * Signatures keep from one run to the next in the cache folder, by the hash of
 * the text (16 hex digits), so that a rebuild need not read every source again
 * to compare it. The bytes: a header naming this format (any change to the
 * shingles or the hashing changes its version, and old signatures are
 * dropped), then per text 8 bytes of its hash and SIGNATURE_SIZE 32-bit values.
 */
const HEADER = new TextEncoder().encode("near-duplicate signatures 1\n");
const KEY_BYTES = 8;
const RECORD_BYTES = KEY_BYTES + SIGNATURE_SIZE * 4;

export function encodeSignatures(signatures: ReadonlyMap<string, Uint32Array | undefined>): Uint8Array {
  const records = [...signatures].filter(([key]) => /^[0-9a-f]{16}$/.test(key));
  const bytes = new Uint8Array(HEADER.length + records.length * RECORD_BYTES);
  bytes.set(HEADER);
  const view = new DataView(bytes.buffer);
  records.forEach(([key, signature], record) => {
    const at = HEADER.length + record * RECORD_BYTES;
    for (let byte = 0; byte < KEY_BYTES; byte += 1) bytes[at + byte] = Number.parseInt(key.slice(byte * 2, byte * 2 + 2), 16);
    // A text without shingles has no signature: its bins are all EMPTY, which no signature has.
    for (let bin = 0; bin < SIGNATURE_SIZE; bin += 1) view.setUint32(at + KEY_BYTES + bin * 4, signature?.[bin] ?? EMPTY, true);
  });
  return bytes;
}

/** The signatures `encodeSignatures` wrote; none from bytes of another format or cut short. */
export function decodeSignatures(bytes: Uint8Array): Map<string, Uint32Array | undefined> {
  const signatures = new Map<string, Uint32Array | undefined>();
  const body = bytes.length - HEADER.length;
  if (body < 0 || body % RECORD_BYTES !== 0 || HEADER.some((byte, at) => bytes[at] !== byte)) return signatures;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = HEADER.length; at < bytes.length; at += RECORD_BYTES) {
    let key = "";
    for (let byte = 0; byte < KEY_BYTES; byte += 1) key += (bytes[at + byte] as number).toString(16).padStart(2, "0");
    const signature = new Uint32Array(SIGNATURE_SIZE);
    for (let bin = 0; bin < SIGNATURE_SIZE; bin += 1) signature[bin] = view.getUint32(at + KEY_BYTES + bin * 4, true);
    signatures.set(key, signature.every((value) => value === EMPTY) ? undefined : signature);
  }
  return signatures;
}
