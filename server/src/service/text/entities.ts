import { matchesOf } from './matches';
import type { Span } from '../types';

/**
 * Scanners for things that are not words: e-mail addresses, URLs and phone numbers. Each is linear: the
 * e-mail scanner grows outwards from each "@" instead of trying a pattern at every position, and the
 * other patterns start with a literal and have bounded, unambiguous repetitions.
 */
export type EntityKind = '#email' | '#url' | '#phone';

export interface Entity extends Span {
  kind: EntityKind;
  text: string;
}

const LOCAL = /[\p{L}\p{N}._%+\-]/u;
const DOMAIN = /[\p{L}\p{N}.\-]/u;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}|\\^`]{1,2000}/gi;
const INTERNATIONAL_PHONE = /\+\d{1,3}(?:[ \-.]?\(?\d\)?){6,14}/g;
const NATIONAL_PHONE = /(?<![\d+])0\d{1,4}[ \-/]\d{2,4}(?:[ \-]?\d{2,4}){1,3}(?![\d\-])/g;
const PHONE_CUE = /(?:tel|phone|telefon|puh|tél|ring|call|tlf|tfn|mobil|växel|puhelin|numéro)[\p{L}.:]{0,10}\s{0,3}$/iu;
/** Eight digits in pairs, as Danish and Norwegian numbers are written ("35 29 10 00"), after a cue. */
const NORDIC_PHONE = /(?<![\d+])\d{2}(?: ?\d{2}){3}(?![\d\-])/g;

export function findEntities(text: string, from: number, to: number): Entity[] {
  const slice = text.slice(from, to);
  const found: Entity[] = [];
  for (let at = slice.indexOf('@'); at >= 0; at = slice.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 128 && LOCAL.test(slice[s - 1])) s--;
    let e = at + 1;
    while (e < slice.length && e - at < 256 && DOMAIN.test(slice[e])) e++;
    while (e > at + 1 && (slice[e - 1] === '.' || slice[e - 1] === '-')) e--;
    const domain = slice.slice(at + 1, e);
    if (s < at && /\.[\p{L}]{2,}$/u.test(domain)) found.push(entity('#email', slice, s, e, from));
  }
  for (const m of matchesOf(URL, slice)) {
    let e = m.index + m[0].length;
    while (e > m.index && /[.,;:!?]/.test(slice[e - 1])) e--;
    found.push(entity('#url', slice, m.index, e, from));
  }
  for (const m of matchesOf(INTERNATIONAL_PHONE, slice)) found.push(entity('#phone', slice, m.index, m.index + m[0].length, from));
  for (const m of matchesOf(NORDIC_PHONE, slice)) {
    if (PHONE_CUE.test(slice.slice(Math.max(0, m.index - 20), m.index))) found.push(entity('#phone', slice, m.index, m.index + m[0].length, from));
  }
  for (const m of matchesOf(NATIONAL_PHONE, slice)) {
    // A national number needs a cue ("Tel.", "phone") so that dates and reference numbers stay what they are.
    if (PHONE_CUE.test(slice.slice(Math.max(0, m.index - 20), m.index))) found.push(entity('#phone', slice, m.index, m.index + m[0].length, from));
  }
  return found;
}

function entity(kind: EntityKind, slice: string, s: number, e: number, from: number): Entity {
  return { kind, start: from + s, end: from + e, text: slice.slice(s, e) };
}
