import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { InputError } from './files';
import { ConfigFinder, configFiles, configSelects, type LoadedConfig } from './config';
import { POLICY_EXTENSIONS, globBase, globToRegExp, isGlob, relativePosix, toPosix, walk } from './glob';

/**
 * Turns the command line's arguments into the files to check, in a stable order: a file as given; a directory
 * walked recursively (sorted), picking *.md, *.txt, *.html, *.policy, or what the nearest config's `files` globs
 * select; a glob ("docs/**\/*.md", quoted so the shell leaves it alone) matched from its fixed folder.
 * `--ignore` globs (relative to the working folder; without '/' they match a name at any depth) and the config's
 * `ignore` globs drop files found by walking. Each file appears once.
 */
export function expandInputs(args: string[], ignore: string[], configFor: (path: string) => LoadedConfig | null): string[] {
  const ignored = ignore.map((g) => globToRegExp(g));
  const cwd = process.cwd();
  const isIgnored = (path: string) => {
    const rel = relativePosix(cwd, resolve(path));
    return ignored.some((re) => re.test(rel));
  };
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (path: string) => {
    const key = resolve(path);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(path);
    }
  };
  const picks = (path: string) => {
    const loaded = configFor(path);
    if (!configSelects(loaded, path)) return false;
    const globs = configFiles(loaded);
    if (globs) {
      const rel = relativePosix(loaded!.dir, resolve(path));
      return globs.some((re) => re.test(rel));
    }
    return POLICY_EXTENSIONS.includes(extname(path).toLowerCase());
  };
  for (const arg of args) {
    if (existsSync(arg)) {
      if (statSync(arg).isDirectory()) {
        const found = walk(arg, isIgnored).filter(picks);
        if (found.length === 0) throw new InputError(`${arg}: no policy files in this directory (*.md, *.txt, *.html, *.policy)`);
        found.forEach(add);
      } else add(arg);
      continue;
    }
    if (!isGlob(arg)) throw new InputError(`${arg}: no such file`);
    const { base } = globBase(arg);
    const re = globToRegExp(toPosix(arg), false);
    const found = existsSync(base) ? walk(base, isIgnored).filter((p) => re.test(toPosix(p))) : [];
    if (found.length === 0) throw new InputError(`${arg}: no file matches`);
    found.forEach(add);
  }
  return out;
}

export { ConfigFinder };
