// The string expressions of a Python test source, evaluated as Python does: literals (prefixes u/r/b, single, double and
// triple quotes, escapes), adjacent literals joined, `+`, `'x' * n`, `.format(…)` with positional, numbered and named
// fields, slices `[a:b]`, `textwrap.dedent(…)`, `json.dumps(…)`, module constants, tuples and lists. Anything else is a
// name the caller may read (`True`, a class) or fails. Enough for detect-secrets' parametrised test tables.

export type PyValue = string | number | boolean | PyName | PyTuple | PyCall;
export interface PyName {
  readonly name: string;
}
export interface PyTuple {
  readonly items: readonly PyValue[];
  /** Offsets of each item in the source (start, end), for the comments around it. */
  readonly spans: readonly (readonly [number, number])[];
}
/** A call the evaluator does not run (a class instantiated, a plugin's attribute): its callee and arguments. */
export interface PyCall {
  readonly callee: string;
  readonly args: readonly PyValue[];
}

interface Token {
  readonly kind: 'str' | 'name' | 'num' | 'op' | 'nl';
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface PyComment {
  readonly at: number;
  readonly text: string;
}

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '\n': '' };

/** The string literal starting at `i` (its prefix included): its value and the offset after it. */
function literalAt(source: string, i: number): { value: string; end: number } {
  const prefix = /^[uUbBrR]{0,2}/.exec(source.slice(i, i + 2))![0];
  const raw = /r/i.test(prefix);
  let j = i + prefix.length;
  const quote = source.startsWith(source[j]!.repeat(3), j) ? source[j]!.repeat(3) : source[j]!;
  j += quote.length;
  let value = '';
  while (!source.startsWith(quote, j)) {
    if (j >= source.length) throw new Error(`unterminated string at ${i}`);
    const c = source[j]!;
    if (c === '\\' && !raw) {
      const e = source[j + 1]!;
      if (e === 'x' || e === 'u') {
        const digits = e === 'x' ? 2 : 4;
        value += String.fromCharCode(parseInt(source.slice(j + 2, j + 2 + digits), 16));
        j += 2 + digits;
        continue;
      }
      value += escapes[e] ?? `\\${e}`;
      j += 2;
    } else if (c === '\\') {
      value += source.slice(j, j + 2);
      j += 2;
    } else {
      value += c;
      j++;
    }
  }
  return { value, end: j + quote.length };
}

/** Tokens from `start` to the end of the statement (a newline outside brackets), and the comments met. */
export function tokenize(source: string, start: number, comments: PyComment[] = []): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (let i = start; i < source.length; ) {
    const c = source[i]!;
    if (c === '\\' && source[i + 1] === '\n') i += 2;
    else if (c === '\n') {
      if (depth === 0 && out.length) {
        out.push({ kind: 'nl', value: '\n', start: i, end: i + 1 });
        return out;
      }
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === '#') {
      const end = source.indexOf('\n', i);
      comments.push({ at: i, text: source.slice(i + 1, end < 0 ? source.length : end).trim() });
      i = end < 0 ? source.length : end;
    } else if (/[uUbBrR]/.test(c) && /^[uUbBrR]{1,2}['"]/.test(source.slice(i, i + 3)) || c === "'" || c === '"') {
      const { value, end } = literalAt(source, i);
      out.push({ kind: 'str', value, start: i, end });
      i = end;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_]\w*/.exec(source.slice(i))![0];
      out.push({ kind: 'name', value: m, start: i, end: i + m.length });
      i += m.length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(source.slice(i))![0];
      out.push({ kind: 'num', value: m, start: i, end: i + m.length });
      i += m.length;
    } else {
      if ('([{'.includes(c)) depth++;
      if (')]}'.includes(c)) depth--;
      out.push({ kind: 'op', value: c, start: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

/** Python's textwrap.dedent: whitespace-only lines emptied, the common leading whitespace of the others removed. */
export function dedent(text: string): string {
  const lines = text.replace(/^[ \t]+$/gm, '').split('\n');
  const margins = lines.filter((l) => l !== '').map((l) => /^[ \t]*/.exec(l)![0]);
  let margin = margins[0] ?? '';
  for (const m of margins) while (!m.startsWith(margin)) margin = margin.slice(0, -1);
  return lines.map((l) => l.slice(margin.length)).join('\n');
}

/** json.dumps of a str (ensure_ascii, as Python's default). */
const jsonDumps = (s: string) => JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** str.format with `{}`, `{0}` and `{name}` fields and `{{`/`}}` escapes. */
function format(template: string, args: readonly PyValue[], named: ReadonlyMap<string, PyValue>): string {
  let auto = 0;
  return template.replace(/\{\{|\}\}|\{(\w*)\}/g, (whole, field: string | undefined) => {
    if (whole === '{{') return '{';
    if (whole === '}}') return '}';
    const value = field === '' ? args[auto++] : /^\d+$/.test(field!) ? args[Number(field)] : named.get(field!);
    if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`format field {${field}} has no string`);
    return String(value);
  });
}

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly names: ReadonlyMap<string, PyValue>,
  ) {}

  get offset(): number {
    return this.tokens[this.at]?.start ?? Infinity;
  }

  private peek(value?: string): boolean {
    const t = this.tokens[this.at];
    return !!t && (value === undefined || (t.kind === 'op' && t.value === value));
  }

  private take(value: string): void {
    const t = this.tokens[this.at];
    if (!t || t.value !== value) throw new Error(`expected ${value} at ${t?.start}, got ${t?.value}`);
    this.at++;
  }

  expression(): PyValue {
    let value = this.term();
    while (this.peek('+')) {
      this.at++;
      const right = this.term();
      if (typeof value !== 'string' || typeof right !== 'string') throw new Error('+ of non-strings');
      value = value + right;
    }
    return value;
  }

  private term(): PyValue {
    let value = this.postfix();
    while (this.peek('*')) {
      this.at++;
      const right = this.postfix();
      if (typeof value === 'string' && typeof right === 'number') value = value.repeat(right);
      else throw new Error('* of non-string');
    }
    return value;
  }

  private postfix(): PyValue {
    let value = this.atom();
    for (;;) {
      if (this.peek('.')) {
        this.at++;
        const name = this.tokens[this.at++]!.value;
        // A dotted name (`textwrap.dedent`) is called by the branch below; a method is called here.
        if (typeof value === 'object' && 'name' in value) value = { name: `${value.name}.${name}` };
        else if (!this.peek('(')) value = { name };
        else {
          const { args, named } = this.args();
          if (name === 'format' && typeof value === 'string') value = format(value, args, named);
          else if (name !== 'encode' || typeof value !== 'string') value = { callee: name, args };
        }
      } else if (this.peek('[')) {
        this.at++;
        const from = this.sliceBound(':');
        this.take(':');
        const to = this.sliceBound(']');
        this.take(']');
        if (typeof value !== 'string') throw new Error('slice of a non-string');
        value = value.slice(from ?? 0, to ?? value.length);
      } else if (this.peek('(')) {
        const { args } = this.args();
        const callee = typeof value === 'object' && 'name' in value ? value.name : '?';
        if (callee === 'textwrap.dedent' && typeof args[0] === 'string') value = dedent(args[0]);
        else if (callee === 'json.dumps' && typeof args[0] === 'string') value = jsonDumps(args[0]);
        else value = { callee, args };
      } else return value;
    }
  }

  private sliceBound(end: string): number | undefined {
    if (this.peek(end)) return undefined;
    const negative = this.peek('-');
    if (negative) this.at++;
    const n = Number(this.tokens[this.at++]!.value);
    return negative ? -n : n;
  }

  private args(): { args: PyValue[]; named: Map<string, PyValue> } {
    this.take('(');
    const args: PyValue[] = [];
    const named = new Map<string, PyValue>();
    while (!this.peek(')')) {
      const t = this.tokens[this.at]!;
      if (t.kind === 'name' && this.tokens[this.at + 1]?.value === '=' && this.tokens[this.at + 2]?.value !== '=') {
        this.at += 2;
        named.set(t.value, this.expression());
      } else args.push(this.expression());
      if (this.peek(',')) this.at++;
    }
    this.take(')');
    return { args, named };
  }

  /** Items up to `close`, each with its span; `single` says whether a lone item without a comma is the value itself. */
  private sequence(close: string): PyTuple & { comma: boolean } {
    const items: PyValue[] = [];
    const spans: [number, number][] = [];
    let comma = false;
    while (!this.peek(close)) {
      const start = this.tokens[this.at]!.start;
      items.push(this.expression());
      spans.push([start, this.tokens[this.at - 1]!.end]);
      if (this.peek(',')) {
        comma = true;
        this.at++;
      }
    }
    this.take(close);
    return { items, spans, comma };
  }

  private atom(): PyValue {
    const t = this.tokens[this.at];
    if (!t) throw new Error('unexpected end');
    if (t.kind === 'str') {
      let value = '';
      while (this.tokens[this.at]?.kind === 'str') value += this.tokens[this.at++]!.value;
      return value;
    }
    if (t.kind === 'num') {
      this.at++;
      return Number(t.value);
    }
    if (t.kind === 'name') {
      this.at++;
      if (t.value === 'True' || t.value === 'False') return t.value === 'True';
      return this.names.get(t.value) ?? { name: t.value };
    }
    if (t.value === '-' && this.tokens[this.at + 1]?.kind === 'num') {
      this.at += 2;
      return -Number(this.tokens[this.at - 1]!.value);
    }
    if (t.value === '(' || t.value === '[') {
      this.at++;
      const { items, spans, comma } = this.sequence(t.value === '(' ? ')' : ']');
      return t.value === '(' && items.length === 1 && !comma ? items[0]! : { items, spans };
    }
    throw new Error(`unexpected ${t.value} at ${t.start}`);
  }
}

/** The value of the expression starting at `start` (up to the end of its statement). */
export function evaluateAt(source: string, start: number, names: ReadonlyMap<string, PyValue> = new Map(), comments?: PyComment[]): PyValue {
  return new Parser(tokenize(source, start, comments), names).expression();
}

/** Module-level `NAME = <expression>` constants, in order (a later one may use an earlier; one not evaluated is left out). */
export function moduleConstants(source: string): Map<string, PyValue> {
  const names = new Map<string, PyValue>();
  for (const m of source.matchAll(/^([A-Z_][A-Z0-9_]*) = /gm)) {
    try {
      names.set(m[1]!, evaluateAt(source, m.index + m[0].length, names));
    } catch {
      // not an expression of this subset
    }
  }
  return names;
}

export const isTuple = (v: PyValue | undefined): v is PyTuple => typeof v === 'object' && v !== null && 'items' in v;
