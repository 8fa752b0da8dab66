/**
 * Every match of a global regular expression in `text`, by `exec` on the expression itself. `matchAll` copies
 * the expression for every call, which costs more than the search when a short text (a block) is searched
 * with many expressions. The expression's `lastIndex` is reset before and after.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}
