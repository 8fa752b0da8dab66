/**
 * A memory of results by text (a sentence, a block, a section). What the last few analyses did not use is
 * forgotten (see `nextAnalysis`), so a memory holds about the blocks of the documents being edited, not every
 * version of them; and it is bounded in entries and in the characters of its keys, starting over when a bound is
 * reached. Forgetting costs time, never a wrong result.
 */
export class TextMemo<V> {
  private readonly map = new Map<string, { value: V; used: number }>();
  private chars = 0;

  constructor(private readonly maxEntries: number, private readonly maxChars: number) {
    all.push(this);
  }

  get(key: string): V | undefined {
    const entry = this.map.get(key);
    if (entry) entry.used = clock;
    return entry?.value;
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.maxEntries || this.chars + key.length > this.maxChars) this.clear();
    if (key.length > this.maxChars) return;
    this.map.set(ownString(key), { value, used: clock });
    this.chars += key.length;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }

  /** Forgets the entries no analysis since `oldest` has used. */
  sweep(oldest: number): void {
    for (const [key, entry] of this.map) {
      if (entry.used >= oldest) continue;
      this.map.delete(key);
      this.chars -= key.length;
    }
  }
}

/** Analyses so far: the memories' clock. */
let clock = 0;
/** An entry unused by this many analyses is forgotten (enough for a few documents edited by turns). */
const KEEP = 12;

/** Called once per analysis: advances the clock and, now and then, forgets what recent analyses did not use. */
export function nextAnalysis(): void {
  clock++;
  if (clock % KEEP !== 0) return;
  for (const memo of all) memo.sweep(clock - KEEP);
}

/**
 * A copy of `text` that does not keep a larger string alive. A substring (a slice, a match) can be a view into
 * the whole document it came from; kept as a memory's key it would keep every old version of the document.
 * Concatenation and then slicing makes the engine copy the characters (it flattens the concatenation first).
 */
export function ownString(text: string): string {
  return (' ' + text).slice(1);
}

/** Every memory (all live as long as the module: one per kind of result, one per lexicon). */
const all: TextMemo<unknown>[] = [];

/** Forgets everything every memory holds: benchmarks use it to time the first analysis of a text. */
export function forgetAll(): void {
  for (const memo of all) memo.clear();
}

/**
 * text.slice(start, end), the same string object each time it is asked for the same text and range. The
 * memories look blocks up by their text, and a string computes its hash once: sharing the slice between the
 * memories of one analysis hashes each block once instead of once per memory.
 */
export function sliceOf(text: string, start: number, end: number): string {
  if (text !== slicedText) {
    slicedText = text;
    slices.clear();
  }
  const key = start * 1e8 + end;
  let slice = slices.get(key);
  if (slice === undefined) slices.set(key, (slice = text.slice(start, end)));
  return slice;
}

let slicedText: string | null = null;
const slices = new Map<number, string>();
