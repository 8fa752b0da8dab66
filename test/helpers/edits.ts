import type { TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Parser } from 'htmlparser2';

/** Applies LSP text edits to a text, as an editor would. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

/** Whether `small` appears in `big` in order (every character of the original kept). */
export function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (let j = 0; j < big.length && i < small.length; j++) if (big[j] === small[i]) i++;
  return i === small.length;
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'p', 'li']);

/** Problems with an HTML text's nesting that the original did not have: elements closed out of order. */
export function htmlNestingErrors(html: string): number {
  const stack: string[] = [];
  let errors = 0;
  const parser = new Parser({
    onopentag(name) {
      if (!VOID.has(name)) stack.push(name);
    },
    onclosetag(name, implied) {
      if (VOID.has(name) || implied) return;
      if (stack[stack.length - 1] === name) stack.pop();
      else errors++;
    },
  }, { recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  return errors;
}
