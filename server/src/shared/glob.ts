/**
 * File-name globs, shared by the CLI (inputs, ignore patterns, config `files`) and the language server
 * (`gdprLens.files`). Case-insensitive. Compiled to a regular expression without nested repetition, so matching
 * is linear in the path.
 */
/**
 * A glob as a regular expression over '/'-separated relative paths: `**` any folders, `*` and `?` within one
 * name, `{a,b}` alternatives, `[...]` classes. A glob without '/' matches a name at any depth (as in .gitignore).
 */
export function globToRegExp(glob: string, matchBase = true, folders = true): RegExp {
  let g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  if (matchBase && !g.includes('/')) g = `**/${g}`;
  let re = '';
  let braces = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slash = g[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const close = g.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${g.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  // A glob that names a folder matches everything under it too (unless `folders` is false: file names only).
  return new RegExp(`^${re}${folders ? '(?:/.*)?' : ''}$`, 'i');
}
