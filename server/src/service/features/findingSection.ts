import { clausePacks } from '../../data';
import { capitalize, requirementText } from '../messages';
import type { AnalysisResult, Finding } from '../types';
import { formatReference, officialLinks, parseCanonical, type Citable } from './cite';
import { articleExplanation, dataLanguage, label } from './explain';
import { parseReferences } from './references';

/**
 * The hover of a diagnostic: what the requirement or check asks, the article behind it with our explanation
 * of exactly that paragraph or point, and how to fix it (the requirement's hint and, when the clause library
 * has one, the standard clause that supplies it). The diagnostic's own message is shown by the editor next
 * to the hover, so a requirement's section does not repeat it.
 */
export function findingSection(finding: Finding, analysis: AnalysisResult, doc: string, reader: string): string {
  const requirement = analysis.requirements.find((r) => r.id === finding.code);
  const lines: string[] = [];
  let refs: Citable[];
  if (requirement) {
    const text = requirementText(dataLanguage(reader), requirement.id);
    lines.push(`**GDPR Lens: ${capitalize(text.title)}**`);
    refs = parseCanonical(requirement.article);
  } else {
    lines.push(`**GDPR Lens: ${label(reader, 'check')}** \`${finding.code}\``, finding.message);
    refs = parseReferences(finding.message, reader).filter((r) => r.act === 'gdpr' && r.kind === 'article');
  }
  if (refs.length > 0) {
    const cites = refs.map((r) => `[${formatReference(r, doc)}](${officialLinks(r, [doc])[0]?.url ?? ''})`).join(', ');
    const explained = explanationOf(refs[0], reader);
    lines.push(`${label(reader, 'requiredBy', { ref: cites })}${explained ? `: ${explained}` : ''}`);
  }
  if (requirement) {
    const fix = [requirementText(dataLanguage(reader), requirement.id).missing];
    const clause = clausePacks[doc]?.clauses.find((c) => c.requirements.includes(requirement.id));
    if (clause) fix.push(label(reader, 'clause', { title: clause.title, prefix: clause.prefix }));
    lines.push(`**${label(reader, 'fix')}:** ${fix.filter(Boolean).join(' ')}`);
  }
  return lines.join('\n\n');
}

/** The narrowest explanation we have of a reference: its point, its paragraph, what a notice must say, the summary. */
function explanationOf(ref: Citable, reader: string): string | undefined {
  const explained = articleExplanation(reader, ref.article);
  if (!explained) return undefined;
  const ex = explained.value;
  const text =
    (ref.point !== undefined ? ex.points?.[`${ref.paragraph ?? ''}(${ref.point})`] : undefined) ??
    (ref.paragraph !== undefined ? ex.paragraphs?.[String(ref.paragraph)] : undefined) ??
    ex.notice ??
    ex.summary;
  return text && explained.fallback ? `${text} _(${label(reader, 'fallback')})_` : text;
}
