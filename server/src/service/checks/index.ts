import type { Finding, SeveritySetting } from '../types';
import type { Check, CheckContext } from './types';
import { placeholders } from './placeholders';
import { longSentences, readability } from './readability';
import { outdatedPolicy } from './policyDate';
import { rightsWithoutContact } from './rightsContact';
import { adequacyUnsupported, transferWithoutSafeguard } from './transfers';
import { bundledConsent, changesWithoutNotice, notLimited, vaguePurpose, vagueRecipients, vagueRetention } from './vague';
import { outdatedTerms } from './outdatedTerms';
import { authorityChecks } from './authority';

/** Every reviewer check, in the order their findings are listed. One file per check (or family of checks). */
export const checks: Check[] = [
  outdatedTerms,
  ...authorityChecks,
  transferWithoutSafeguard,
  adequacyUnsupported,
  vaguePurpose,
  vagueRecipients,
  vagueRetention,
  notLimited,
  changesWithoutNotice,
  bundledConsent,
  rightsWithoutContact,
  placeholders,
  outdatedPolicy,
  longSentences,
  readability,
];

/** The codes of the reviewer checks with their default severities (for settings, docs and the SARIF rules). */
export const checkCodes: Record<string, string> = Object.fromEntries(checks.map((c) => [c.code, c.defaultSeverity]));

/** Runs every check and resolves severities from the settings ("off" drops a finding). */
export function runChecks(context: CheckContext, severities: Record<string, SeveritySetting>): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    for (const finding of check.run(context)) {
      const setting = severities[finding.code] ?? severities[check.code];
      if (setting === 'off') continue;
      findings.push({ ...finding, severity: setting ?? check.defaultSeverity });
    }
  }
  return findings;
}
