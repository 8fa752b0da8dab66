import { hover } from '../service';

/**
 * `gdpr-lens explain REF`: the editor's hover explanation of a reference ("Art. 13 GDPR", "13(2)(b)",
 * "skäl 39", "ePrivacy 5(3)") or a term ("legitimate interest"), as plain text for a terminal.
 * A bare article number ("13") is read as a GDPR article. Null when there is nothing to explain.
 */
export function explain(ref: string, language: string | undefined, messages: string | undefined): string | null {
  const trimmed = ref.trim();
  const candidates = /^\d+(\(\w+\))*$/.test(trimmed) ? [`Art. ${trimmed} GDPR`, `Article ${trimmed} GDPR`] : [trimmed, `${trimmed} GDPR`];
  for (const text of candidates) {
    const options = { language: language ?? 'auto', ...(messages ? { uiLanguage: messages } : {}) };
    for (let offset = 0; offset < Math.min(text.length, 12); offset++) {
      const result = hover(text, offset, options);
      if (result) return toTerminal(result.markdown);
    }
  }
  return null;
}

/** Markdown to readable plain text: links as "text <url>", no emphasis markers, rules as blank lines. */
export function toTerminal(markdown: string): string {
  return (
    markdown
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 <$2>')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/^#+\s*/gm, '')
      .replace(/\n-{3,}\n/g, '\n')
      .trim() + '\n'
  );
}
