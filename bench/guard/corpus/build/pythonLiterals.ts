// String literals of a Python or Go source excerpt, in order, with the line each starts on:
// Python '…' and "…" with backslash escapes (adjacent literals are not joined), Go "…" and
// raw `…`. Comments (`#` in Python, `//` in Go) outside literals are skipped.
export interface SourceLiteral {
  readonly value: string;
  readonly line: number;
  /** Offsets of the opening and closing quote. */
  readonly start: number;
  readonly end: number;
}

export function stringLiterals(source: string, language: 'python' | 'go'): SourceLiteral[] {
  const out: SourceLiteral[] = [];
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      continue;
    }
    const comment = language === 'python' ? c === '#' : c === '/' && source[i + 1] === '/';
    if (comment) {
      const end = source.indexOf('\n', i);
      i = (end === -1 ? source.length : end) - 1;
      continue;
    }
    if (language === 'go' && c === '`') {
      const end = source.indexOf('`', i + 1);
      const value = source.slice(i + 1, end);
      out.push({ value, line, start: i, end });
      line += value.split('\n').length - 1;
      i = end;
      continue;
    }
    const quotes = language === 'python' ? c === "'" || c === '"' : c === '"';
    if (!quotes) continue;
    let value = '';
    let j = i + 1;
    for (; j < source.length && source[j] !== c; j++) {
      if (source[j] === '\\') {
        const e = source[++j]!;
        value += ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e] ?? `\\${e}`;
      } else value += source[j];
    }
    out.push({ value, line, start: i, end: j });
    i = j;
  }
  return out;
}
