/**
 * The wire format of the `gdprLens/checklist` request (see docs/protocol.md): every requirement of the
 * vocabulary with its status for one open document. Plain JSON with LSP ranges, so any editor can use it.
 */
import type { Range } from 'vscode-languageserver-types';

export interface ChecklistParams {
  textDocument: { uri: string };
}

export interface ChecklistItemWire {
  /** The requirement id of the vocabulary (also the diagnostic's `code`). */
  id: string;
  /** Its name in the reader's language. */
  title: string;
  /** The GDPR article that asks for it, as the vocabulary writes it ("13(2)(a)"). */
  article: string;
  kind: 'core' | 'conditional' | 'recommended';
  effectiveKind: 'core' | 'conditional' | 'recommended';
  status: 'present' | 'missing' | 'not-applicable';
  severity?: 'error' | 'warning' | 'information' | 'hint';
  evidence: Range[];
  trigger: Range[];
  /** Where a click should go: the evidence, or where the missing disclosure belongs; null when nowhere. */
  target: Range | null;
}

/** Null when the document is not open or not checked. */
export type ChecklistResult = {
  uri: string;
  version: number;
  language: string;
  country: string | null;
  present: number;
  applicable: number;
  items: ChecklistItemWire[];
} | null;
