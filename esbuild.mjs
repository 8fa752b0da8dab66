// Bundles the extension client, the language server (Node and browser worker), the CLI and the eval tool: one file each.
//   node esbuild.mjs               development build (source maps)
//   node esbuild.mjs --production  minified, for packaging
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { buildSnippets } from './scripts/build-snippets.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  define: { GDPR_LENS_VERSION: JSON.stringify(pkg.version) },
};

const builds = [
  // `vscode` is provided by the editor at run time; it is the only external module.
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/eval/main.ts'], outfile: 'dist/eval.js' },
  { ...common, entryPoints: ['server/src/service/bench-entry.ts'], outfile: 'dist/bench-core.js' },
  // Browser builds (vscode.dev): the language server as a Web Worker script. Nothing Node-specific may reach
  // these bundles (a `node:` import fails the build, which is intended).
  {
    ...common,
    entryPoints: ['server/src/browser/main.ts'],
    outfile: 'dist/browser/server.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  // The web extension's client: CommonJS, as VS Code loads web extensions; `vscode` is provided.
  {
    ...common,
    entryPoints: ['client/src/browser.ts'],
    outfile: 'dist/browser/client.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
  },
];

buildSnippets(new URL('.', import.meta.url).pathname);

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[watch] watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
