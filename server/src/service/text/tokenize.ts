import { ownString, sliceOf, TextMemo } from './memo';

/**
 * Words, numbers and identifiers as the lexicons see them. A token is a run of letters and digits that may
 * contain an apostrophe or hyphen between letters ("l'accès", "e-mail", "tietosuoja-asetuksen") and dots,
 * slashes, commas or colons between digits ("27.11.2023", "559269-6313", "2,5"). The regular expression has
 * no nested alternatives that overlap, so it runs in linear time.
 */
export interface Token {
  /** Lower-cased, NFC, typographic apostrophes made plain. */
  norm: string;
  /** The token as written (NFC), for case-sensitive patterns. */
  raw: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:(?:['’\-]|(?<=\p{N})[./,:](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;
const MAX_TOKEN = 64;

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  // Text is almost always NFC already: then one check replaces a normalisation per token.
  const nfc = slice.normalize('NFC') === slice;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const raw = m[0].length > MAX_TOKEN ? m[0].slice(0, MAX_TOKEN) : m[0];
    const written = nfc ? raw : raw.normalize('NFC');
    tokens.push({ norm: lowerCase(written), raw: written, start: from + m.index, end: from + m.index + m[0].length });
  }
  return tokens;
}

/**
 * The tokens of the given stretches of `text` (a document's blocks, in order), each stretch's remembered by its
 * content: while a policy is edited only the edited block is tokenized again.
 */
export function tokenizeBlocks(text: string, blocks: readonly { start: number; end: number }[]): Token[] {
  const tokens: Token[] = [];
  for (const block of blocks) {
    const part = sliceOf(text, block.start, block.end);
    let found = rememberedTokens.get(part);
    // `norm` comes from the lower-case memory, which keeps its own copies; `raw` is a slice of the block.
    if (!found) rememberedTokens.set(part, (found = tokenize(part, 0, part.length).map((t) => ({ ...t, raw: ownString(t.raw) }))));
    for (const t of found) tokens.push({ norm: t.norm, raw: t.raw, start: t.start + block.start, end: t.end + block.start });
  }
  return tokens;
}

const rememberedTokens = new TextMemo<Token[]>(20_000, 2_000_000);

/**
 * The tokens of text[from, to), taken from `tokens` (the whole text's, sorted) by a binary search: exactly what
 * `tokenize(text, from, to)` returns, which it falls back to when a token of the whole text crosses an edge.
 */
export function tokensIn(text: string, tokens: Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && tokens[end].end <= to) end++;
  const crossesStart = lo < tokens.length && tokens[lo].start < from;
  const crossesEnd = end < tokens.length && tokens[end].start < to;
  return crossesStart || crossesEnd ? tokenize(text, from, to) : tokens.slice(lo, end);
}

export function normalizeWord(word: string): string {
  return lowerCase(word.normalize('NFC'));
}

/** Lower-cased forms of NFC words, remembered: a policy uses a few thousand distinct words many times. */
const lowered = new Map<string, string>();
const LOWERED_LIMIT = 100_000;

function lowerCase(word: string): string {
  let norm = lowered.get(word);
  if (norm === undefined) {
    norm = word.toLowerCase().replace(/’/g, "'");
    if (lowered.size >= LOWERED_LIMIT) lowered.clear();
    norm = ownString(norm);
    lowered.set(norm === word ? norm : ownString(word), norm);
  }
  return norm;
}
