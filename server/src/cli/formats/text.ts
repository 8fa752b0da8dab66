import type { FileReport } from '../report';

const COLOURS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' };
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';

/**
 * Compiler-style lines, `path:line:col: severity code: message`, with 1-based lines and columns as compilers
 * print them. `color` adds ANSI colours (the CLI asks for them only on a TTY without NO_COLOR).
 */
export function formatText(files: FileReport[], options: { color?: boolean } = {}): string {
  const paint = (code: string, s: string) => (options.color ? `${code}${s}${RESET}` : s);
  const out: string[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      out.push(`${paint(BOLD, `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}:`)} ${paint(COLOURS[d.severity] ?? '', d.severity)} ${d.code}: ${d.message}`);
    }
    const present = file.requirements.filter((r) => r.status === 'present').length;
    const applicable = file.requirements.filter((r) => r.status !== 'not-applicable').length;
    const errors = file.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = file.diagnostics.filter((d) => d.severity === 'warning').length;
    out.push(`${file.path}: ${present}/${applicable} disclosures present; ${errors} error(s), ${warnings} warning(s) [language ${file.language}${file.country ? `, country ${file.country}` : ''}]`);
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
