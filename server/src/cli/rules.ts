import { checkCodes, requirementIds, requirementInfo, type Severity } from '../service';
import { requirementText } from '../service/messages';

/** What the CLI says about each finding code (SARIF rule metadata, the review report). English. */
export interface RuleInfo {
  id: string;
  name: string;
  shortDescription: string;
  help: string;
  /** The GDPR article it rests on (the first one its reference names). */
  article: number;
  defaultSeverity: Severity;
}

const CHECKS: Record<string, [number, string, string]> = {
  'outdated-term': [13, 'Outdated legal term', 'The notice names a law, body or mechanism that no longer applies (e.g. the Data Protection Directive, Privacy Shield); name the current one.'],
  'complaint-no-authority': [77, 'Complaint without an authority', 'The right to complain should name a supervisory authority the data subject can turn to.'],
  'authority-country': [77, 'Authority of another country', 'The supervisory authority named does not match the controller’s country.'],
  'transfer-without-safeguard': [46, 'Transfer without a safeguard', 'A transfer outside the EU/EEA is described without the safeguard it relies on (adequacy decision, SCCs, BCRs; Art. 44–49).'],
  'adequacy-unsupported': [45, 'Adequacy claimed without a decision', 'An "adequate level of protection" is claimed without naming an adequacy decision, SCCs, the Data Privacy Framework or BCRs; the Commission decides adequacy (Art. 45).'],
  'vague-purpose': [5, 'Vague purpose', '"For any purpose" and the like: purposes must be specified, explicit and legitimate (Art. 5(1)(b)).'],
  'vague-recipients': [13, 'Vague recipients', '"Third parties" alone does not say who receives the data; name recipients or their categories (Art. 13(1)(e)).'],
  'vague-retention': [13, 'Vague retention', '"As long as necessary" does not say how long; give the period or the criteria that decide it (Art. 13(2)(a)).'],
  'not-limited': [13, 'Open-ended list', '"Including but not limited to" leaves the list open; say what is processed.'],
  'changes-without-notice': [12, 'Changes without notice', 'The notice may change without informing data subjects; say how changes are announced.'],
  'bundled-consent': [7, 'Bundled consent', 'Consent is bundled with the acceptance of terms; it must be freely given and distinguishable (Art. 7(2), 7(4)).'],
  'rights-no-contact': [12, 'Rights without a way to exercise them', 'The rights are listed without saying how or where to exercise them (Art. 12(2)).'],
  placeholder: [12, 'Unfilled placeholder', 'A template placeholder or leftover is still in the text.'],
  'policy-outdated': [12, 'Outdated notice', 'The notice’s date is old; review and date it again.'],
  'long-sentence': [12, 'Long sentence', 'Very long sentences make a notice hard to read; Art. 12(1) asks for clear and plain language.'],
  readability: [12, 'Hard to read', 'The notice’s readability score passes the language’s threshold (Art. 12(1): clear and plain language).'],
  'suppression-unknown': [12, 'Unknown code in a suppression comment', 'A gdpr-lens-disable comment names a code that does not exist.'],
  'suppression-unused': [12, 'Unused suppression', 'A gdpr-lens-disable comment suppresses nothing; remove it.'],
};

export function articleUri(article: number): string {
  return `https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng#art_${article}`;
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

let cache: RuleInfo[] | undefined;

/** Every rule: the requirements in their order, then the reviewer checks, then the suppression codes. */
export function allRules(): RuleInfo[] {
  if (cache) return cache;
  const rules: RuleInfo[] = requirementIds.map((id) => {
    const info = requirementInfo(id)!;
    const text = requirementText('en', id);
    return {
      id,
      name: pascal(id),
      shortDescription: `Missing: ${text.title} (GDPR Art. ${info.article})`,
      help: text.missing || `State ${text.title}.`,
      article: Number(/\d+/.exec(info.article)?.[0] ?? 13),
      defaultSeverity: info.kind === 'core' ? 'error' : 'warning',
    };
  });
  const codes = [...Object.keys(checkCodes), 'suppression-unknown', 'suppression-unused'];
  for (const id of codes) {
    const [article, title, help] = CHECKS[id] ?? [12, id, id];
    const severity = (checkCodes[id] ?? (id === 'suppression-unused' ? 'hint' : 'warning')) as Severity;
    rules.push({ id, name: pascal(id), shortDescription: title, help, article, defaultSeverity: severity });
  }
  cache = rules;
  return rules;
}
