// `npx tsx bench/guard/missForms.ts [--split REGEX] [--json]`: the *forms* of the external corpus's misses and false
// positives, counted, never listed. A held-out split may be read in aggregate only (corpus/README.md); this says in which
// form its misses are written (after which operator, under what kind of key, what the value looks like) and which rules
// its false positives come from, so work can aim at a form as a principle without anyone reading a held-out item.
// Combinations seen fewer than three times are folded into "other": a count of one is a point.
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { isRedacted } from './redactionScore';
import { readExternalCorpus, type ExternalItem } from './splitReport';

const args = process.argv.slice(2);
const at = args.indexOf('--split');
const splitPattern = new RegExp(at === -1 ? '^holdout' : args[at + 1]!);

const PASSWORD_WORD = /pass|pwd|pw\b|login|cred/i;
const TOKEN_WORD = /secret|token|key|auth|bearer|private|access|api|session|cookie|signature|sig\b|salt/i;

/** Where the first uncovered occurrence of a secret stands and what it looks like, coarsely. */
function formOf(item: ExternalItem, redactions: ReturnType<typeof redactSecrets>['redactions']): Record<string, string> {
  const uncovered = item.secrets.find((s) => !isRedacted({ ...item, secrets: [s] }, { text: redactSecrets(item.text).text, redactions }));
  const secret = uncovered ?? item.secrets[0]!;
  const start = item.text.indexOf(secret);
  const touched = start !== -1 && redactions.some((r) => r.start < start + secret.length && r.end > start);
  const lineStart = item.text.lastIndexOf('\n', start - 1) + 1;
  const before = start === -1 ? '' : item.text.slice(lineStart, start);
  const opener = before.replace(/["'`\s]+$/, '');
  const last = opener.slice(-2);
  return {
    cause: causeOf(item, secret),
    coverage: start === -1 ? 'not in text' : touched ? 'partly covered' : 'untouched',
    key: keyBefore(before),
    operator:
      opener === '' ? 'line start'
      : /=>$|->$/.test(last) ? 'arrow'
      : /[=:]$/.test(last) ? 'assignment (= or :)'
      : /[(,]$/.test(last) ? 'call argument'
      : /[>]$/.test(last) ? 'markup element'
      : /[/@?&]$/.test(last) ? 'inside a URL'
      : /[A-Za-z0-9_-]$/.test(last) ? 'after a word (directive, flag)'
      : 'other',
    quoted: /["'`]$/.test(before) ? 'quoted' : 'bare',
    unread: start === -1 || secret.includes('\n') || causeOf(item, secret) !== 'place not read' ? '(read)' : unreadBecause(item, secret),
    head: start === -1 ? '(none)' : headWord(item, secret),
    ...shapeOf(secret),
  };
}

function keyBefore(before: string): string {
  return PASSWORD_WORD.test(before) ? 'password-like word before' : TOKEN_WORD.test(before) ? 'token/key-like word before' : 'no key word before';
}

function shapeOf(value: string): Record<string, string> {
  return {
    length: value.length < 8 ? '<8' : value.length < 16 ? '8-15' : value.length < 32 ? '16-31' : '32+',
    alphabet:
      value.includes('\n') ? 'multi-line'
      : /^[0-9a-f]+$/i.test(value) ? 'hex'
      : /^[a-z]+$/i.test(value) ? 'letters only'
      : /^[A-Za-z0-9]+$/.test(value) ? 'letters and digits'
      : /^[A-Za-z0-9+/=_-]+$/.test(value) ? 'base64/url alphabet'
      : 'with other symbols',
  };
}

// Is the value the reason it was left? The same text with a strong random value in its place says: taken then, the reading
// found the place and judged the value; left then too, the place is not read at all.
const STRONG = 'Zq8Lm3Xv9Tb2Rk7Wp4Ns';
function causeOf(item: ExternalItem, secret: string): string {
  if (secret.includes('\n') || !item.text.includes(secret)) return 'multi-line or absent';
  const text = item.text.split(secret).join(STRONG);
  return isRedacted({ ...item, text, secrets: [STRONG] }, redactSecrets(text)) ? 'left for its value' : 'place not read';
}

// Why a place is not read, by two more counterfactuals on the same text with the strong value: the nearest name before the
// value renamed `password` (read then: the name is the reason), then everything on the line before that name dropped (read
// then: what stands before the name, a call or a tag, is the reason). Neither: the syntax between name and value, or no name.
const NAME_BEFORE = /([A-Za-z_][\w.-]*)([^\w\n]{0,6})$/;
function unreadBecause(item: ExternalItem, secret: string): string {
  const start = item.text.indexOf(secret);
  const lineStart = item.text.lastIndexOf('\n', start - 1) + 1;
  const name = NAME_BEFORE.exec(item.text.slice(lineStart, start));
  if (!name) return 'no name before the value';
  const nameStart = start - name[0].length;
  const taken = (text: string) => isRedacted({ ...item, text, secrets: [STRONG] }, redactSecrets(text));
  const tail = `password${name[2]}${STRONG}${item.text.slice(start + secret.length).split(secret).join(STRONG)}`;
  if (taken(`${item.text.slice(0, nameStart).split(secret).join(STRONG)}${tail}`)) return 'the name';
  if (taken(`${item.text.slice(0, lineStart).split(secret).join(STRONG)}${tail}`)) return 'what stands before the name';
  return 'the syntax between name and value';
}

/** The last word of a name (camelCase, snake_case, kebab-case, dotted), lower-cased: the noun a name is about. */
function headWord(item: ExternalItem, secret: string): string {
  const start = item.text.indexOf(secret);
  const name = NAME_BEFORE.exec(item.text.slice(item.text.lastIndexOf('\n', start - 1) + 1, start));
  const words = name?.[1]!.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_.-]+/).filter(Boolean) ?? [];
  return words.length === 0 ? '(none)' : words[words.length - 1]!.toLowerCase();
}

function countBy(rows: readonly Record<string, string>[], keys: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const name = keys.map((k) => row[k]).join(' · ');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const shown = sorted.filter(([, n]) => n >= 3);
  const other = sorted.filter(([, n]) => n < 3).reduce((sum, [, n]) => sum + n, 0);
  return other > 0 ? [...shown, ['other (each < 3)', other]] : shown;
}

const items = readExternalCorpus().filter((i) => splitPattern.test(i.split) && !i.note);
const misses: Record<string, string>[] = [];
const alarmRules: Record<string, string>[] = [];
const alarms: Record<string, string>[] = [];
for (const item of items) {
  if (item.label === 'stress') continue;
  const result = redactSecrets(item.text);
  if (item.label === 'clean') {
    for (const rule of new Set(result.redactions.map((r) => r.kind))) alarmRules.push({ rule });
    const first = result.redactions[0];
    if (first) alarms.push({ ...shapeOf(item.text.slice(first.start, first.end)), rule: first.kind, key: keyBefore(item.text.slice(item.text.lastIndexOf('\n', first.start - 1) + 1, first.start)) });
  } else if (!isRedacted(item, result)) misses.push(formOf(item, result.redactions));
}

const report = {
  splits: String(splitPattern),
  misses: misses.length,
  byForm: Object.fromEntries(['cause', 'coverage', 'key', 'operator', 'quoted', 'length', 'alphabet'].map((k) => [k, countBy(misses, [k])])),
  byKeyAndOperator: countBy(misses, ['key', 'operator']),
  byCauseAndAlphabet: countBy(misses, ['cause', 'length', 'alphabet']),
  byCauseAndOperator: countBy(misses, ['cause', 'key', 'operator']),
  byOperatorAndAlphabet: countBy(misses, ['operator', 'alphabet']),
  byUnreadReason: countBy(misses.filter((m) => m.unread !== '(read)'), ['unread', 'key']),
  byUnreadHead: countBy(misses.filter((m) => m.unread === 'the name'), ['head']),
  falsePositiveRules: countBy(alarmRules, ['rule']),
  falsePositiveSpans: countBy(alarms, ['rule', 'key', 'length', 'alphabet']),
};
if (args.includes('--json')) console.log(JSON.stringify(report));
else {
  console.log(`misses in ${report.splits}: ${report.misses}`);
  for (const [dimension, rows] of Object.entries(report.byForm)) console.log(`  ${dimension}: ${rows.map(([n, c]) => `${n} ${c}`).join('; ')}`);
  console.log(`  key × operator: ${report.byKeyAndOperator.map(([n, c]) => `${n} ${c}`).join('; ')}`);
  console.log(`  cause × length × alphabet: ${report.byCauseAndAlphabet.map(([n, c]) => `${n} ${c}`).join('; ')}`);
  console.log(`  cause × key × operator: ${report.byCauseAndOperator.map(([n, c]) => `${n} ${c}`).join('; ')}`);
  console.log(`  operator × alphabet: ${report.byOperatorAndAlphabet.map(([n, c]) => `${n} ${c}`).join('; ')}`);
  console.log(`  places not read, why × key: ${report.byUnreadReason.map(([n, c]) => `${n} ${c}`).join('; ')}`);
  console.log(`  places not read for the name, its last word: ${report.byUnreadHead.map(([n, c]) => `${n} ${c}`).join('; ')}`);
  console.log(`false-positive clean items by rule: ${report.falsePositiveRules.map(([n, c]) => `${n} ${c}`).join('; ')}`);
  console.log(`  their first span, rule × key × length × alphabet: ${report.falsePositiveSpans.map(([n, c]) => `${n} ${c}`).join('; ')}`);
}
