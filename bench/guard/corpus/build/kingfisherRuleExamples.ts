// The fifty-third holdout's labeller (corpus/README.md, "The fifty-third holdout"): Kingfisher's rule examples in the
// rule files the first holdout did not take. Each rule gives `examples` (text its rule must match: Kingfisher's rule
// tests fail when one does not) and, for some, `negative_examples` / `non_examples` (text it must not match). Labels are
// the files': an example is a secret item whose secret is what the rule's capture group takes in it (the ported regex
// only locates that part; it decides no label), narrowed to the credential value; a negative example is clean.
import { portPattern } from './portPattern';
import { placeholderValue } from './passwordCheckTests';
import { scalar } from './ruleFileYaml';

export const kingfisherRestSource = 'kingfisher-rest';
/** Kingfisher's tests whose assertions name the findings on a text they scan: cases transcribed into a manifest. */
export const kingfisherTestsSource = 'kingfisher-tests';

export type FiftyThirdNote =
  | 'a documented example or filler value'
  | 'not a credential (an identifier the rule reports)'
  | "holds another case's secret"
  | "a tune source's example"
  | 'decided by the URI parser, not the text'
  | 'no credential value in the capture';

export interface FiftyThirdItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: FiftyThirdNote;
}

/** One rule of a Kingfisher rule file, as far as the labels need it. */
export interface KingfisherRule {
  readonly id: string;
  readonly name: string;
  readonly pattern: string;
  /** `visible: false`: an identifier Kingfisher reports only beside a secret. */
  readonly hidden: boolean;
  readonly examples: readonly string[];
  readonly negatives: readonly string[];
  /** `pattern_requirements`' character counts (`min_digits`, `min_uppercase`, `min_lowercase`) where the excerpt keeps them. */
  readonly requires?: Readonly<Record<string, number>>;
}

const exampleLists = new Set(['examples', 'negative_examples', 'non_examples']);

/** The rules of a saved excerpt: `- name:` items, their scalar keys, the `pattern` block and the example lists. */
export function parseKingfisherRules(text: string): KingfisherRule[] {
  const lines = text.split('\n');
  const rules: KingfisherRule[] = [];
  let rule: { id: string; name: string; pattern: string; hidden: boolean; examples: string[]; negatives: string[]; requires?: Record<string, number> } | undefined;
  let list: string[] | undefined;
  let keyIndent = 4;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    // A rule opens with `- name:` or, in some files (redis.yml), `- id:`; the other key follows at the rule's indent.
    const item = /^( *)- (name|id):\s*(.*)$/.exec(line);
    if (item) {
      if (rule) rules.push(rule);
      keyIndent = item[1]!.length + 2;
      const first = scalar(item[3]!);
      rule = { id: item[2] === 'id' ? first : '', name: item[2] === 'name' ? first : '', pattern: '', hidden: false, examples: [], negatives: [] };
      list = undefined;
      i++;
      continue;
    }
    const lead = line.length - line.trimStart().length;
    const key = rule && lead === keyIndent ? /^ *([a-z_]+):\s*(.*)$/.exec(line) : null;
    if (rule && key) {
      const [, name, rest] = key as unknown as [string, string, string];
      list = undefined;
      if (name === 'id') rule.id = scalar(rest);
      else if (name === 'name') rule.name = scalar(rest);
      else if (name === 'visible') rule.hidden = scalar(rest) === 'false';
      else if (name === 'pattern') {
        if (/^\|[-+]?$/.test(rest)) {
          [rule.pattern, i] = block(lines, i + 1, rest);
          continue;
        }
        rule.pattern = scalar(rest);
      } else if (exampleLists.has(name)) list = name === 'examples' ? rule.examples : rule.negatives;
      else if (name === 'pattern_requirements') {
        for (i++; i < lines.length && (lines[i]!.trim() === '' || lines[i]!.length - lines[i]!.trimStart().length > keyIndent); i++) {
          const count = /^\s*(min_digits|min_uppercase|min_lowercase):\s*(\d+)\s*$/.exec(lines[i]!);
          if (count) rule.requires = { ...rule.requires, [count[1]!]: Number(count[2]) };
        }
        continue;
      }
      i++;
      continue;
    }
    const entry = list && lead >= keyIndent && lead <= keyIndent + 2 ? /^ *- (.*)$/.exec(line) : null;
    if (entry) {
      const rest = entry[1]!;
      if (/^\|[-+]?$/.test(rest)) {
        const [value, next] = block(lines, i + 1, rest);
        list!.push(value);
        i = next;
        continue;
      }
      list!.push(scalar(rest));
    } else if (lead <= keyIndent && line.trim() !== '' && !line.trimStart().startsWith('#')) list = undefined;
    i++;
  }
  if (rule) rules.push(rule);
  return rules;
}

// A literal block (`|` clip, `|-` strip, `|+` keep): its indent is its first line's; blank lines kept inside.
function block(lines: readonly string[], from: number, header: string): [string, number] {
  const out: string[] = [];
  const first = lines.slice(from).find((l) => l.trim() !== '') ?? '';
  const indent = first.length - first.trimStart().length;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      out.push('');
      continue;
    }
    if (line.length - line.trimStart().length < indent) break;
    out.push(line.slice(indent));
  }
  let trailing = 0;
  while (out.length > 0 && out[out.length - 1] === '') {
    out.pop();
    trailing++;
  }
  const body = out.join('\n');
  if (header === '|-') return [body, i];
  if (header === '|+') return [body + '\n'.repeat(trailing + 1), i];
  return [`${body}\n`, i];
}

// POSIX classes (Rust `regex` and Hyperscan take them inside brackets; JavaScript does not).
const posix: Record<string, string> = {
  alnum: 'A-Za-z0-9', alpha: 'A-Za-z', digit: '0-9', xdigit: '0-9A-Fa-f', upper: 'A-Z', lower: 'a-z',
  blank: '\\x20\\t', space: '\\s', punct: '!-\\/:-@\\[-`{-~', word: '\\w',
};

/**
 * The rule's regex in JavaScript, and the groups that may hold the secret (Kingfisher's `TOKEN`): a group named TOKEN,
 * else one named SECRET, PRIVATE_KEY or PASSWORD, else the unnamed groups (named groups are the other values its validation uses; where a rule has several unnamed
 * groups, an account or endpoint comes first and the credential last, as in Nosey Parker's rules, and alternatives
 * each have their own), else the whole match.
 */
export function rulePattern(pattern: string): { regex: RegExp; secretGroups: number[] } {
  const { regex } = portPattern(pattern.replace(/\[:([a-z]+):\]/g, (m, name: string) => posix[name] ?? m));
  const groups: string[] = [];
  const source = regex.source;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] !== '?') groups.push('');
    else if (c === '(') {
      const named = /^\(\?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(source.slice(i, i + 40));
      if (named) groups.push(named[1]!);
    }
  }
  const token = groups.findIndex((n) => /^TOKEN$/i.test(n));
  if (token !== -1) return { regex, secretGroups: [token + 1] };
  // `CONSUMER_SECRET` beside `CONSUMER_KEY` (Salesforce): the secret is the one named for it.
  const named = groups.findIndex((n) => /^(?:[A-Z0-9]+_)?(?:SECRET|PRIVATE_?KEY|PASSWORD|PASS)$/i.test(n));
  if (named !== -1) return { regex, secretGroups: [named + 1] };
  const unnamed = groups.flatMap((n, k) => (n === '' ? [k + 1] : []));
  if (unnamed.length) return { regex, secretGroups: unnamed };
  // Named groups only, none named for the secret (Docker's `REG` and `B64`): the last, as for unnamed ones.
  return { regex, secretGroups: groups.length ? [groups.length] : [0] };
}

/**
 * Every value the rule captures in the text (each match's secret group), as the text holds it: a capture that starts
 * at the separator before a value (`=`, `:`: the rule's lazy gap matched nothing) is the value after it, to its end; a
 * value the capture ends before its base64 padding keeps the padding.
 */
export function captured(rule: Pick<KingfisherRule, 'pattern' | 'requires'>, text: string): string[] {
  const { regex, secretGroups } = rulePattern(rule.pattern);
  const out: string[] = [];
  for (const m of text.matchAll(regex)) {
    // The last of the groups that took part in the match.
    const g = [...secretGroups].reverse().find((k) => m.indices?.[k] && m.indices[k]![0] !== m.indices[k]![1]);
    if (g !== undefined) {
      let [start, end] = m.indices![g]!;
      if (/[=:]/.test(text[start]!)) {
        while (start < end && /[=:\s]/.test(text[start]!)) start++;
        end = start + /^[^\s"'`,;]*/.exec(text.slice(start))![0].length;
      }
      while (text[end] === '=' && /^[A-Za-z0-9+/_-]+=*$/.test(text.slice(start, end + 1))) end++;
      if (end > start && meets(text.slice(start, end), rule.requires)) out.push(pemBody(text, start) ?? text.slice(start, end));
    }
  }
  return [...new Set(out)];
}

// A capture that opens a PEM block (the whole block, or only its BEGIN line): the key is the block's body, the lines
// between its headers (`Proc-Type:`, `DEK-Info:` and the blank line after them) and its END line, as the text holds them.
function pemBody(text: string, start: number): string | undefined {
  const block = /^-----BEGIN [^\n]*-----\r?\n((?:[A-Za-z-]+:[^\n]*\r?\n)*\r?\n?)([\s\S]*?)\r?\n[^\n]*-----END [^\n]*-----/.exec(text.slice(start));
  return block && block[2] ? block[2] : undefined;
}

// Kingfisher drops a match its pattern_requirements' counts reject (a `consumerSecret` rule's lazy gap reaching the
// next element's text, `min_digits: 6`): so does the label, where the excerpt keeps the counts.
const counted: Record<string, RegExp> = { min_digits: /[0-9]/g, min_uppercase: /[A-Z]/g, min_lowercase: /[a-z]/g };
function meets(value: string, requires: Readonly<Record<string, number>> | undefined): boolean {
  return Object.entries(requires ?? {}).every(([name, min]) => (value.match(counted[name]!) ?? []).length >= min);
}

/**
 * The credential in a captured value: a URL's `code`/`key`/`token`/`sig` query value, a URL's userinfo password, a
 * key after its one-digit type (Cisco's `pac key 0 KEY`), else the value as captured up to a quote or line end that
 * closes it (a `[^;]` class runs on to the end of the text).
 */
export function credentialOf(captured: string): string {
  const quoted = /^(["'])([^"'\n]+)\1/.exec(captured);
  if (quoted) return quoted[2]!;
  const value = /^[^"'\n]+/.exec(captured)?.[0] ?? captured;
  const typed = /^[0-7]\s+(\S+)$/.exec(value);
  if (typed) return typed[1]!;
  const query = /[?&](?:code|key|token|sig|access_token|api_key)=([^&#\s]+)/i.exec(value);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && query) return query[1]!;
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:([^@\s]+)@/i.exec(value);
  return userinfo ? userinfo[1]! : value;
}

/**
 * The credentials a capture holds, '' for none: a bare URL scheme (the rule's first group) names none; a JSON object
 * holds the string values of its keys named for a secret, token, key or password; a JDBC URL its userinfo or
 * `password=` value; anything else what `credentialOf` gives.
 */
export function credentialsOf(captured: string): string[] {
  if (/^(?:https?|ftp|wss?|ssh)$/i.test(captured)) return [];
  if (captured.startsWith('{')) {
    const named = [...captured.matchAll(/"\w*(?:secret|token|password|key)"\s*:\s*"([^"]+)"/gi)].map((m) => m[1]!);
    return [...new Set(named)];
  }
  if (/^jdbc:/i.test(captured)) {
    const url = captured.slice('jdbc:'.length);
    const password = /[?&;]password=([^&;\s]+)/i.exec(url)?.[1] ?? /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:([^@\s]+)@/i.exec(url)?.[1];
    return password ? [password] : [];
  }
  // A PEM block's body (`pemBody`): its lines, as they stand.
  if (/\n/.test(captured) && /^[A-Za-z0-9+/=\r\n]+$/.test(captured)) return [captured];
  return [credentialOf(captured)];
}

/**
 * A rule that names an identifier, not a credential: hidden (`visible: false`: Kingfisher reports it only beside a
 * secret) or named a client, app, project, tenant, product, organization or account ID, a user name, URL, host, domain
 * or endpoint, unless its name says Secret, Password, Token, Key, SAS or Credentials and does not end in Name or ID (a
 * hidden `Branch.io Secret` is a credential; a `SAS Key Name` is not).
 */
export function namesIdentifier(rule: Pick<KingfisherRule, 'hidden' | 'name'>): boolean {
  const credential = /\b(?:Secret|Password|Passphrase|Token|Key|SAS|Credentials?)\b/.test(rule.name) && !/\b(?:Name|ID)$/.test(rule.name) && !/\bPublic\b/i.test(rule.name);
  const identifier = /\b(?:Client|App|Application|Project|Tenant|Product|Organization|Merchant|Account|API) ID\b|\b(?:Username|URL|Host|Domain|Endpoint)\b/;
  return !credential && (rule.hidden || identifier.test(rule.name));
}

/**
 * One file's items: each example and negative example, in order, keyed `<path>#<rule id>:<list>[<i>]` (the fifty-third
 * holdout's files, and the fifty-fifth's: `split` only names the report's lines).
 */
export function labelRuleExamples(path: string, text: string, report: string[], split = 'holdout53'): FiftyThirdItem[] {
  const rules = parseKingfisherRules(text);
  const out: FiftyThirdItem[] = [];
  const bound = new Set<string>();
  for (const rule of rules) {
    rule.examples.forEach((example, at) => {
      const where = `${path}#${rule.id}:examples[${at}]`;
      const captures = captured(rule, example);
      const values = [...new Set(captures.flatMap(credentialsOf))];
      if (captures.length === 0) {
        report.push(`${split} ${where}: the ported pattern captures nothing in it, not taken`);
        return;
      }
      if (values.length === 0) {
        out.push({ text: example, secrets: captures, label: 'secret', rule: where, note: 'no credential value in the capture' });
        return;
      }
      values.forEach((v) => bound.add(v));
      // A value an identifier rule of the same file captures in the same text (Google's client ID, which the OAuth
      // credentials rule captures when its secret alternative has no group) is that identifier.
      const identifiers = rules.filter((r) => r !== rule && namesIdentifier(r)).flatMap((r) => captured(r, example));
      if (namesIdentifier(rule) || values.every((v) => identifiers.some((id) => v.startsWith(id)))) {
        out.push({ text: example, secrets: values, label: 'secret', rule: where, note: 'not a credential (an identifier the rule reports)' });
        return;
      }
      const kept = values.filter((v) => !placeholderValue(v));
      out.push(kept.length ? { text: example, secrets: kept, label: 'secret', rule: where } : { text: example, secrets: values, label: 'secret', rule: where, note: 'a documented example or filler value' });
    });
  }
  // An identifier rule's example that is also a credential rule's example is that rule's item alone (the build merges
  // one text's secrets, and the identifier is no secret of it).
  const credentialTexts = new Set(out.filter((i) => !i.note || i.note === 'a documented example or filler value').map((i) => i.text));
  for (let k = out.length - 1; k >= 0; k--) {
    if (out[k]!.note === 'not a credential (an identifier the rule reports)' && credentialTexts.has(out[k]!.text)) {
      report.push(`${split} ${out[k]!.rule}: an identifier rule's example that a credential rule's example repeats, taken once as the latter`);
      out.splice(k, 1);
    }
  }
  for (const rule of rules) {
    rule.negatives.forEach((negative, at) => {
      const where = `${path}#${rule.id}:negative_examples[${at}]`;
      const holds = [...bound].some((v) => negative.includes(v));
      out.push({ text: negative, secrets: [], label: 'clean', rule: where, ...(holds ? { note: "holds another case's secret" as const } : {}) });
    });
  }
  return out;
}

/** Above this many items raw/holdout53-SOURCES.md's sample applies (seed `holdout53:`, the 600 lowest SHA-1 kept). */
export const sampleSize = 600;

/** A test case as its manifest transcribes it: the text scanned, the values its assertions name, and why it is apart. */
export interface TestCase {
  readonly path: string;
  readonly test: string;
  readonly text: string;
  readonly secrets: readonly string[];
  readonly apart?: FiftyThirdNote;
}

/**
 * A case whose assertions name findings is a secret item with those values (the placeholder policy applied as for the
 * rule files); a case asserted to give none is clean; a case the manifest sets apart keeps its label under its note.
 */
export function labelTestCases(cases: readonly TestCase[]): FiftyThirdItem[] {
  return cases.map((c, at) => {
    const rule = `${c.path}#${c.test}[${at}]`;
    const label = c.secrets.length ? ('secret' as const) : ('clean' as const);
    if (c.apart) return { text: c.text, secrets: [...c.secrets], label, rule, note: c.apart };
    if (label === 'clean') return { text: c.text, secrets: [], label, rule };
    const kept = c.secrets.filter((v) => !placeholderValue(v));
    return kept.length ? { text: c.text, secrets: kept, label, rule } : { text: c.text, secrets: [...c.secrets], label, rule, note: 'a documented example or filler value' };
  });
}
