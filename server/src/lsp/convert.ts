import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalyzeOptions, Finding, Format, Severity, Span } from '../service';
import type { Settings } from '../shared/settings';
import { DIAGNOSTIC_SOURCE } from '../shared/protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(document: TextDocument, span: Span) {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toDiagnostic(document: TextDocument, finding: Finding, relatedSupport: boolean): Diagnostic {
  return {
    range: toRange(document, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(relatedSupport && finding.related.length
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri: document.uri, range: toRange(document, r.span) }, message: r.message })) }
      : {}),
    ...(finding.data ? { data: finding.data } : {}),
  };
}

/** The format of a document from its language id, falling back to its file name. */
export function formatOfDocument(languageId: string, uri: string): Format | undefined {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'html') return 'html';
  // "text" is Neovim's and Helix's name for plain text.
  if (languageId === 'plaintext' || languageId === 'text') return 'plaintext';
  const path = uri.toLowerCase();
  if (path.endsWith('.md') || path.endsWith('.markdown')) return 'markdown';
  if (path.endsWith('.html') || path.endsWith('.htm')) return 'html';
  if (languageId === 'privacy-policy') return path.endsWith('.policy.md') ? 'markdown' : 'plaintext';
  return undefined;
}

/** The path of a URI, decoded, for glob matching and format guessing. */
export function pathOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/** The options the core gets for a document: its format and name, the settings, the reader's language. */
export function analysisOptions(document: TextDocument, settings: Settings, messagesLanguage: string): AnalyzeOptions {
  return {
    format: formatOfDocument(document.languageId, document.uri),
    fileName: pathOf(document.uri),
    language: settings.language,
    messagesLanguage,
    severity: settings.severity,
    readability: settings.readability,
    maxPolicyAgeYears: settings.maxPolicyAgeYears,
  };
}
