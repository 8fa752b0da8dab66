/**
 * A memory of results by text (a sentence, a block, a section), bounded both in entries and in the characters
 * of its keys, so that editing a long policy for hours cannot make it grow without limit. When either bound is
 * reached it starts over: the cost is one analysis without its help, never a wrong result.
 */
export class TextMemo<V> {
  private readonly map = new Map<string, V>();
  private chars = 0;

  constructor(private readonly maxEntries: number, private readonly maxChars: number) {
    all.push(new WeakRef(this));
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.maxEntries || this.chars + key.length > this.maxChars) {
      this.map.clear();
      this.chars = 0;
    }
    if (key.length > this.maxChars) return;
    this.map.set(ownString(key), value);
    this.chars += key.length;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }
}

/**
 * A copy of `text` that does not keep a larger string alive. A substring (a slice, a match) can be a view into
 * the whole document it came from; kept as a memory's key it would keep every old version of the document.
 * Concatenation and then slicing makes the engine copy the characters (it flattens the concatenation first).
 */
export function ownString(text: string): string {
  return (' ' + text).slice(1);
}

const all: WeakRef<TextMemo<unknown>>[] = [];

/** Forgets everything every memory holds: benchmarks use it to time the first analysis of a text. */
export function forgetAll(): void {
  for (const memo of all) memo.deref()?.clear();
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
