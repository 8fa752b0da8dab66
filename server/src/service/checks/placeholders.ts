import { message } from '../messages';
import type { Check, CheckFinding } from './types';

/**
 * Unfilled placeholders and template leftovers: "[company name]", "XXX", "<insert …>", "TODO", "Lorem ipsum",
 * "{{ name }}", and e-mail addresses a web page obfuscated on copying ("[email protected]"). Markdown links
 * ("[text](url)"), reference links and numeric footnotes ("[1]") are not placeholders. Each pattern is a
 * literal prefix followed by one bounded character class, so matching is linear.
 */
const PATTERNS: RegExp[] = [
  /\[email(?:&#160;|\s)protected\]/gi,
  /\[(?!\d{1,3}\])(?![xX ]\])[^\[\]\n]{1,60}\](?![(:\[])/g,
  /\bX{3,}\b/g,
  /<\s*(?:insert|infoga|indsæt|sett inn|lisää|einfügen|insérer)\b[^<>\n]{0,80}>/gi,
  /\b(?:TODO|TBD|FIXME)\b/g,
  /\blorem ipsum\b/gi,
  /\{\{[^{}\n]{1,60}\}\}/g,
];

/** Bracketed text that is ordinary prose, not a placeholder: "[sic]", "[…]", or no words at all ("[559349-3769]"). */
const NOT_PLACEHOLDERS = /^(?:sic|sic!|…|\.\.\.|x|[^\p{L}]*\p{L}?[^\p{L}]*)$/iu;

export const placeholders: Check = {
  code: 'placeholder',
  // A warning, not an error: a quick-fix that leaves "[retention period]" for the author must not turn a
  // missing-disclosure error into a new error; the placeholder stays flagged until it is filled.
  defaultSeverity: 'warning',
  run({ read, messagesLanguage }) {
    const findings: CheckFinding[] = [];
    const { view } = read.doc;
    const seen = new Set<number>();
    for (const block of read.doc.blocks) {
      const text = view.slice(block.start, block.end);
      for (const pattern of PATTERNS) {
        for (const m of text.matchAll(pattern)) {
          const start = block.start + (m.index ?? 0);
          if (seen.has(start)) continue;
          const inner = m[0].replace(/^\[|\]$/g, '');
          if (m[0].startsWith('[') && !m[0].startsWith('[email') && (NOT_PLACEHOLDERS.test(inner) || isLinkLabel(text, m.index ?? 0))) continue;
          seen.add(start);
          findings.push({
            code: 'placeholder',
            message: message(messagesLanguage, 'placeholder', { text: m[0] }),
            span: { start, end: start + m[0].length },
            related: [],
            data: { kind: 'placeholder', text: m[0] },
          });
        }
      }
    }
    return findings;
  },
};

/** "[a](b)" and "[a][b]" are links; a checkbox "[ ]" or "[x]" is a task list. */
function isLinkLabel(text: string, at: number): boolean {
  return at > 0 && text[at - 1] === ']';
}
