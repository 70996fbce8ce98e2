// The twelfth holdout's Talisman part: its Go unit tests say, per content, whether a detector must flag it. The
// labels, by the rule in corpus/README.md ("The twelfth holdout"), fixed before the redactor ran on any item:
// - pattern detector: shouldPassDetectionOfSecretPattern(…, []byte(EXPR), t) a secret item, its secret the value the
//   content binds (a PEM body, else the last token that is neither a closing tag nor a key word);
//   shouldFailDetectionOfSecretPattern a clean item;
// - file content detectors: one item per test function, flagged (a failure, a message, `Equal(t, s, res)`) a secret
//   item with every token of 20 characters or more, not flagged a clean item; tests decided by an option not taken;
// - a value the placeholder policy passes is scored apart.
import { secretItem } from './passwordCheckTests';

export type TwelfthNote = 'a documented example or filler value' | 'decided by an option';

export interface TwelfthItem {
  readonly text: string;
  readonly secrets: string[];
  readonly label: 'secret' | 'clean';
  readonly rule: string;
  readonly note?: TwelfthNote;
}

const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

/** The end (exclusive) of the Go string literal opening at `at` (`"…"` or `` `…` ``); 2ms's lists read them too. */
export function literalEnd(text: string, at: number): number {
  const quote = text[at]!;
  for (let i = at + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  throw new Error(`an unclosed Go string literal at ${at}`);
}

/** The index just past the `)` closing the `(` at `open`, string literals skipped. */
function closeParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === '`') i = literalEnd(text, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`talisman: an unclosed call at ${open}`);
}

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/** A Go string literal's value: a raw literal as written, an interpreted one with its escapes read. */
function literalValue(raw: string): string {
  if (raw.startsWith('`')) return raw.slice(1, -1);
  return raw.slice(1, -1).replace(/\\(.)/g, (_, c: string) => {
    if (!(c in escapes)) throw new Error(`talisman: an escape \\${c} not read`);
    return escapes[c]!;
  });
}

/** A Go string expression: literals, known names and the loop's value (`values[i]`, ToTitle/ToUpper of it) joined by `+`. */
export function evaluateGo(expr: string, names: ReadonlyMap<string, string>, value?: string): string {
  let out = '';
  let i = 0;
  const skip = () => {
    while (i < expr.length && /\s/.test(expr[i]!)) i++;
  };
  for (;;) {
    skip();
    if (expr[i] === '"' || expr[i] === '`') {
      const end = literalEnd(expr, i);
      out += literalValue(expr.slice(i, end));
      i = end;
    } else {
      const m = /^(?:strings\.(ToTitle|ToUpper)\(values\[i\]\)|values\[i\]|(\w+))/.exec(expr.slice(i));
      if (!m) throw new Error(`talisman: an expression not read: ${expr}`);
      if (m[2] !== undefined) {
        if (!names.has(m[2])) throw new Error(`talisman: an unknown name ${m[2]}`);
        out += names.get(m[2]);
      } else {
        if (value === undefined) throw new Error(`talisman: values[i] outside the loop: ${expr}`);
        out += m[1] ? value.toUpperCase() : value;
      }
      i += m[0].length;
    }
    skip();
    if (i >= expr.length) return out;
    if (expr[i] !== '+') throw new Error(`talisman: an expression not read: ${expr}`);
    i++;
  }
}

/** The value a flagged pattern content binds: a PEM body, else the last token neither a closing tag nor a key word. */
export function boundValue(content: string, keyWords: readonly string[]): string | undefined {
  const pem = /BEGIN [A-Z ]*PRIVATE KEY-*\n([\s\S]*?)\n\s*-*END /.exec(content);
  if (pem) return pem[1]!.trim();
  const tokens = content.split(/[\s=:<>{}"]+/).filter((t) => t && !t.startsWith('/'));
  const last = tokens[tokens.length - 1];
  return last === undefined || keyWords.some((w) => last.toLowerCase().includes(w)) ? undefined : last;
}

/** pattern_detector_test.go: one item per should(Pass|Fail)DetectionOfSecretPattern call, the loop's once per value. */
export function labelPatternDetectorTest(file: string, text: string, report: string[]): TwelfthItem[] {
  const values = /values\s*:=\s*\[\d+\]string\{([^}]*)\}/.exec(text);
  if (!values) throw new Error(`talisman ${file}: no values array`);
  const keyWords = [...values[1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!.toLowerCase()).concat('pw');
  const loop = /for i := 0; i < len\(values\); i\+\+ \{/.exec(text);
  const loopEnd = loop ? text.indexOf('\n\t}\n', loop.index) : -1;
  const out: TwelfthItem[] = [];
  for (const call of text.matchAll(/should(Pass|Fail)DetectionOfSecretPattern\(filename, \[\]byte\(/g)) {
    const open = call.index! + call[0].length - 1;
    const expr = text.slice(open + 1, closeParen(text, open) - 1);
    const line = lineOf(text, call.index!);
    const inLoop = loop !== null && call.index! > loop.index && call.index! < loopEnd;
    for (const value of inLoop ? keyWords.slice(0, -1) : [undefined]) {
      const content = evaluateGo(expr, new Map(), value);
      const rule = `${file}:${line}${value === undefined ? '' : `/${value}`}`;
      if (call[1] === 'Fail') {
        out.push({ text: content, secrets: [], label: 'clean', rule });
        continue;
      }
      const secret = boundValue(content, keyWords);
      if (secret === undefined) report.push(`talisman ${rule}: no value bound in the content, not taken`);
      else out.push(secretItem(content, [secret], rule));
    }
  }
  return out;
}

/** A test function's name and body. */
function goTests(text: string): { name: string; body: string; line: number }[] {
  return [...text.matchAll(/^func (Test\w+)\(t \*testing\.T\) \{\n([\s\S]*?)^\}/gm)].map((m) => ({ name: m[1]!, body: m[2]!, line: lineOf(text, m.index!) }));
}

/** The function's constants (`const N string = …`, `const N = …`, `N := "…"`), each evaluated with those before it. */
function constants(body: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of body.matchAll(/^\s*(?:const (\w+)(?: string)? =|(\w+) :=)\s*(?=["`\w])/gm)) {
    const name = (m[1] ?? m[2])!;
    let i = m.index! + m[0].length;
    let end = i;
    // The expression runs over literals, names and `+`, across lines that a `+` leaves open.
    for (;;) {
      while (i < body.length && /[ \t]/.test(body[i]!)) i++;
      if (body[i] === '"' || body[i] === '`') i = literalEnd(body, i);
      else {
        const w = /^\w+/.exec(body.slice(i));
        if (!w) break;
        i += w[0].length;
      }
      end = i;
      const plus = /^\s*\+\s*/.exec(body.slice(i));
      if (!plus) break;
      i += plus[0].length;
    }
    const expr = body.slice(m.index! + m[0].length, end);
    if (/^["`]|^\w+\s*\+/.test(expr) || names.has(expr)) names.set(name, evaluateGo(expr, names));
  }
  return names;
}

const optionDecided = /Threshold|AllowedPatterns|IgnoreConfig|mock\./;

/** Every token of 20 characters or more, split at blanks, quotes and `;`, a leading `name=` taken off. */
export function longTokens(content: string): string[] {
  return content
    .split(/[\s"'`;]+/)
    .map((t) => t.replace(/^\w+=/, ''))
    .filter((t) => t.length >= 20);
}

/** What the test scans: `NewAddition(filename, []byte(X))` or through `content := []byte(X)`, or the `s` a Check*Encoding gets. */
function scannedExpression(body: string): string | undefined {
  const added = /NewAddition\(filename, (?:\[\]byte\(([^)]*)\)|(\w+))\)/.exec(body);
  if (added?.[1] !== undefined) return added[1];
  if (added?.[2] !== undefined) return new RegExp(`${added[2]} := \\[\\]byte\\(([^)]*)\\)`).exec(body)?.[1];
  return /Check(?:Base64|Hex)Encoding\(s\)/.test(body) ? 's' : undefined;
}

/** A file content detector test file: one item per test function, flagged or not by its assertion. */
export function labelFileContentTest(file: string, text: string, report: string[]): TwelfthItem[] {
  const out: TwelfthItem[] = [];
  for (const test of goTests(text)) {
    const rule = `${file}#${test.name}`;
    if (/CreditCard/.test(test.name)) {
      report.push(`talisman ${rule}: a card number, not a credential, not taken`);
      continue;
    }
    if (optionDecided.test(test.body)) {
      report.push(`talisman ${rule}: decided by an option, not taken`);
      continue;
    }
    const names = constants(test.body);
    const scanned = scannedExpression(test.body);
    if (scanned === undefined) throw new Error(`talisman ${rule}: no scanned content`);
    const content = evaluateGo(scanned, names);
    const flagged = /assert\.True\(t, results\.HasFailures\(\)|encoded texts such as|assert\.Equal\(t, s, res\)/.test(test.body);
    const clear = /assert\.False\(t, results\.HasFailures\(\)|assert\.Equal\(t, "", res\)/.test(test.body);
    if (flagged === clear) throw new Error(`talisman ${rule}: no single verdict`);
    if (clear) {
      out.push({ text: content, secrets: [], label: 'clean', rule });
      continue;
    }
    const secrets = longTokens(content);
    if (secrets.length === 0) throw new Error(`talisman ${rule}: a flagged content without a token of 20 characters`);
    out.push(secretItem(content, secrets, rule));
  }
  return out;
}
