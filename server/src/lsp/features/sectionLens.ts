import type { CodeLens } from 'vscode-languageserver';
import { requirementsInSection } from '../../service';
import { CLIENT_COMMAND_SHOW_CHECKLIST } from '../../shared/protocol';
import { toRange } from '../convert';
import { documentRequest } from './request';
import type { Feature, FeatureContext } from './index';

/** At most this many requirements are named on one heading; the rest are counted. */
const MAX_NAMED = 4;

/**
 * A lens on each section heading naming the requirements the section satisfies ("Art. 13(2)(a)
 * retention-period ✓"), so an author sees what each part of the notice does. Off with gdprLens.codeLens.
 */
export function registerSectionLens(context: FeatureContext): Feature {
  context.connection.onCodeLens(
    documentRequest(context, 'code lens', null, ({ document, result, settings }): CodeLens[] => {
      if (!settings.codeLens) return [];
      return result.sections.flatMap((section) => {
        const satisfied = requirementsInSection(section, result.requirements);
        if (satisfied.length === 0) return [];
        const named = satisfied.slice(0, MAX_NAMED).map((r) => `Art. ${r.article} ${r.id} ✓`);
        if (satisfied.length > MAX_NAMED) named.push(`+${satisfied.length - MAX_NAMED}`);
        const title = named.join(' · ');
        return [{ range: toRange(document, section.heading), command: { title, command: CLIENT_COMMAND_SHOW_CHECKLIST, arguments: [document.uri] } }];
      });
    }),
  );
  return { capabilities: { codeLensProvider: { resolveProvider: false } } };
}
