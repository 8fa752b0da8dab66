/**
 * Settings written into the document itself: YAML-style front matter at the very top
 * (`---` / `language: sv` / `---`) or an HTML comment anywhere (`<!-- gdpr-lens language: sv -->`).
 * Only flat `key: value` pairs are read; everything else is ignored.
 */
export interface FrontMatter {
  values: Record<string, string>;
  /** Offset just after the closing `---` line, or 0 when there is no front matter. */
  end: number;
}

const KEY_VALUE = /^([A-Za-z][\w-]{0,40})\s*:\s*(.{0,200})$/;

export function readFrontMatter(text: string): FrontMatter {
  const values: Record<string, string> = {};
  let end = 0;
  const head = text.slice(0, 8192);
  if (/^---\r?\n/.test(head)) {
    const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(head.slice(3));
    if (close) {
      const body = head.slice(3, 3 + close.index);
      for (const line of body.split(/\r?\n/)) {
        const m = KEY_VALUE.exec(line.trim());
        if (m) values[m[1].toLowerCase()] = unquote(m[2].trim());
      }
      end = 3 + close.index + close[0].length;
    }
  }
  const comment = /<!--\s*gdpr-lens\s+([^>]{0,300}?)-->/i.exec(text.length > 200000 ? text.slice(0, 200000) : text);
  if (comment) {
    for (const pair of comment[1].split(/[;,\n]/)) {
      const m = /^\s*([A-Za-z][\w-]{0,40})\s*[:=]\s*(\S{1,100})\s*$/.exec(pair);
      if (m) values[m[1].toLowerCase()] = unquote(m[2]);
    }
  }
  return { values, end };
}

function unquote(value: string): string {
  return value.replace(/^["']|["']$/g, '');
}
