import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { hoverPacks } from '../../server/src/data';
import { capitalize, requirementText } from '../../server/src/service/messages';
import { isSubsequence } from '../helpers/edits';
import { clipAround, EDITOR, editorText, focusEditor, hidePanel, hoverWord, launchBrowser, pickAction, poll, runCommand, texts, wordPoint, workbenchUrl } from './code-server/workbench';

// End to end in a real VS Code: code-server 4.100.3 (= VS Code 1.100.3, installed by `bash test/e2e/install.sh`
// into .cache/e2e/code-server) with the packaged gdpr-lens.vsix installed, driven in Debian's Chromium by
// playwright-core. What a user sees: squiggles, Problems rows, the article hover, a quick fix applied, the
// checklist view and the status-bar score. The expectations come from the CLI on the same file.
// Screenshots go to test-results/; GDPR_LENS_DOCS_IMAGES=1 also copies the README's ones into docs/images/.

const execFileAsync = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const CODE_SERVER = process.env.CODE_SERVER ?? join(ROOT, '.cache', 'e2e', 'code-server', 'code-server');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SCRIPTS = join(ROOT, 'test', 'e2e', 'code-server');
const RESULTS = join(ROOT, 'test-results');
const DOCS_IMAGES = join(ROOT, 'docs', 'images');
// not copied for packaging: modules (linked instead), outputs, caches, tests
const SKIP_COPY = new Set(['node_modules', 'dist', 'out', '.cache', '.git', '.vscode-test', 'test-results', 'test']);
const INSTALL_HINT = 'run `bash test/e2e/install.sh` (as root) first';

// The seed: a real policy with missing rights and no DPO, plus one sentence with an article reference to hover.
const SEED = readFileSync(join(ROOT, 'test', 'fixtures', 'labelled', 'en-cloudvisor.txt'), 'utf8')
  .replace(/^Privacy Policy\n/, 'Privacy Policy\n\nThis notice gives you the information required by Art. 13 GDPR.\n');
const FILE_NAME = 'privacy-policy.md'; // matches "**/*privacy*" in gdprLens.files
const QUICK_FIX = { code: 'right-complaint', title: 'Complaints', inserted: '## Complaints' };
// a Problems row reads "<message>gdpr-lens(<code>)[Ln 1, Col 1]" (the parentheses may come from CSS)
const CODE = /gdpr-lens\(?([a-z0-9]+(?:-[a-z0-9]+)*)\)?\s*\[Ln \d+/;
const STATUS = { present: '✓', missing: '✗', 'not-applicable': '–' } as Record<string, string>;

type Requirement = { id: string; status: string; article: string; evidence: { start: { line: number } }[] };
type CliDiagnostic = { code: string; severity: string; message: string };
let cli = join(ROOT, 'dist', 'cli.js'); // the packaged build's, once packaged
/** What `gdpr-lens check --format json` says about a file. */
function cliCheck(file: string): { requirements: Requirement[]; diagnostics: CliDiagnostic[] } {
  let out: string;
  try {
    out = execFileSync(process.execPath, [cli, 'check', '--format', 'json', file], { encoding: 'utf8' });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout); // exit status 1: findings at the error level
  }
  return JSON.parse(out).files[0];
}
const score = (requirements: Requirement[]) =>
  `GDPR ${requirements.filter((r) => r.status === 'present').length}/${requirements.filter((r) => r.status !== 'not-applicable').length}`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

const log = (message: string) => process.stdout.write(`# code-server: ${message}\n`);

// Not a skip: without the tools this fails, naming the install script (the suite's `before` throws the same).
test('code-server and Chromium are installed (bash test/e2e/install.sh)', () => {
  assert.ok(existsSync(CODE_SERVER), `code-server is not installed (${CODE_SERVER} missing): ${INSTALL_HINT}`);
  assert.ok(existsSync(CHROMIUM), `Chromium is not installed (${CHROMIUM} missing): ${INSTALL_HINT}`);
});

describe('the extension in a real VS Code (code-server + Chromium)', () => {
  let work = '';
  let state = '';
  let context: BrowserContext | undefined;
  let page: Page;
  let file = '';
  let expected: ReturnType<typeof cliCheck>;

  /** Saves a screenshot (clipped to `clip` when given) to test-results/NAME and, when asked, docs/images/NAME. */
  async function shot(name: string, clip?: { x: number; y: number; width: number; height: number }, docs = false): Promise<string> {
    mkdirSync(RESULTS, { recursive: true });
    const path = join(RESULTS, name);
    await page.screenshot({ path, ...(clip ? { clip } : {}) });
    log(`screenshot ${path} (${Math.round(statSync(path).size / 1024)} KB)`);
    if (docs && process.env.GDPR_LENS_DOCS_IMAGES === '1') {
      mkdirSync(DOCS_IMAGES, { recursive: true });
      copyFileSync(path, join(DOCS_IMAGES, name));
    }
    return path;
  }

  before(async () => {
    if (!existsSync(CODE_SERVER)) throw new Error(`code-server is not installed (${CODE_SERVER} missing): ${INSTALL_HINT}`);
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed (${CHROMIUM} missing): ${INSTALL_HINT}`);
    const t0 = Date.now();
    work = mkdtempSync(join(tmpdir(), 'gdpr-lens-cs-'));
    // `npm run package` (esbuild --production + vsce) in a copy of the project, so that the production build
    // does not rewrite dist/ under test files running in parallel.
    const copy = join(work, 'project');
    cpSync(ROOT, copy, { recursive: true, filter: (source) => !SKIP_COPY.has(relative(ROOT, source)) && !source.endsWith('.vsix') });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    await execFileAsync('npm', ['run', 'package'], { cwd: copy, timeout: 180_000, maxBuffer: 1 << 24 });
    const vsix = join(copy, 'gdpr-lens.vsix');
    cli = join(copy, 'dist', 'cli.js');
    log(`packaged ${vsix} (${Math.round(statSync(vsix).size / 1024)} KB) in ${((Date.now() - t0) / 1000).toFixed(1)}s`);

    state = join(work, 'state');
    const folder = join(work, 'workspace');
    mkdirSync(folder, { recursive: true });
    mkdirSync(join(work, 'tmp'));
    file = join(folder, FILE_NAME);
    writeFileSync(file, SEED);
    expected = cliCheck(file);

    const port = await freePort();
    const env = { ...process.env, TMPDIR: join(work, 'tmp') }; // VS Code's ipc sockets and temp files
    await execFileAsync('bash', [join(SCRIPTS, 'code-server-start.sh'), CODE_SERVER, state, String(port), vsix], { env, timeout: 240_000 });
    log(`code-server on port ${port} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);

    ({ context, page } = await launchBrowser(CHROMIUM, join(work, 'chromium')));
    page.setDefaultTimeout(30_000);
    const base = `http://127.0.0.1:${port}`;
    await page.goto(workbenchUrl(base, folder, file), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const tab = page.locator(`.tabs-container .tab[data-resource-name="${FILE_NAME}"]`);
    const opened = await tab.waitFor({ timeout: 30_000 }).then(() => true, () => false);
    if (!opened) { // the payload did not open it: Quick Open
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').fill(FILE_NAME);
      await page.waitForTimeout(1000);
      await page.keyboard.press('Enter');
      await tab.waitFor({ timeout: 30_000 });
    }
    await page.waitForSelector(`${EDITOR} .view-lines`);
    log(`workbench with ${FILE_NAME} open after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  }, { timeout: 300_000 });

  after(async () => {
    if (context) {
      await shot('code-server-last.png').catch(() => undefined);
      await context.close().catch(() => undefined);
    }
    if (state) {
      await execFileAsync('bash', [join(SCRIPTS, 'code-server-stop.sh'), state], { timeout: 30_000 }).catch(() => undefined);
      try {
        mkdirSync(RESULTS, { recursive: true });
        copyFileSync(join(state, 'code-server.log'), join(RESULTS, 'code-server.log'));
      } catch { /* no log */ }
    }
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('squiggles appear under the findings', async () => {
    const squiggle = `${EDITOR} .squiggly-error, ${EDITOR} .squiggly-warning`;
    await page.waitForSelector(squiggle, { timeout: 60_000 });
    const classes = await page.$$eval(squiggle, (els) => els.map((e: any) => String(e.className)));
    log(`squiggles: ${classes.length} (${[...new Set(classes)].join(', ')})`);
    assert.ok(classes.some((c) => c.includes('squiggly-error')), 'an error squiggle (a missing core requirement)');
  });

  test('the Problems panel lists our diagnostics with source gdpr-lens and a requirement id', async () => {
    await page.keyboard.press('Control+Shift+M');
    const row = '.markers-panel .monaco-list-row';
    const rows = await poll(() => texts(page, row), (t) => t.filter((r) => CODE.test(r)).length >= 3, 30_000);
    const codes = rows.map((r) => CODE.exec(r)?.[1]).filter((c): c is string => !!c);
    log(`Problems: ${rows.length} rows, codes ${codes.join(', ')}; first: ${JSON.stringify(rows[1]?.slice(0, 200))}`);
    const cliCodes = new Set(expected.diagnostics.map((d) => d.code));
    const missing = expected.requirements.filter((r) => r.status === 'missing').map((r) => r.id);
    assert.ok(codes.length >= 3, `Problems rows with "gdpr-lens(<id>)": ${JSON.stringify(rows)}`);
    assert.deepEqual(codes.filter((c) => !cliCodes.has(c)), [], 'every code shown is one the CLI reports');
    assert.ok(codes.some((c) => missing.includes(c)), `a missing requirement (${missing.join(', ')}) among ${codes.join(', ')}`);
    // errors sort first in the Problems view: every missing core requirement (an error) has its row
    const errors = expected.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    assert.deepEqual(errors.filter((c) => !codes.includes(c)), [], `the error rows (${errors.join(', ')})`);
    const message = expected.diagnostics.find((d) => d.code === codes[0])!.message;
    assert.ok(rows.some((r) => r.includes(message.slice(0, 40))), `the row shows the CLI's message "${message.slice(0, 40)}…"`);
    await hidePanel(page);
    await focusEditor(page);
  });

  test('hovering an article reference shows the explanation', async () => {
    await hidePanel(page);
    const title = hoverPacks.en.articles.articles['13'].title;
    const text = await hoverWord(page, 'Art. 13', title);
    log(`hover: ${JSON.stringify(text.slice(0, 160))}`);
    assert.ok(text.includes(title), `hover with "${title}", got ${JSON.stringify(text.slice(0, 300))}`);
    await shot('code-server.png');
    await shot('code-server-hover.png', await clipAround(page, ['.editor-instance', '.monaco-hover:not(.hidden)'], 0, 440), true);
    await page.mouse.move(5, 5);
  });

  test('the status bar shows the score and the checklist view lists every requirement', async () => {
    const want = score(expected.requirements);
    const items = await poll(() => texts(page, '.statusbar .statusbar-item'), (t) => t.some((s) => /GDPR \d+\/\d+/.test(s)), 30_000);
    const item = items.find((s) => /GDPR \d+\/\d+/.test(s));
    log(`status bar: ${JSON.stringify(item)} (CLI: ${want})`);
    assert.ok(item, `a status-bar item "GDPR n/m"; items: ${JSON.stringify(items)}`);
    assert.equal(/GDPR \d+\/\d+/.exec(item)![0], want);

    await runCommand(page, 'GDPR Lens: Show Checklist');
    const rows = await checklistRows();
    log(`checklist: ${rows.length} rows, e.g. ${JSON.stringify(rows.slice(0, 3))}`);
    assertChecklist(rows);
    // for the picture: fold the folder pane so the checklist gets the room, and move the mouse off the tree
    const folders = page.locator('.part.sidebar .pane-header[aria-label^="Explorer Section"][aria-expanded="true"]').first();
    if (await folders.isVisible()) await folders.click();
    await page.mouse.move(200, 25);
    await page.waitForTimeout(800);
    const statusItem = '.statusbar .statusbar-item:has-text("GDPR ")';
    await shot('code-server-checklist.png', await clipAround(page, ['.part.sidebar', '.part.activitybar', statusItem], 0), true);

    // a click on a row reveals the requirement's evidence in the editor (the cursor goes to its line)
    const present = expected.requirements.find((r) => r.status === 'present' && r.evidence.length > 0 && r.evidence[0].start.line > 5)!;
    const title = capitalize(requirementText('en', present.id).title);
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /GDPR Checklist/i }) }).first();
    await pane.locator('.monaco-list-row', { hasText: title }).first().click();
    const wantLine = present.evidence[0].start.line + 1;
    const position = await poll(async () => (await texts(page, '.statusbar .statusbar-item')).find((t) => /Ln \d+, Col \d+/.test(t)) ?? '',
      (t) => new RegExp(`Ln ${wantLine},`).test(t), 20_000);
    log(`clicked "${title}": ${position} (evidence on line ${wantLine})`);
    assert.match(position, new RegExp(`Ln ${wantLine},`), `the click on "${title}" goes to its evidence on line ${wantLine}`);

    // the status-bar item reveals the view too: hide the Explorer (Search view), then click it
    await page.keyboard.press('Control+Shift+F');
    await page.waitForTimeout(500);
    await page.locator('.statusbar .statusbar-item', { hasText: /GDPR \d+\/\d+/ }).first().click();
    assert.ok((await checklistRows()).length > 0, 'the checklist is visible after clicking the status-bar item');
    await focusEditor(page);
  });

  test('a quick fix inserts a missing section and keeps every original line', async () => {
    assert.ok(expected.diagnostics.some((d) => d.code === QUICK_FIX.code), `the CLI reports ${QUICK_FIX.code}`);
    await page.keyboard.press('Control+Home'); // the missing-requirement diagnostics cover the first line
    const point = await wordPoint(page, 'Policy');
    assert.ok(point, '"Privacy Policy" is rendered');
    await page.mouse.click(point.x, point.y);
    await page.keyboard.press('Control+.');
    const menu = await poll(() => texts(page, '.action-widget .monaco-list-row'), (t) => t.some((r) => r.includes(QUICK_FIX.title)), 30_000);
    log(`quick-fix menu: ${JSON.stringify(menu)}`);
    assert.ok(menu.some((r) => r.includes(QUICK_FIX.title)), `"Insert section “${QUICK_FIX.title}”" in ${JSON.stringify(menu)}`);
    await shot('code-server-quick-fix.png', await clipAround(page, ['.editor-instance', '.action-widget'], 0, 440), true);
    await pickAction(page, QUICK_FIX.title);

    // the edit lands at the end of the file; save and read what VS Code wrote
    await page.waitForTimeout(500);
    await page.keyboard.press('Control+S');
    const saved = await poll(async () => readFileSync(file, 'utf8'), (t) => t.includes(QUICK_FIX.inserted), 20_000);
    assert.ok(saved.includes(QUICK_FIX.inserted), `the saved file contains "${QUICK_FIX.inserted}"`);
    assert.ok(isSubsequence(SEED, saved), 'nothing of the original text is lost');
    const lines = new Set(saved.split('\n'));
    assert.deepEqual(SEED.split('\n').filter((l) => !lines.has(l)), [], 'every original line is intact');
    // and the editor shows it: the section is at the end of the document
    await page.keyboard.press('Control+End');
    const shown = await poll(() => editorText(page), (t) => t.includes(QUICK_FIX.inserted), 10_000);
    log(`editor after the fix, last lines: ${JSON.stringify(shown.split('\n').filter((l) => l.trim()).slice(-3))}`);
    assert.ok(shown.includes(QUICK_FIX.inserted), `the editor shows "${QUICK_FIX.inserted}"`);

    // the fix resolves its finding, and the score follows: the CLI on the saved file agrees with the status bar
    const now = cliCheck(file);
    assert.equal(now.requirements.find((r) => r.id === QUICK_FIX.code)?.status, 'present');
    const item = await poll(async () => (await texts(page, '.statusbar .statusbar-item')).find((s) => s.includes(score(now.requirements))),
      (s) => !!s, 20_000);
    assert.ok(item, `the status bar shows ${score(now.requirements)} after the fix`);
  });

  /** The rows of the GDPR Checklist view (all of them: the tree is virtual, so it is scrolled through). */
  async function checklistRows(): Promise<string[]> {
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /GDPR Checklist/i }) }).first();
    await pane.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
    const seen = new Map<number, string>();
    for (let i = 0; i < 20; i++) {
      const rows = await pane.locator('.monaco-list-row').evaluateAll((els) =>
        els.map((e: any) => [Number(e.getAttribute('data-index')), String(e.getAttribute('aria-label') ?? e.textContent)] as [number, string]));
      const before = seen.size;
      for (const [index, label] of rows) seen.set(index, label);
      if (i > 0 && seen.size === before) break;
      await pane.locator('.monaco-list').first().hover();
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(200);
    }
    await page.mouse.wheel(0, -5000);
    return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, label]) => label);
  }

  /** One row per requirement, marked as the CLI sees it, with its article. */
  function assertChecklist(rows: string[]): void {
    const marked = rows.filter((r) => /^[✓✗–] /.test(r));
    assert.equal(marked.length, expected.requirements.length, `a row per requirement: ${JSON.stringify(rows)}`);
    const count = (mark: string, list: string[]) => list.filter((m) => m === mark).length;
    const marks = marked.map((r) => r[0]);
    const cliMarks = expected.requirements.map((r) => STATUS[r.status]);
    for (const mark of ['✓', '✗', '–']) assert.equal(count(mark, marks), count(mark, cliMarks), `rows marked ${mark}`);
    const articles = expected.requirements.map((r) => r.article);
    assert.deepEqual(marked.filter((r) => !articles.some((a) => r.includes(a))), [], 'every row shows its article');
  }
});
