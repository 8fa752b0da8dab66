/**
 * The shape of a language's lexicon (`data/<lang>/lexicon.json`).
 *
 * A lexicon names **concepts** (RIGHT, ACCESS, THIRD_COUNTRY…) and lists, for each, the phrases that express it
 * in that language. A phrase is a sequence of word patterns separated by spaces:
 *   word      the exact word              "access"
 *   stem*     a word starting with stem   "rectif*" (rectify, rectification)
 *   *end      a word ending with end      "*ansvarig" (personuppgiftsansvarig)
 *   *part*    a word containing part      "*portabilit*" (dataportabilitet, Datenportabilität)
 *   #num      a number (digits or one of the lexicon's number words)
 *   #date     a numeric date token        "2023-11-27", "27.11.2023"
 *   #year     a year                      "2024"
 *   =Word     the exact word with this exact case ("=AS", "=AB": company forms, not the English "as")
 *   @CONCEPT  a word that is by itself a one-word phrase of CONCEPT
 *   ~N        up to N other words may come between the neighbouring patterns
 * and a whole phrase may be an entity found by its own scanner: "#email", "#url", "#phone".
 * Requirement rules (`data/common/requirements.json`) combine concepts; they never name words, so the
 * engine and the rules are the same for every language.
 */
export interface LexiconData {
  language: string;
  /** Number words that `#num` accepts ("two", "två", "kaksi"). */
  numbers?: string[];
  concepts: Record<string, string[]>;
}

export type WordPattern =
  | { kind: 'exact' | 'prefix' | 'suffix' | 'infix' | 'cased'; value: string }
  | { kind: 'num' | 'date' | 'year' }
  | { kind: 'concept'; value: string };

export interface Phrase {
  concept: string;
  words: WordPattern[];
  /** gaps[i]: how many other words may stand between words[i] and words[i + 1]. */
  gaps: number[];
}
