// Generates snippets/<lang>.code-snippets from server/src/data/<lang>/clauses.json, so the static snippets,
// the completion items and the quick-fixes all come from one clause library. Run by esbuild.mjs.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildSnippets(root) {
  const dataDir = join(root, 'server', 'src', 'data');
  const outDir = join(root, 'snippets');
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const lang of readdirSync(dataDir).sort()) {
    const file = join(dataDir, lang, 'clauses.json');
    if (!existsSync(file)) continue;
    const { clauses } = JSON.parse(readFileSync(file, 'utf8'));
    const snippets = {};
    for (const clause of clauses) {
      snippets[`${clause.title} (${lang})`] = {
        prefix: [`${clause.prefix}-${lang}`, clause.prefix],
        body: clause.body,
        description: `GDPR Lens clause (${lang}): ${clause.requirements.join(', ')}`,
      };
    }
    writeFileSync(join(outDir, `${lang}.code-snippets`), JSON.stringify(snippets, null, 2) + '\n');
    written.push(lang);
  }
  return written;
}
