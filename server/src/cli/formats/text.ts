import type { FileReport } from '../report';

/** Compiler-style lines, `path:line:col: severity code: message`, with 1-based lines and columns as compilers print them. */
export function formatText(files: FileReport[]): string {
  const out: string[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      out.push(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`);
    }
    const present = file.requirements.filter((r) => r.status === 'present').length;
    const applicable = file.requirements.filter((r) => r.status !== 'not-applicable').length;
    const errors = file.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = file.diagnostics.filter((d) => d.severity === 'warning').length;
    out.push(`${file.path}: ${present}/${applicable} disclosures present; ${errors} error(s), ${warnings} warning(s) [language ${file.language}${file.country ? `, country ${file.country}` : ''}]`);
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
