import { commonLexicon, languagePacks, type LanguagePack } from '../../data';
import type { LexiconData } from './types';
import { CompiledLexicon } from './compile';

const compiled = new Map<string, CompiledLexicon>();

/** The languages we have data for. */
export const supportedLanguages: string[] = Object.keys(languagePacks);

export function languagePack(code: string): LanguagePack | undefined {
  return languagePacks[code];
}

/** The compiled lexicon of a language, built on first use and kept for the life of the process. */
export function lexiconFor(code: string): CompiledLexicon {
  let lexicon = compiled.get(code);
  if (!lexicon) {
    const pack = languagePacks[code] ?? languagePacks.en;
    lexicon = new CompiledLexicon(merge(merge(pack.lexicon, commonLexicon), pack.reviewer));
    compiled.set(code, lexicon);
  }
  return lexicon;
}

/**
 * Adds another set of phrases to a lexicon, concept by concept: the language-neutral phrases (company forms,
 * article numbers, acronyms, provider names) and the language's reviewer-check phrases.
 */
function merge(lexicon: LexiconData, extra: LexiconData): LexiconData {
  const concepts: Record<string, string[]> = { ...lexicon.concepts };
  for (const [concept, entries] of Object.entries(extra.concepts)) {
    concepts[concept] = [...entries, ...(concepts[concept] ?? [])];
  }
  return { ...lexicon, concepts };
}
