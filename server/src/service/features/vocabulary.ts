import { actData, hoverPacks, type ActData, type CitationsData } from '../../data';
import { normalize, phraseTokens, type CitationToken } from './citationTokens';

type WordKind = keyof CitationsData['words'];
const PHRASE_KINDS = ['range', 'list', 'connector'] as const;

/**
 * A language's citation vocabulary compiled for the reference scanner: single words in sets, phrases ("of the",
 * "de la") as token lists, act names in a map from their first token. A language is read together with English,
 * whose style citations in every language borrow ("Art. 6(1)(f) GDPR").
 */
export interface Vocabulary {
  language: string;
  roman: boolean;
  words: Record<WordKind, Set<string>>;
  phrases: Record<(typeof PHRASE_KINDS)[number], string[][]>;
}

interface ActName {
  act: string;
  tokens: string[];
}

const vocabularies = new Map<string, Vocabulary>();
let actNames: Map<string, ActName[]> | undefined;

export function citationLanguage(language: string): string {
  return hoverPacks[language] ? language : 'en';
}

export function vocabularyFor(language: string): Vocabulary {
  const code = citationLanguage(language);
  let vocabulary = vocabularies.get(code);
  if (!vocabulary) {
    const sources = code === 'en' ? [hoverPacks.en.citations] : [hoverPacks[code].citations, hoverPacks.en.citations];
    const words = {} as Record<WordKind, Set<string>>;
    for (const kind of Object.keys(hoverPacks.en.citations.words) as WordKind[]) {
      words[kind] = new Set(sources.flatMap((s) => s.words[kind] ?? []).map(normalize));
    }
    const phrases = {} as Vocabulary['phrases'];
    for (const kind of PHRASE_KINDS) {
      // Longest first, so "of the" wins over "of".
      phrases[kind] = sources.flatMap((s) => s.words[kind] ?? []).map((p) => phraseTokens(p, true)).sort((a, b) => b.length - a.length);
    }
    vocabulary = { language: code, roman: hoverPacks[code].citations.roman === true, words, phrases };
    vocabularies.set(code, vocabulary);
  }
  return vocabulary;
}

/** Every act's names in every language: an act's name means the same whatever the document's language. */
function names(): Map<string, ActName[]> {
  if (actNames) return actNames;
  const map = new Map<string, ActName[]>();
  const add = (act: string, name: string) => {
    const tokens = phraseTokens(name, false);
    if (tokens.length === 0) return;
    const list = map.get(tokens[0]) ?? [];
    if (!list.some((n) => n.act === act && n.tokens.join(' ') === tokens.join(' '))) list.push({ act, tokens });
    map.set(tokens[0], list);
  };
  for (const act of actData.acts) for (const name of act.names) add(act.id, name);
  for (const pack of Object.values(hoverPacks)) {
    for (const [act, list] of Object.entries(pack.citations.acts)) for (const name of list) add(act, name);
  }
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  actNames = map;
  return map;
}

/** The act named at token i (punctuation between its words is skipped): its id and the index after it. */
export function matchAct(tokens: CitationToken[], i: number): { act: string; next: number } | null {
  const first = tokens[i];
  if (!first || first.kind === 'punct') return null;
  for (const name of names().get(first.norm) ?? []) {
    let k = i;
    let ok = true;
    for (let w = 0; w < name.tokens.length; w++) {
      while (w > 0 && k < tokens.length && tokens[k].kind === 'punct' && tokens[k].breaks < 2) k++;
      if (k >= tokens.length || tokens[k].norm !== name.tokens[w] || (w > 0 && tokens[k].breaks >= 2)) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok) return { act: name.act, next: k };
  }
  return null;
}

/** The longest phrase of the kind at token i, as the index after it, or -1. */
export function matchPhrase(vocabulary: Vocabulary, kind: (typeof PHRASE_KINDS)[number], tokens: CitationToken[], i: number): number {
  for (const phrase of vocabulary.phrases[kind]) {
    let k = 0;
    while (k < phrase.length && i + k < tokens.length && tokens[i + k].norm === phrase[k] && tokens[i + k].breaks < 2) k++;
    if (k === phrase.length) return i + k;
  }
  return -1;
}

const acts = new Map<string, ActData>();
export function actInfo(id: string): ActData | undefined {
  if (acts.size === 0) for (const act of actData.acts) acts.set(act.id, act);
  return acts.get(id);
}
