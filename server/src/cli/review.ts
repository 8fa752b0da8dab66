import { analyze, formatOf, LineIndex, type AnalysisResult, type Span } from '../service';
import { analyzeInternal } from '../service/analyze';
import { extractFacts } from '../service/declared';
import { clauseFor, renderClause } from '../service/features/clauses';
import { readabilityScore, type ReadabilityScore } from '../service/checks/readability';
import { requirementText } from '../service/messages';
import { readPolicyFile } from './files';
import type { Job } from './check';
import { articleUri } from './rules';

/** Everything a review report shows, format-neutral. */
export interface Review {
  path: string;
  date: string;
  language: string;
  country: string | null;
  present: number;
  applicable: number;
  checklist: { id: string; title: string; article: string; status: string; kind: string; evidence: { line: number; quote: string }[] }[];
  missing: { id: string; title: string; article: string; hint: string; severity: string; clause: string | null; suppressed: boolean }[];
  findings: { line: number; severity: string; code: string; message: string }[];
  readability: (ReadabilityScore & { wordsPerSentence: number }) | null;
}

const MAX_QUOTES = 3;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const MAX_QUOTE = 200;

export function buildReview(job: Job): Review {
  const text = readPolicyFile(job.path, job.maxSize);
  const options = { ...job.options, fileName: job.path, format: formatOf(job.path) };
  const result: AnalysisResult = analyze(text, options);
  const internal = analyzeInternal(text, options);
  const today = options.today ? new Date(`${options.today}T00:00:00Z`) : new Date();
  const lang = internal.messagesLanguage;
  const facts = extractFacts(internal.read, internal.country);
  const lines = new LineIndex(text);
  const quote = (span: Span) => {
    const q = text.slice(span.start, span.end).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    return q.length > MAX_QUOTE ? `${q.slice(0, MAX_QUOTE - 1)}…` : q;
  };
  const requirementFindings = new Map(result.findings.filter((f) => f.data?.kind === 'missing-requirement').map((f) => [f.code, f]));
  const requirementIdsSet = new Set(result.requirements.map((r) => r.id));
  const checklist = result.requirements.map((r) => ({
    id: r.id,
    title: capital(requirementText(lang, r.id).title),
    article: r.article,
    status: r.status,
    kind: r.effectiveKind,
    evidence: r.evidence.slice(0, MAX_QUOTES).map((s) => ({ line: lines.positionAt(s.start).line + 1, quote: quote(s) })),
  }));
  const missing = result.requirements
    .filter((r) => r.status === 'missing')
    .map((r) => {
      const clause = clauseFor(internal.read.language, r.id);
      const finding = requirementFindings.get(r.id);
      return {
        id: r.id,
        title: capital(requirementText(lang, r.id).title),
        article: r.article,
        hint: requirementText(lang, r.id).missing,
        severity: finding?.severity ?? (r.effectiveKind === 'core' ? 'error' : 'warning'),
        clause: clause ? renderClause(clause.body, internal.read.language, facts, today) : null,
        // Off in the settings, or hidden by an inline comment: still listed, marked as such.
        suppressed: !finding,
      };
    });
  const findings = result.findings
    .filter((f) => !requirementIdsSet.has(f.code))
    .map((f) => ({ line: lines.positionAt(f.span.start).line + 1, severity: f.severity, code: f.code, message: f.message }));
  const score = readabilityScore({ read: internal.read });
  return {
    path: job.path,
    date: today.toISOString().slice(0, 10),
    language: result.language,
    country: result.country,
    present: result.requirements.filter((r) => r.status === 'present').length,
    applicable: result.requirements.filter((r) => r.status !== 'not-applicable').length,
    checklist,
    missing,
    findings,
    readability: score ? { ...score, wordsPerSentence: score.sentences ? Math.round((score.words / score.sentences) * 10) / 10 : 0 } : null,
  };
}

const STATUS: Record<string, string> = { present: '✔ present', missing: '✘ missing', 'not-applicable': '– not applicable' };
const FORMULA: Record<string, string> = { lix: 'LIX (higher is harder)', flesch: 'Flesch reading ease (lower is harder)', amstad: 'Amstad (lower is harder)', 'kandel-moles': 'Kandel & Moles (lower is harder)' };

function articleLink(article: string): string {
  return articleUri(Number(/\d+/.exec(article)?.[0] ?? 13));
}

export function reviewReport(job: Job, format: 'md' | 'html'): string {
  const review = buildReview(job);
  return format === 'md' ? markdown(review) : html(review);
}

function md(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdown(r: Review): string {
  const out: string[] = [];
  out.push(`# GDPR Art. 13/14 review: ${r.path}`, '');
  out.push(`Reviewed ${r.date} with GDPR Lens. Language: ${r.language}. Controller's country: ${r.country ?? 'not stated'}.`, '');
  out.push(`**${r.present} of ${r.applicable} applicable disclosures present**; ${r.missing.length} missing, ${r.findings.length} reviewer finding(s).`, '');
  out.push('## Checklist', '', '| Requirement | GDPR Art. | Status | Evidence |', '|---|---|---|---|');
  for (const c of r.checklist) {
    const evidence = c.evidence.map((e) => `line ${e.line}: “${md(e.quote)}”`).join('<br>') || '—';
    out.push(`| ${md(c.title)} (\`${c.id}\`${c.kind !== 'core' ? `, ${c.kind}` : ''}) | [${c.article}](${articleLink(c.article)}) | ${STATUS[c.status]} | ${evidence} |`);
  }
  out.push('', '## Missing disclosures', '');
  if (r.missing.length === 0) out.push('None.', '');
  for (const m of r.missing) {
    out.push(`### ${m.title} (GDPR Art. ${m.article})`, '');
    out.push(`${m.hint}${m.suppressed ? ' *(Suppressed in the settings or by an inline comment.)*' : ''}`, '');
    if (m.clause) out.push('Suggested clause:', '', ...m.clause.split('\n').map((l) => `> ${l}`), '');
  }
  out.push('## Reviewer findings', '');
  if (r.findings.length === 0) out.push('None.', '');
  else {
    out.push('| Line | Severity | Code | Finding |', '|---|---|---|---|');
    for (const f of r.findings) out.push(`| ${f.line} | ${f.severity} | \`${f.code}\` | ${md(f.message)} |`);
    out.push('');
  }
  out.push('## Readability', '');
  if (!r.readability) out.push('No readability measure for this language.', '');
  else {
    const x = r.readability;
    out.push(`| Measure | Value |`, '|---|---|', `| ${FORMULA[x.formula] ?? x.formula} | ${x.score.toFixed(1)} |`, `| Words | ${x.words} |`, `| Sentences | ${x.sentences} |`, `| Words per sentence | ${x.wordsPerSentence} |`, '');
  }
  return out.join('\n');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CSS = `
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 2px solid #ddd; padding-bottom: .2rem; } h3 { font-size: 1.05rem; margin-bottom: .3rem; }
.meta { color: #555; } .summary { font-size: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; } th, td { border: 1px solid #ccc; padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: #f3f3f3; } tr { break-inside: avoid; page-break-inside: avoid; }
.present { color: #17692b; font-weight: 600; } .missing { color: #b00020; font-weight: 600; } .not-applicable { color: #777; }
.sev-error { color: #b00020; } .sev-warning { color: #8a5a00; } .sev-information, .sev-hint { color: #2a5d8a; }
blockquote { margin: .4rem 0 1rem; padding: .5rem .8rem; background: #f7f7f7; border-left: 4px solid #999; white-space: pre-wrap; }
q { font-style: italic; } .line { color: #555; font-size: .9em; } .note { color: #555; font-style: italic; } a { color: #1a4f9c; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; } a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; } .clause { break-inside: avoid; page-break-inside: avoid; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { margin: 18mm 15mm; }
}`;

export function html(r: Review): string {
  const out: string[] = [];
  out.push('<!DOCTYPE html>', `<html lang="${esc(r.language)}">`, '<head>', '<meta charset="utf-8">', `<title>GDPR review: ${esc(r.path)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
  out.push(`<h1>GDPR Art. 13/14 review: ${esc(r.path)}</h1>`);
  out.push(`<p class="meta">Reviewed ${esc(r.date)} with GDPR Lens. Language: ${esc(r.language)}. Controller’s country: ${esc(r.country ?? 'not stated')}.</p>`);
  out.push(`<p class="summary"><strong>${r.present} of ${r.applicable} applicable disclosures present</strong>; ${r.missing.length} missing, ${r.findings.length} reviewer finding(s).</p>`);
  out.push('<h2>Checklist</h2>', '<table>', '<thead><tr><th>Requirement</th><th>GDPR Art.</th><th>Status</th><th>Evidence</th></tr></thead>', '<tbody>');
  for (const c of r.checklist) {
    const evidence = c.evidence.map((e) => `<span class="line">line ${e.line}:</span> <q>${esc(e.quote)}</q>`).join('<br>') || '—';
    out.push(`<tr><td>${esc(c.title)} <code>${esc(c.id)}</code>${c.kind !== 'core' ? ` <span class="note">${esc(c.kind)}</span>` : ''}</td><td><a href="${articleLink(c.article)}">${esc(c.article)}</a></td><td class="${c.status}">${esc(STATUS[c.status])}</td><td>${evidence}</td></tr>`);
  }
  out.push('</tbody>', '</table>');
  out.push('<h2>Missing disclosures</h2>');
  if (r.missing.length === 0) out.push('<p>None.</p>');
  for (const m of r.missing) {
    out.push('<div class="clause">', `<h3>${esc(m.title)} (GDPR Art. ${esc(m.article)})</h3>`);
    out.push(`<p>${esc(m.hint)}${m.suppressed ? ' <span class="note">(Suppressed in the settings or by an inline comment.)</span>' : ''}</p>`);
    if (m.clause) out.push('<p>Suggested clause:</p>', `<blockquote>${esc(m.clause)}</blockquote>`);
    out.push('</div>');
  }
  out.push('<h2>Reviewer findings</h2>');
  if (r.findings.length === 0) out.push('<p>None.</p>');
  else {
    out.push('<table>', '<thead><tr><th>Line</th><th>Severity</th><th>Code</th><th>Finding</th></tr></thead>', '<tbody>');
    for (const f of r.findings) out.push(`<tr><td>${f.line}</td><td class="sev-${f.severity}">${esc(f.severity)}</td><td><code>${esc(f.code)}</code></td><td>${esc(f.message)}</td></tr>`);
    out.push('</tbody>', '</table>');
  }
  out.push('<h2>Readability</h2>');
  if (!r.readability) out.push('<p>No readability measure for this language.</p>');
  else {
    const x = r.readability;
    out.push('<table>', '<tbody>', `<tr><th>${esc(FORMULA[x.formula] ?? x.formula)}</th><td>${x.score.toFixed(1)}</td></tr>`, `<tr><th>Words</th><td>${x.words}</td></tr>`, `<tr><th>Sentences</th><td>${x.sentences}</td></tr>`, `<tr><th>Words per sentence</th><td>${x.wordsPerSentence}</td></tr>`, '</tbody>', '</table>');
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

