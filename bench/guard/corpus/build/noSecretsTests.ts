// The tenth holdout's fourth source: eslint-plugin-no-secrets keeps its `no-secrets` rule's cases as RuleTester
// `valid` (no report allowed) and `invalid` (exactly the listed errors) entries. The labels, by the rule in
// corpus/README.md ("The tenth holdout"), fixed before the redactor ran on any item:
// - a valid case is a clean item, an invalid one a secret item whose secrets are the tokens its entropy check
//   reports (the tool's charset and default tolerance, read from its utils.ts), as many as its HIGH_ENTROPY errors;
// - a valid case that passes only under its options, and an invalid one drawing only pattern matches on a regular
//   expression's own source, are scored apart.
import type { TenthItem } from './passwordCheckTests';

export type NoSecretsNote = 'decided by an option' | 'a pattern, not a value';

export type NoSecretsItem = Omit<TenthItem, 'note'> & { readonly note?: NoSecretsNote };

export interface EntropySettings {
  /** The charset as the tool spells it, repeats kept (its `+` is listed twice and counted twice). */
  readonly charset: readonly string[];
  readonly tolerance: number;
}

/** The charset and default tolerance utils.ts declares. */
export function entropySettings(utils: string): EntropySettings {
  const charset = /const CHARSET =\s*"((?:[^"\\]|\\.)*)"\.split\(/.exec(utils)?.[1];
  const tolerance = /const DEFAULT_TOLERANCE = (\d+(?:\.\d+)?);/.exec(utils)?.[1];
  if (charset === undefined || tolerance === undefined) throw new Error('no CHARSET or DEFAULT_TOLERANCE in utils.ts');
  return { charset: [...charset.replace(/\\(.)/g, '$1')], tolerance: Number(tolerance) };
}

/** Shannon entropy in bits over the tool's charset: characters outside it count in the length only. */
export function shannonEntropy(token: string, charset: readonly string[]): number {
  if (!token) return 0;
  let entropy = 0;
  for (const c of charset) {
    const ratio = (token.split(c).length - 1) / token.length;
    if (ratio > 0) entropy += -(ratio * (Math.log(ratio) / Math.log(2)));
  }
  return entropy;
}

/** The tokens the entropy check reports in `code`: string literals' values and `//` comment lines, split at blanks. */
export function entropyTokens(code: string, settings: EntropySettings): string[] {
  const checked: string[] = [];
  for (const line of code.split('\n')) {
    const comment = /^\s*\/\/(.*)$/.exec(line);
    if (comment) {
      checked.push(comment[1]!);
      continue;
    }
    for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) checked.push(m[1] ?? m[2]!);
  }
  return checked
    .flatMap((value) => value.split(' '))
    .filter((token) => settings.tolerance <= shannonEntropy(token, settings.charset))
    .map((token) => token.replace(/^["'`]+|["'`;,]+$/g, ''));
}

/** The patterns regexes.ts declares, by name, each its literal's source as written. */
export function patternSources(regexes: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of regexes.matchAll(/^\s*(?:"([^"]+)"|(\w+)):\s*\n?\s*\/(.*)\/,$/gm)) out.set(m[1] ?? m[2]!, m[3]!);
  return out;
}

function dedent(code: string): string {
  const lines = code.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map(indentOf));
  return lines.map((l) => l.slice(Math.min(indent, indentOf(l)))).join('\n');
}

/** A string constant's value: a template without holes, or a double-quoted string (escapes decoded). */
function constants(test: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of test.matchAll(/^const (\w+) =\s*(?:`([^`]*)`|"((?:[^"\\]|\\.)*)");$/gm)) {
    if (m[2]?.includes('${')) throw new Error(`${m[1]}: a template with holes`);
    out.set(m[1]!, m[2] ?? m[3]!.replace(/\\(.)/g, '$1'));
  }
  return out;
}

/** The entries of the array that opens at `from` (its `[`), to its closing `]`: each object or expression's text. */
function arrayEntries(text: string, from: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === '`' || c === "'") {
      i = text.indexOf(c, i + 1);
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      continue;
    }
    if (c === '[' || c === '{') {
      if (depth === 1 && start < 0) start = i;
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) break;
      if (depth === 1 && start >= 0) {
        out.push(text.slice(start, i + 1));
        start = -1;
      }
    } else if (depth === 1 && start < 0 && /\w/.test(c)) start = i;
    else if (depth === 1 && start >= 0 && c === ',' && !text.slice(start, i).trimStart().startsWith('{')) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

interface Case {
  readonly kind: 'valid' | 'invalid';
  readonly index: number;
  readonly code: string;
  readonly options: boolean;
  readonly highEntropy: number;
  readonly patternMatch: number;
}

/** Every case the test runs: the listed entries, then the regex cases its `.concat` adds. */
export function noSecretsCases(test: string, regexes: string): Case[] {
  const values = constants(test);
  const patterns = patternSources(regexes);
  const objects = new Map<string, string>();
  for (const m of test.matchAll(/^const (\w+) = (\{\n[\s\S]*?\n\});$/gm)) objects.set(m[1]!, m[2]!);
  const template = 'code: `const REGEXP = \\`${regexp.source}\\``,';
  const regexCases = (name: string) => {
    const list = new RegExp(`^const ${name} = \\[\\n([\\s\\S]*?)\\n\\]\\.map\\(\\(regexp\\) => \\(\\{\\n([\\s\\S]*?)\\n\\}\\)\\);$`, 'm').exec(test);
    if (!list || !list[2]!.includes(template) || !/options: \[\],/.test(list[2]!)) throw new Error(`no ${name} as expected`);
    const errors = /errors: \[(\w+)\],/.exec(list[2]!)?.[1] ?? '';
    return [...list[1]!.matchAll(/P\["([^"]+)"\]/g)].map((m) => {
      const source = patterns.get(m[1]!);
      if (source === undefined) throw new Error(`${name}: no pattern ${m[1]}`);
      return { code: `const REGEXP = \`${source}\``, options: false, errors };
    });
  };
  const cases: Case[] = [];
  for (const kind of ['valid', 'invalid'] as const) {
    const open = test.indexOf(`${kind}: [`);
    if (open < 0) throw new Error(`no ${kind} cases`);
    const concat = /^\s*\]\.concat\((\w+)\),$/m.exec(test.slice(open));
    const listed = arrayEntries(test, open + kind.length + 2).map((entry) => {
      const named = /^\w+ \? (\w+) : (\w+)$/.exec(entry.trim());
      if (named) {
        const [a, b] = [objects.get(named[1]!), objects.get(named[2]!)];
        if (!a || !b || a.split('\n').slice(0, 3).join() !== b.split('\n').slice(0, 3).join()) throw new Error(`${entry}: alternatives differ`);
        entry = a;
      }
      const code = /code: (?:(\w+)|`([^`]*)`),/.exec(entry);
      if (!code) throw new Error(`a ${kind} case without its code`);
      const value = code[1] ? values.get(code[1]) : code[2];
      if (value === undefined) throw new Error(`no constant ${code[1]}`);
      const errors = /errors: \[([^\]]*)\]/.exec(entry)?.[1] ?? '';
      return { code: value, options: /options: \[\s*\{/.test(entry), errors };
    });
    const added = concat ? regexCases(concat[1]!) : [];
    [...listed, ...added].forEach((c, index) => {
      const count = (name: string) => c.errors.split(',').filter((e) => e.trim() === name).length;
      cases.push({ kind, index, code: dedent(c.code), options: c.options, highEntropy: count('HIGH_ENTROPY_MSG'), patternMatch: count('PATTERN_MATCH_MSG') });
    });
  }
  return cases;
}

/** The test's cases labelled: valid clean, invalid secret (its entropy tokens), the two apart kinds noted. */
export function labelNoSecretsTests(test: string, regexes: string, utils: string): NoSecretsItem[] {
  const settings = entropySettings(utils);
  const patterns = [...patternSources(regexes).values()].map((s) => new RegExp(s));
  return noSecretsCases(test, regexes).map((c) => {
    const rule = `no-secrets.ts#${c.kind}/${c.index}`;
    if (c.kind === 'valid') return c.options ? { text: c.code, secrets: [], label: 'clean', rule, note: 'decided by an option' } : { text: c.code, secrets: [], label: 'clean', rule };
    if (!c.highEntropy) {
      const matches = patterns.map((p) => p.exec(c.code)?.[0]).filter((m): m is string => Boolean(m));
      if (!matches.length) throw new Error(`${rule}: no pattern matches`);
      return { text: c.code, secrets: [...new Set(matches)], label: 'secret', rule, note: 'a pattern, not a value' };
    }
    const tokens = entropyTokens(c.code, settings);
    if (tokens.length !== c.highEntropy) throw new Error(`${rule}: ${tokens.length} tokens, ${c.highEntropy} HIGH_ENTROPY errors`);
    return { text: c.code, secrets: [...new Set(tokens)], label: 'secret', rule };
  });
}
