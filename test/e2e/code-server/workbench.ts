// test/e2e/code-server/workbench.ts: drives a VS Code workbench served by code-server in Debian's
// Chromium through playwright-core, for test/e2e/codeServer.test.ts.
// Adapted from /work/shared/tools/real-clients/code-server-check.cjs (a command-line checker): the same
// launch flags, DOM selectors and work-arounds, as functions. The selectors are VS Code internals,
// verified on code-server 4.100.3 (VS Code 1.100.3) — the version test/e2e/install.sh pins.
// The callbacks passed to page.evaluate run in the browser; tsconfig has no DOM lib, so they reach
// `document` through globalThis.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const EDITOR = '.editor-instance .monaco-editor';

/** Chromium with a fresh profile under `profileDir`; its crash/cache dirs are kept out of $HOME. */
export async function launchBrowser(executablePath: string, profileDir: string, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  mkdirSync(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(join(profileDir, 'profile'), {
    executablePath,
    headless: true,
    viewport,
    env: { ...process.env, XDG_CONFIG_HOME: join(profileDir, 'xdg-config'), XDG_CACHE_HOME: join(profileDir, 'xdg-cache') },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** The workbench URL that opens `folder` and, through the `payload` parameter, the file `fileAbs` in it. */
export function workbenchUrl(base: string, folder: string, fileAbs: string): string {
  const payload = JSON.stringify([['openFile', `vscode-remote://${new URL(base).host}${fileAbs}`]]);
  return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
}

/** Calls `probe` until `done` holds for its value or `timeoutMs` passes; returns the last value. */
export async function poll<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await probe();
  }
  return value;
}

/** The rendered lines of the active editor, top to bottom (only what the viewport shows). */
export function editorText(page: Page): Promise<string> {
  return page.evaluate((selector) => {
    const doc = (globalThis as any).document;
    const lines = doc.querySelector(`${selector} .view-lines`);
    if (!lines) return '';
    return Array.from(lines.querySelectorAll('.view-line') as ArrayLike<any>)
      .map((l) => ({ top: parseFloat(l.style.top) || 0, text: String(l.textContent).replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text)
      .join('\n');
  }, EDITOR);
}

/**
 * The centre of the first rendered occurrence of `text` in the editor, in page coordinates. Searched per
 * line: the tokenizer splits a line into spans ("Art." and "13" can be different tokens).
 */
export function wordPoint(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(([selector, w]) => {
    const doc = (globalThis as any).document;
    const lines = Array.from(doc.querySelectorAll(`${selector} .view-line`) as ArrayLike<any>)
      .sort((a, b) => (parseFloat(a.style.top) || 0) - (parseFloat(b.style.top) || 0));
    for (const line of lines) {
      const i = String(line.textContent).replace(/\u00a0/g, ' ').indexOf(w);
      if (i < 0) continue;
      // find the text nodes holding offsets i and i + w.length
      const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
      const range = doc.createRange();
      let offset = 0;
      let startSet = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent.length;
        if (!startSet && i < offset + length) { range.setStart(node, i - offset); startSet = true; }
        if (startSet && i + w.length <= offset + length) { range.setEnd(node, i + w.length - offset); break; }
        offset += length;
      }
      const b = range.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, [EDITOR, text] as const);
}

/** The text contents of every element matching `selector` ([] when none). */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((e: any) => String(e.textContent))).catch(() => [] as string[]);
}

/** Hovers `word` in the editor (moving in from below, as a user would) and waits for a hover containing `expected`. */
export async function hoverWord(page: Page, word: string, expected: string, timeoutMs = 20_000): Promise<string> {
  const point = await wordPoint(page, word);
  if (!point) throw new Error(`"${word}" is not rendered in the editor`);
  const hover = '.monaco-hover:not(.hidden) .monaco-hover-content';
  return poll(async () => {
    const now = (await texts(page, hover)).join('\n');
    if (!now.includes(expected)) {
      // a hover can close or show the wrong word: leave and come back
      await page.mouse.move(point.x - 40, point.y + 80);
      await page.mouse.move(point.x, point.y, { steps: 5 });
      await page.waitForTimeout(800);
      return (await texts(page, hover)).join('\n');
    }
    return now;
  }, (t) => t.includes(expected), timeoutMs, 100);
}

/** Runs a command through the command palette (F1), by its full title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  // the first row is focused; make sure it is ours before Enter
  for (let i = 0; i < 10; i++) {
    const focused = await page.$eval('.quick-input-widget .monaco-list-row.focused', (e: any) => String(e.getAttribute('aria-label') ?? e.textContent)).catch(() => '');
    if (focused.includes(title)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
}

/**
 * Picks the row containing `title` in the open action widget (quick-fix menu). The widget is keyboard
 * driven (a `.context-view-pointerBlock` covers it, so clicks do not reach the rows): arrow to the row, Enter.
 */
export async function pickAction(page: Page, title: string): Promise<void> {
  const count = (await texts(page, '.action-widget .monaco-list-row')).length;
  for (let i = 0; i <= count; i++) {
    const focused = await page.$eval('.action-widget .monaco-list-row.focused', (e: any) => String(e.getAttribute('aria-label') ?? e.textContent)).catch(() => '');
    if (focused.includes(title)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

type Box = { x: number; y: number; width: number; height: number };

/** The union of the bounding boxes (at most `maxHeight` high) of the visible elements matching `selectors`, padded and kept inside the viewport. */
export async function clipAround(page: Page, selectors: string[], pad = 8, maxHeight = Infinity): Promise<Box | undefined> {
  const boxes: Box[] = [];
  for (const selector of selectors) {
    for (const handle of await page.$$(selector)) {
      const box = await handle.boundingBox();
      if (box && box.width > 0 && box.height > 0) boxes.push(box);
    }
  }
  if (!boxes.length) return undefined;
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  const right = Math.min(size.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
  const bottom = Math.min(size.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
  return { x, y, width: right - x, height: Math.min(maxHeight, bottom - y) };
}

/** Hides the panel (Problems, Output, ...) if it is open: more room for the editor. */
export async function hidePanel(page: Page): Promise<void> {
  const panel = page.locator('.part.panel');
  if (!(await panel.isVisible())) return;
  await page.keyboard.press('Control+J');
  await panel.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
}

/** Puts the focus into the editor (a click on its visible text area, on the second line, empty in the seed). */
export async function focusEditor(page: Page): Promise<void> {
  await page.locator('.editor-instance .monaco-editor .overflow-guard').first().click({ position: { x: 400, y: 28 } });
}
