/**
 * File-name globs for `gdprLens.files`: `**` (any folders), `*` (anything but "/"), `?`, `{a,b}`, `[abc]`.
 * Matched case-insensitively against the whole path with "/" separators. Compiled to a regular expression
 * without nested repetition, so matching is linear in the path.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      out += '(?:';
      inGroup = true;
    } else if (c === '}' && inGroup) {
      out += ')';
      inGroup = false;
    } else if (c === ',' && inGroup) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close > i) {
        out += `[${glob.slice(i + 1, close).replace(/\\/g, '\\\\')}]`;
        i = close;
      } else out += '\\[';
    } else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'i');
}

export function matchesAny(path: string, globs: RegExp[]): boolean {
  const normalized = path.replace(/\\/g, '/');
  return globs.some((glob) => glob.test(normalized));
}
