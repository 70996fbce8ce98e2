// The cases of a trufflehog detector's pattern test (raw/trufflehog/*.go.txt: the test's constants
// and its table of cases, verbatim). Each case is an input and the results the test expects
// (`want`), read by evaluating the few Go expressions these tests use: string literals, `+`,
// fmt.Sprintf with %s, strings.Repeat, the names bound by `name = …` / `name := …` and slices of
// them (`name[a:b]`). A testify
// suite (one method per case: `input := …` or `FromData(…, []byte(…))`, then `s.Equal(key, …)` or
// `s.Empty(results)`) is read the same way, one case per method.
//
// Labels (trufflehog's, never ours): a case expecting results is a secret item; a result that
// occurs in the input verbatim is a secret; one that does not is trufflehog's joined form of a
// credential's parts (RawV2: id + secret, URL + key, a JSON object of account name and key), split
// back into the input's substrings, and its longest part(s) are the secret (the shorter are the
// account, id or endpoint the secret goes with). A case expecting nothing is clean: its input must
// come out unchanged. A clean case whose input holds a value another case of the same file
// expects is trufflehog declining on keyword distance or on the token's length around it, not on
// the value: kept with note "holds another case's secret" (scored apart).

export interface TrufflehogCase {
  readonly name: string;
  readonly input: string;
  readonly want: readonly string[];
}

export interface TrufflehogItem {
  readonly text: string;
  readonly secrets: string[];
  readonly label: 'secret' | 'clean';
  readonly rule: string;
  readonly note?: "holds another case's secret";
}

type Token = { kind: 'str'; value: string } | { kind: 'id'; value: string } | { kind: 'num'; value: number } | { kind: 'punct'; value: string };

function tokenize(source: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (/\s/.test(c)) i++;
    else if (source.startsWith('//', i)) i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (source.startsWith('/*', i)) i = source.indexOf('*/', i) + 2;
    else if (c === '`') {
      const end = source.indexOf('`', i + 1);
      out.push({ kind: 'str', value: source.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '"') {
      let value = '';
      let j = i + 1;
      for (; source[j] !== '"'; j++) {
        if (source[j] === '\\') {
          const e = source[++j]!;
          value += ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e] ?? `\\${e}`;
        } else value += source[j];
      }
      out.push({ kind: 'str', value });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w.]*/.exec(source.slice(i))![0];
      out.push({ kind: 'id', value: m });
      i += m.length;
    } else if (/\d/.test(c)) {
      const m = /^\d+/.exec(source.slice(i))![0];
      out.push({ kind: 'num', value: Number(m) });
      i += m.length;
    } else if (source.startsWith(':=', i) || source.startsWith('[]', i)) {
      out.push({ kind: 'punct', value: source.slice(i, i + 2) });
      i += 2;
    } else {
      out.push({ kind: 'punct', value: c });
      i++;
    }
  }
  return out;
}

/** Evaluates a string expression at tokens[at]; returns its value and the index after it, or undefined. */
function evaluate(tokens: readonly Token[], at: number, env: ReadonlyMap<string, string>): { value: string; next: number } | undefined {
  const term = (k: number): { value: string; next: number } | undefined => {
    const t = tokens[k];
    if (!t) return undefined;
    if (t.kind === 'str') return { value: t.value, next: k + 1 };
    if (t.kind !== 'id') return undefined;
    if (t.value === 'fmt.Sprintf' || t.value === 'strings.Repeat') {
      if (tokens[k + 1]?.value !== '(') return undefined;
      const args: { value: string; next: number }[] = [];
      let j = k + 2;
      let close = -1;
      while (close === -1) {
        const num = tokens[j];
        const arg = num?.kind === 'num' ? { value: String(num.value), next: j + 1 } : evaluate(tokens, j, env);
        if (!arg) return undefined;
        args.push(arg);
        const after = tokens[arg.next]?.value;
        if (after === ')') close = arg.next;
        else if (after === ',') j = arg.next + 1;
        else return undefined;
      }
      if (t.value === 'strings.Repeat') return { value: args[0]!.value.repeat(Number(args[1]!.value)), next: close + 1 };
      let n = 1;
      const value = args[0]!.value.replace(/%[s%]/g, (m) => (m === '%%' ? '%' : (args[n++]?.value ?? m)));
      return { value, next: close + 1 };
    }
    const bound = env.get(t.value);
    if (bound === undefined) return undefined;
    // A slice of a bound string, `name[a:b]` (either bound may be left out).
    if (tokens[k + 1]?.value !== '[') return { value: bound, next: k + 1 };
    let j = k + 2;
    const from = tokens[j]?.kind === 'num' ? Number(tokens[j++]!.value) : 0;
    if (tokens[j++]?.value !== ':') return undefined;
    const to = tokens[j]?.kind === 'num' ? Number(tokens[j++]!.value) : bound.length;
    if (tokens[j]?.value !== ']') return undefined;
    return { value: bound.slice(from, to), next: j + 1 };
  };
  let result = term(at);
  while (result && tokens[result.next]?.value === '+') {
    const more = term(result.next + 1);
    if (!more) return undefined;
    result = { value: result.value + more.value, next: more.next };
  }
  return result;
}

/** The cases of one excerpt, in order. */
export function trufflehogCases(source: string): TrufflehogCase[] {
  const tokens = tokenize(source);
  const env = new Map<string, string>();
  const cases: { name: string; input?: string; want?: string[] }[] = [];
  const current = () => cases.at(-1);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const nextValue = tokens[k + 1]?.value;
    if (t.kind === 'id' && t.value === 'func' && nextValue === '(') {
      const name = tokens.slice(k + 1, k + 8).find((x) => x.kind === 'id' && x.value.startsWith('Test'));
      cases.push({ name: String(name?.value ?? 'case') });
    } else if (t.kind === 'id' && (nextValue === '=' || nextValue === ':=') && t.value !== 'tests') {
      const v = evaluate(tokens, k + 2, env);
      if (v) {
        env.set(t.value, v.value);
        if (t.value === 'input' && current()) current()!.input = v.value;
      }
    } else if (t.kind === 'id' && t.value === 'name' && nextValue === ':') {
      const v = evaluate(tokens, k + 2, env);
      cases.push({ name: v?.value ?? 'case' });
    } else if (t.kind === 'id' && t.value === 'input' && nextValue === ':') {
      const v = evaluate(tokens, k + 2, env);
      if (!v) throw new Error(`input not evaluable near token ${k}`);
      current()!.input = v.value;
    } else if (t.kind === 'id' && t.value === 'want' && nextValue === ':') {
      const want: string[] = [];
      if (tokens[k + 2]?.value === '[]' && tokens[k + 3]?.value === 'string') {
        let j = k + 5;
        while (tokens[j]?.value !== '}') {
          const v = evaluate(tokens, j, env);
          if (!v) throw new Error(`want not evaluable near token ${j}`);
          want.push(v.value);
          j = tokens[v.next]?.value === ',' ? v.next + 1 : v.next;
        }
      }
      current()!.want = want;
    } else if (t.kind === 'punct' && t.value === '[]' && tokens[k + 1]?.value === 'byte' && tokens[k + 2]?.value === '(' && current() && current()!.input === undefined) {
      const v = evaluate(tokens, k + 3, env);
      if (v) current()!.input = v.value;
    } else if (t.kind === 'id' && t.value === 's.Equal' && current()) {
      const v = evaluate(tokens, k + 2, env);
      if (v) current()!.want = [v.value];
    } else if (t.kind === 'id' && t.value === 's.Empty' && current()) {
      current()!.want = [];
    }
  }
  return cases
    .filter((c): c is { name: string; input: string; want?: string[] } => c.input !== undefined)
    .map((c) => ({ name: c.name, input: c.input, want: c.want ?? [] }));
}

/** A result not in the text, split back into the text's substrings (a JSON object: its values). */
function parts(want: string, text: string): string[] | undefined {
  if (text.includes(want)) return [want];
  if (want.startsWith('{')) {
    const values = Object.values(JSON.parse(want) as Record<string, string>);
    return values.every((v) => text.includes(v)) ? values : undefined;
  }
  const out: string[] = [];
  let rest = want;
  while (rest) {
    let n = rest.length;
    while (n > 0 && !text.includes(rest.slice(0, n))) n--;
    // A one-character joiner trufflehog put between the parts (`user:password`).
    if (n <= 1 && /[:;|/]/.test(rest[0]!)) {
      rest = rest.slice(1);
      continue;
    }
    if (n === 0) return undefined;
    out.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  return out;
}

/** The labelled items of one detector's cases; cases whose expected results the text cannot account for are reported. */
export function labelTrufflehogCases(detector: string, cases: readonly TrufflehogCase[], report: string[]): TrufflehogItem[] {
  const secretsOf = (c: TrufflehogCase): string[] | undefined => {
    const secrets: string[] = [];
    for (const w of c.want) {
      const p = parts(w, c.input);
      if (!p) return undefined;
      const longest = Math.max(...p.map((x) => x.length));
      secrets.push(...p.filter((x) => x.length === longest));
    }
    return [...new Set(secrets)];
  };
  const expected = new Set(cases.flatMap((c) => secretsOf(c) ?? []));
  const out: TrufflehogItem[] = [];
  for (const c of cases) {
    const rule = `${detector}: ${c.name}`;
    if (c.want.length === 0) {
      const declined = [...expected].some((e) => c.input.includes(e));
      out.push({ text: c.input, secrets: [], label: 'clean', rule, ...(declined ? { note: 'holds another case\'s secret' as const } : {}) });
      continue;
    }
    const secrets = secretsOf(c);
    if (!secrets) report.push(`trufflehog ${rule}: an expected result the input does not hold, skipped`);
    else out.push({ text: c.input, secrets, label: 'secret', rule });
  }
  return out;
}
