import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

// Loads the extension's TextMate grammars into a vscode-textmate Registry the way VS Code does: grammars are found by
// scopeName from package.json's contributes.grammars, and injections follow each entry's `injectTo`. Markdown and
// plain text are not ours, so small stand-ins are registered for `text.html.markdown` (headings, fenced and inline
// code, which the injection selector must leave alone) and `text.plain` (no patterns at all).

export const ROOT = join(__dirname, '..', '..');
export const REFERENCES = 'text.gdpr-lens.references';
export const POLICY = 'text.privacy-policy';
export const MARKDOWN = 'text.html.markdown';
export const PLAIN = 'text.plain';

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
}

export const contributedGrammars: GrammarContribution[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.grammars;

export function grammarPath(scopeName: string): string {
  const entry = contributedGrammars.find((g) => g.scopeName === scopeName);
  if (!entry) throw new Error(`no contributed grammar for ${scopeName}`);
  return join(ROOT, entry.path);
}

const markdownStandIn = {
  scopeName: MARKDOWN,
  name: 'Markdown (test stand-in)',
  patterns: [
    { begin: '^(`{3,})(.*)$', end: '^(\\1)\\s*$', name: 'markup.fenced_code.block.markdown' },
    // Like the real Markdown grammar: a heading is one match whose text is scanned again with the inline rules.
    {
      match: '^(#{1,6})\\s+(.*)$',
      name: 'markup.heading.markdown',
      captures: { '1': { name: 'punctuation.definition.heading.markdown' }, '2': { name: 'entity.name.section.markdown', patterns: [{ include: '#inline' }] } },
    },
    { include: '#inline' },
  ],
  repository: { inline: { patterns: [{ match: '(`)[^`]+(`)', name: 'markup.inline.raw.string.markdown' }] } },
};

const plainStandIn = { scopeName: PLAIN, name: 'Plain Text (test stand-in)', patterns: [] };

let onigLib: Promise<vsctm.IOnigLib> | undefined;
function loadOniguruma(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

let registry: vsctm.Registry | undefined;
function getRegistry(): vsctm.Registry {
  registry ??= new vsctm.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scopeName) => {
      if (scopeName === MARKDOWN) return vsctm.parseRawGrammar(JSON.stringify(markdownStandIn), 'markdown.json');
      if (scopeName === PLAIN) return vsctm.parseRawGrammar(JSON.stringify(plainStandIn), 'plain.json');
      const entry = contributedGrammars.find((g) => g.scopeName === scopeName);
      if (!entry) return null;
      const path = join(ROOT, entry.path);
      return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
    // As VS Code does: every contributed grammar whose injectTo names the scope is offered as an injection.
    getInjections: (scopeName) => contributedGrammars.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  });
  return registry;
}

const grammars = new Map<string, Promise<vsctm.IGrammar>>();
export function loadGrammar(scopeName: string): Promise<vsctm.IGrammar> {
  let grammar = grammars.get(scopeName);
  if (!grammar) {
    grammar = getRegistry()
      .loadGrammar(scopeName)
      .then((g) => {
        if (!g) throw new Error(`grammar ${scopeName} did not load`);
        return g;
      });
    grammars.set(scopeName, grammar);
  }
  return grammar;
}

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

/** Tokenizes `text` line by line, carrying the rule stack over, like an editor does. */
export async function tokenize(scopeName: string, text: string): Promise<Token[]> {
  const grammar = await loadGrammar(scopeName);
  const tokens: Token[] = [];
  let stack = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const t of result.tokens) tokens.push({ line: index, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = result.ruleStack;
  });
  return tokens;
}

/**
 * The texts covered by `scope`: each maximal run of consecutive tokens (on one line) that carry exactly that scope
 * name, joined. `spans(tokens, 'constant.numeric.duration.gdpr-lens')` → ['24 Monate'].
 */
export function spans(tokens: Token[], scope: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  let line = -1;
  for (const token of tokens) {
    const has = token.scopes.includes(scope);
    if (has && current !== undefined && token.line === line) current += token.text;
    else {
      if (current !== undefined) out.push(current);
      current = has ? token.text : undefined;
    }
    line = token.line;
  }
  if (current !== undefined) out.push(current);
  return out;
}

/** Every scope name seen in the tokens (for "nothing of ours was scoped" checks). */
export function allScopes(tokens: Token[]): Set<string> {
  return new Set(tokens.flatMap((t) => t.scopes));
}

/** The scopes of the token containing the first occurrence of `part`. */
export function scopesAt(tokens: Token[], part: string): string[] {
  const lineTexts = new Map<number, string>();
  for (const t of tokens) lineTexts.set(t.line, (lineTexts.get(t.line) ?? '') + t.text);
  for (const [line, text] of lineTexts) {
    const at = text.indexOf(part);
    if (at < 0) continue;
    let offset = 0;
    for (const t of tokens.filter((x) => x.line === line)) {
      if (at >= offset && at < offset + t.text.length) return t.scopes;
      offset += t.text.length;
    }
  }
  throw new Error(`"${part}" not found in the tokenized text`);
}
