import { checklistOf } from '../../service';
import type { ChecklistParams, ChecklistResult } from '../../shared/checklist';
import { CHECKLIST_REQUEST } from '../../shared/protocol';
import { toRange } from '../convert';
import { documentRequest } from './request';
import type { Feature, FeatureContext } from './index';

/**
 * The custom request `gdprLens/checklist` (docs/protocol.md): every requirement with its status, titles in the
 * reader's language, and LSP ranges for the evidence and for where a missing disclosure belongs.
 */
export function registerChecklist(context: FeatureContext): Feature {
  context.connection.onRequest(
    CHECKLIST_REQUEST,
    documentRequest<ChecklistParams, ChecklistResult>(context, 'checklist', null, ({ document, result, settings }) => {
      const checklist = checklistOf(result, context.uiLanguage(settings, result.language));
      const range = (span: { start: number; end: number }) => toRange(document, span);
      return {
        uri: document.uri,
        version: document.version,
        ...checklist,
        items: checklist.items.map((item) => ({
          ...item,
          evidence: item.evidence.map(range),
          trigger: item.trigger.map(range),
          target: item.target ? range(item.target) : null,
        })),
      };
    }),
  );
  return {};
}
