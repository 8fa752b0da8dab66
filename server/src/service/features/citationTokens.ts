/**
 * The tokens a legal citation is made of. Unlike the lexicon tokenizer, numbers and punctuation stay apart
 * ("6.1" is 6 . 1, "15–22" is 15 – 22, "2016/679" is 2016 / 679), because in a citation they carry structure.
 * Words keep inner hyphens and apostrophes ("tietosuoja-asetuksen", "ePrivacy-Richtlinie") and a short colon
 * ending ("GDPR:n", "EU:s"); an elided French article is dropped ("l'article" → "article"). A single pass over
 * the characters, so it runs in linear time.
 */
export interface CitationToken {
  kind: 'word' | 'num' | 'punct';
  /** Lower-cased, NFC, typographic apostrophe made plain; for punctuation the character itself. */
  norm: string;
  raw: string;
  start: number;
  end: number;
  /** Whether whitespace separates this token from the previous one. */
  spaced: boolean;
  /** Line breaks between the previous token and this one: a blank line (2) ends any citation. */
  breaks: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;
const ELISION = /^(?:l|d|qu)['’](?=\p{L})/iu;

/** ASCII is decided by code ranges; only other characters need a Unicode class (this is the scan's hot loop). */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]);
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** Joiners inside a word: hyphen, the Unicode hyphen, apostrophe, typographic apostrophe. */
const isJoiner = (c: number) => c === 45 || c === 0x2010 || c === 39 || c === 0x2019;

export function citationTokens(text: string, from = 0, to = text.length): CitationToken[] {
  const tokens: CitationToken[] = [];
  let spaced = true;
  let breaks = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 32 || c === 9 || c === 13 || (c > 127 && SPACE.test(text[i]))) {
      if (c === 10) breaks++;
      spaced = true;
      i++;
      continue;
    }
    if (c === 38 && (text.startsWith('&nbsp;', i) || text.startsWith('&#160;', i)) && i + 6 <= to) {
      spaced = true;
      i += 6;
      continue;
    }
    let end = i + 1;
    let kind: CitationToken['kind'] = 'punct';
    if (isDigit(c)) {
      kind = 'num';
      while (end < to && isDigit(text.charCodeAt(end))) end++;
    } else if (isLetter(text, i)) {
      kind = 'word';
      end = wordEnd(text, i + 1, to);
    } else if (c >= 0xd800 && c <= 0xdbff && end < to) end++;
    let start = i;
    let raw = text.slice(i, end);
    if (kind === 'word') {
      const elision = ELISION.exec(raw);
      if (elision) {
        start += elision[0].length;
        raw = raw.slice(elision[0].length);
      }
    }
    tokens.push({ kind, norm: kind === 'num' ? raw : normalize(raw), raw, start, end, spaced, breaks });
    spaced = false;
    breaks = 0;
    i = end;
  }
  return tokens;
}

/** The end of a word: letters and digits, joined by hyphens and apostrophes, and a colon ending of 1–4 letters. */
function wordEnd(text: string, j: number, to: number): number {
  while (j < to) {
    if (isWordChar(text, j)) j++;
    else if (isJoiner(text.charCodeAt(j)) && j + 1 < to && isWordChar(text, j + 1)) j += 2;
    else if (text.charCodeAt(j) === 58) {
      let k = j + 1;
      while (k < to && k - j <= 5 && isLetter(text, k)) k++;
      const letters = k - j - 1;
      if (letters < 1 || letters > 4 || (k < to && isWordChar(text, k))) break;
      j = k;
    } else break;
  }
  return j;
}

const NON_ASCII = /[^\x00-\x7f]/;

export function normalize(word: string): string {
  const lower = word.toLowerCase();
  // Most tokens are ASCII: only the others need Unicode normalisation (a measurable share of the scan).
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFC').replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-'));
}

/** A phrase from the data ("of the", "Regulation (EU) 2016/679") as the norms of its tokens. */
export function phraseTokens(phrase: string, withPunctuation: boolean): string[] {
  return citationTokens(phrase)
    .filter((t) => withPunctuation || t.kind !== 'punct')
    .map((t) => t.norm);
}
