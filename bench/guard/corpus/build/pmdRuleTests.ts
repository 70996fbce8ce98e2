// The eleventh holdout's PMD part: a rule test file is XML, each `<test-code>` a whole program with the number of
// problems PMD must report on it (and, for some, their lines). The labels, by the rule in corpus/README.md ("The
// eleventh holdout"), fixed before the redactor ran on any item:
// - 0 expected problems and a string literal: a clean item;
// - more: a secret item — HardCodedCryptoKey's secrets are the literals on the listed lines (algorithm and encoding
//   names aside), ApexSuggestUsingNamedCred's the literal(s) making up setHeader's value (directly or through one
//   name bound to a literal), an authorization scheme word taken off; a case with none is not taken;
// - a value the placeholder policy passes is scored apart.
import { lineLiterals, placeholderValue } from './passwordCheckTests';
import { algorithmOrEncoding, dedent, type EleventhItem } from './annotatedSecretTests';

export interface PmdCase {
  readonly description: string;
  readonly problems: number;
  /** The expected lines, counted in `code` from 1 (the line after `<![CDATA[`). */
  readonly lines: readonly number[];
  /** The CDATA content as written. */
  readonly code: string;
}

const between = (block: string, tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block)?.[1];

/** The test cases of a PMD rule test file, in order. */
export function pmdCases(xml: string): PmdCase[] {
  return [...xml.matchAll(/<test-code>([\s\S]*?)<\/test-code>/g)].map(([, block]) => {
    const code = /<!\[CDATA\[([\s\S]*?)\]\]>/.exec(block!)?.[1];
    const problems = between(block!, 'expected-problems');
    if (code === undefined || problems === undefined) throw new Error(`pmd: a test-code without code or expected-problems: ${block!.slice(0, 80)}`);
    const lines = between(block!, 'expected-linenumbers');
    return {
      description: between(block!, 'description')?.trim() ?? '',
      problems: Number(problems.trim()),
      lines: lines ? lines.split(',').map((n) => Number(n.trim())) : [],
      code,
    };
  });
}

const java = { singleQuotes: false, comment: '//', backslash: true };
const apex = { singleQuotes: true, comment: '//', backslash: true };

/** HardCodedCryptoKey: the literals on the listed lines, algorithm and encoding names aside. */
export function cryptoKeySecrets(c: PmdCase): string[] {
  const lines = c.code.split('\n');
  return c.lines.flatMap((n) => lineLiterals(lines[n] ?? '', java).map((l) => l.value)).filter((v) => v !== '' && !algorithmOrEncoding.test(v));
}

/** Top-level comma-separated arguments of the call whose `(` is at `open`. */
function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote = '';
  let from = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return [...args, text.slice(from, i)];
    else if (c === ',' && depth === 1) {
      args.push(text.slice(from, i));
      from = i + 1;
    }
  }
  return args;
}

/** ApexSuggestUsingNamedCred: what setHeader's value is made of — literals, and names bound to one literal — less a scheme word. */
export function namedCredentialSecrets(c: PmdCase): string[] {
  const at = c.code.indexOf('setHeader(');
  if (at === -1) return [];
  const value = callArguments(c.code, at + 'setHeader'.length)[1];
  if (value === undefined) return [];
  const pieces = value.split('+').map((p) => p.trim());
  const values = pieces.flatMap((p) => {
    const literal = /^'((?:[^'\\]|\\.)*)'$/.exec(p);
    if (literal) return [literal[1]!];
    if (!/^[A-Za-z_]\w*$/.test(p)) return [];
    const bound = new RegExp(`\\b${p}\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*;`).exec(c.code);
    return bound ? [bound[1]!] : [];
  });
  return values.map((v) => v.replace(/^(?:basic|bearer)\s*/i, '')).filter((v) => v !== '');
}

/** One PMD rule test file's items; `secretsOf` reads a flagged case's secrets. */
export function labelPmdRuleTest(file: string, xml: string, secretsOf: (c: PmdCase) => string[], report: string[]): EleventhItem[] {
  const out: EleventhItem[] = [];
  const options = /\.cls$|apex/i.test(file) ? apex : java;
  pmdCases(xml).forEach((c, i) => {
    const text = dedent(c.code.split('\n'));
    const rule = `${file}#${i + 1}`;
    if (c.problems === 0) {
      if (c.code.split('\n').some((l) => lineLiterals(l, options).length > 0)) out.push({ text, secrets: [], label: 'clean', rule });
      else report.push(`pmd ${rule}: a clean case without a string literal, not taken`);
      return;
    }
    const secrets = [...new Set(secretsOf(c))];
    if (secrets.length === 0) return report.push(`pmd ${rule} (${c.description}): no literal secret, not taken`);
    const kept = secrets.filter((s) => !placeholderValue(s));
    out.push(kept.length ? { text, secrets: kept, label: 'secret', rule } : { text, secrets, label: 'secret', rule, note: 'a documented example or filler value' });
  });
  return out;
}
