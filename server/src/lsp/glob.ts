import { globToRegExp as compile } from '../shared/glob';

/** `gdprLens.files` globs: matched against a document's whole path, file names only. */
export function globToRegExp(glob: string): RegExp {
  return compile(glob, true, false);
}

export function matchesAny(path: string, globs: RegExp[]): boolean {
  const normalized = path.replace(/\\/g, '/');
  return globs.some((glob) => glob.test(normalized));
}
