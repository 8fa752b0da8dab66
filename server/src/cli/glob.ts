import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { globToRegExp } from '../shared/glob';

export { globToRegExp };

/** The extensions picked when a directory is walked (unless a config file's `files` says otherwise). */
export const POLICY_EXTENSIONS = ['.md', '.txt', '.html', '.htm', '.policy'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export function isGlob(arg: string): boolean {
  return /[*?{[]/.test(arg);
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Every file under `dir`, sorted, with paths as `dir` + relative path; skips node_modules and .git. */
export function walk(dir: string, ignored: (path: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (ignored(path)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) visit(path);
      } else if (entry.isFile() || (entry.isSymbolicLink() && safeIsFile(path))) out.push(path);
    }
  };
  visit(dir);
  return out;
}

function safeIsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The fixed folder a glob starts from ("docs/**\/*.md" → "docs"), and the rest. */
export function globBase(glob: string): { base: string; rest: string } {
  const parts = glob.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0])) fixed.push(parts.shift()!);
  return { base: fixed.length ? fixed.join('/') || '/' : '.', rest: parts.join('/') };
}

export function relativePosix(from: string, to: string): string {
  return toPosix(relative(from, to));
}
