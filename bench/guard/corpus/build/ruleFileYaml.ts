// Reads the YAML subset that Nosey Parker's and Kingfisher's rule files use: a `rules:` list of
// maps whose values we need are a scalar (`id`, `name`), a pattern (quoted scalar or `|` block),
// `categories` (flow list or block list) and two lists of examples, each a quoted scalar, a plain
// scalar or a `|` block. A `# FIXME` (or `# XXX`) comment inside or just above a negative list marks
// the negatives after it: the rule's authors say those are secrets their rule misses (a judgement
// call, reported apart).
export interface RuleExample {
  readonly text: string;
  readonly fixme: boolean;
}

export interface DetectorRule {
  readonly id: string;
  readonly name: string;
  readonly pattern: string;
  readonly categories: readonly string[] | undefined;
  readonly examples: readonly RuleExample[];
  readonly negatives: readonly RuleExample[];
}

export function parseRuleFile(text: string): DetectorRule[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const rules: DetectorRule[] = [];
  let rule: { id: string; name: string; pattern: string; categories?: string[]; examples: RuleExample[]; negatives: RuleExample[] } | undefined;
  let list: RuleExample[] | string[] | undefined;
  let fixme = false;
  let keyIndent = 2;
  let i = 0;
  const finish = () => {
    if (rule) rules.push({ ...rule, categories: rule.categories });
  };
  while (i < lines.length) {
    const line = lines[i]!;
    // Both layouts: `- name:` at column 0 (Nosey Parker) or indented (Kingfisher).
    const item = /^( *)- name:\s*(.*)$/.exec(line);
    if (item) {
      finish();
      keyIndent = item[1]!.length + 2;
      rule = { id: '', name: scalar(item[2]!), pattern: '', examples: [], negatives: [] };
      list = undefined;
      i++;
      continue;
    }
    if (!rule) {
      i++;
      continue;
    }
    const lead = line.length - line.trimStart().length;
    const key = lead === keyIndent ? /^ *([a-z_]+):\s*(.*)$/.exec(line) : null;
    if (key) {
      const [, name, rest] = key;
      list = undefined;
      // A FIXME comment just above `negative_examples:` covers the whole list.
      fixme = name === 'negative_examples' && fixme;
      if (name === 'id') rule.id = scalar(rest!);
      else if (name === 'pattern') {
        if (rest === '|') {
          [rule.pattern, i] = block(lines, i + 1);
          continue;
        }
        rule.pattern = scalar(rest!);
      } else if (name === 'categories') {
        if (rest!.startsWith('[')) rule.categories = rest!.slice(1, rest!.lastIndexOf(']')).split(',').map((c) => c.trim()).filter(Boolean);
        else list = rule.categories = [];
      } else if (name === 'visible' && scalar(rest!) === 'false') {
        // Kingfisher hides identifiers (client IDs, app IDs) it reports only beside a secret.
        rule.categories = ['identifier'];
      } else if (name === 'examples') list = rule.examples;
      else if (name === 'negative_examples') list = rule.negatives;
      i++;
      continue;
    }
    if (/^ *#.*FIXME/i.test(line) || /^ *#.*\bXXX\b/.test(line)) fixme = true;
    const entry = lead >= keyIndent && lead <= keyIndent + 2 ? /^ *- (.*)$/.exec(line) : null;
    if (entry && list) {
      const rest = entry[1]!;
      let value: string;
      if (rest === '|') [value, i] = block(lines, i + 1);
      else {
        value = scalar(rest);
        i++;
      }
      if (rule.categories === list) (list as string[]).push(value);
      else (list as RuleExample[]).push({ text: value, fixme: fixme && list === rule.negatives });
      continue;
    }
    if (lead <= keyIndent && line.trim() !== '' && !line.trimStart().startsWith('#')) list = undefined;
    i++;
  }
  finish();
  return rules;
}

// A `|` block: its indent is its first line's; the lines indented at least that much, with it
// removed; blank lines kept inside, trailing ones dropped but one newline kept ("clip" chomping).
function block(lines: readonly string[], from: number): [string, number] {
  const out: string[] = [];
  let i = from;
  const first = lines.slice(from).find((l) => l.trim() !== '') ?? '';
  const indent = first.length - first.trimStart().length;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      out.push('');
      continue;
    }
    const lead = line.length - line.trimStart().length;
    if (lead < indent) break;
    out.push(line.slice(indent));
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return [`${out.join('\n')}\n`, i];
}

// One-line scalars: single-quoted ('' is a quote), double-quoted (backslash escapes), or plain; a
// comment after one (blank, then `#`) is no part of it.
export function scalar(raw: string): string {
  const s = raw.trimEnd();
  const q = s[0];
  if (q === "'" || q === '"') {
    const close = closingQuote(s, q);
    if (close > 0 && (close === s.length - 1 || /^\s+#/.test(s.slice(close + 1)))) {
      const body = s.slice(1, close);
      if (q === "'") return body.replace(/''/g, "'");
      return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
        if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
        return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e;
      });
    }
    return s;
  }
  const comment = /\s#/.exec(s);
  return comment ? s.slice(0, comment.index) : s;
}

// Where a quoted scalar that opens at 0 closes: '' and \" do not close one.
function closingQuote(s: string, q: string): number {
  for (let i = 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') i++;
    else if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}
