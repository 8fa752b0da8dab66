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
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const raw = m[0].length > MAX_TOKEN ? m[0].slice(0, MAX_TOKEN) : m[0];
    tokens.push({ norm: normalizeWord(raw), raw: raw.normalize('NFC'), start: from + m.index, end: from + m.index + m[0].length });
  }
  return tokens;
}

export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/’/g, "'");
}
