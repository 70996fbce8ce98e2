// `npx tsx bench/guard/shapeConflicts.ts [--show-tune N] [--json]` (twenty-ninth round, guardpolicy1; measurement only):
// how many of the external corpus's goal failures (missed secrets, clean items redacted) have the same *shape* as an item
// another source labels the other way: a share no judge of the value's shape can meet on both sides. Counted, never
// listed, for the holdouts; the tune split's own conflicts (against other tune sources) may be shown, where the key was
// designed.
//
// The shape key: the key word class before the value on its line (password-like, token/key-like, none: missForms.ts'
// two word lists) × the operator before it and whether the value is quoted × the value's class (length bucket ×
// alphabet, or the placeholder policy's stand-in as a class of its own). An item's value: a secret item's first listed
// secret (a missed one's first uncovered secret) at its last occurrence; a clean item's first span main redacts, or else
// the first value after a key word and an operator on its line, or else the first value after any operator, or else its
// longest token of four characters or more (a bare value with nothing around it).
import { looksPlaceholder } from '../../src/core/guard/placeholderValue';
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { isRedacted } from './redactionScore';
import { readExternalCorpus, type ExternalItem } from './splitReport';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show-tune');
const showTune = showAt === -1 ? 0 : Number(args[showAt + 1]);

const PASSWORD_WORD = /pass|pwd|pw\b|login|cred/i;
const TOKEN_WORD = /secret|token|key|auth|bearer|private|access|api|session|cookie|signature|sig\b|salt/i;
const KEY_WORD = new RegExp(`${PASSWORD_WORD.source}|${TOKEN_WORD.source}`, 'i');

function keyClass(before: string): string {
  return PASSWORD_WORD.test(before) ? 'password-like' : TOKEN_WORD.test(before) ? 'token/key-like' : 'no key word';
}

function operatorOf(before: string): string {
  const quoted = /["'`]$/.test(before) ? ' quoted' : ' bare';
  const opener = before.replace(/["'`\s]+$/, '');
  const last = opener.slice(-2);
  const op =
    opener === '' ? 'line start'
    : /=>$|->$|[=:]$/.test(last) ? '= or :'
    : /[(,]$/.test(last) ? 'argument'
    : />$/.test(last) ? 'markup'
    : /[/@?&]$/.test(last) ? 'in a URL'
    : /[A-Za-z0-9_-]$/.test(last) ? 'after a word'
    : 'other';
  return op + quoted;
}

function valueClass(value: string): string {
  const n = value.length;
  const length = n < 6 ? '<6' : n < 12 ? '6-11' : n < 20 ? '12-19' : n < 40 ? '20-39' : '40+';
  const alphabet =
    value.includes('\n') ? 'multi-line'
    : looksPlaceholder(value) ? "the policy's stand-in"
    : /^\d+$/.test(value) ? 'digits'
    : /^[0-9a-f]+$/i.test(value) ? 'hex'
    : /^[a-z]+$/.test(value) ? 'lower letters'
    : /^[A-Za-z]+$/.test(value) ? 'letters'
    : /^[A-Za-z0-9]+$/.test(value) ? 'letters and digits'
    : /^[A-Za-z0-9+/=_.-]+$/.test(value) ? 'base64/url/words'
    : 'other symbols';
  return `${length} ${alphabet}`;
}

function shapeAt(text: string, start: number, value: string): string {
  const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return `${keyClass(before)} × ${operatorOf(before)} × ${valueClass(value)}`;
}

// A clean item's value where main redacts nothing: after a key word, an operator and maybe a quote, on its line.
const KEYED_VALUE = /(?:[=:(,>]|=>)[ \t]*(["'`]?)([^\s"'`,;)<]{1,400})/g;

function cleanValue(text: string): { start: number; value: string } | undefined {
  const key = KEY_WORD.exec(text);
  if (key) {
    const lineEnd = text.indexOf('\n', key.index);
    KEYED_VALUE.lastIndex = key.index + key[0].length;
    const m = KEYED_VALUE.exec(text);
    if (m && (lineEnd === -1 || m.index < lineEnd)) return { start: m.index + m[0].length - m[2]!.length, value: m[2]! };
  }
  KEYED_VALUE.lastIndex = 0;
  const m = KEYED_VALUE.exec(text);
  if (m) return { start: m.index + m[0].length - m[2]!.length, value: m[2]! };
  let best: { start: number; value: string } | undefined;
  for (const m of text.matchAll(/[^\s"'`,;()<>=:]{4,}/g)) if (!best || m[0].length > best.value.length) best = { start: m.index!, value: m[0] };
  return best;
}

interface Row {
  split: string;
  source: string;
  label: 'secret' | 'clean';
  failed: boolean;
  shape: string;
  text: string;
}

function rowOf(item: ExternalItem): Row | undefined {
  if (item.label === 'stress') return undefined;
  const result = redactSecrets(item.text);
  if (item.label === 'clean') {
    const first = result.redactions[0];
    const found = first ? { start: first.start, value: item.text.slice(first.start, first.end) } : cleanValue(item.text);
    if (!found) return undefined;
    return { split: item.split, source: item.source, label: 'clean', failed: first !== undefined, shape: shapeAt(item.text, found.start, found.value), text: item.text };
  }
  const failed = !isRedacted(item, result);
  const secret = (failed ? item.secrets.find((s) => !isRedacted({ ...item, secrets: [s] }, result)) : undefined) ?? item.secrets[0]!;
  // (Its last occurrence: a value that repeats its key, `password 'password'`, stands after it.)
  const start = item.text.lastIndexOf(secret);
  if (start === -1) return undefined;
  return { split: item.split, source: item.source, label: 'secret', failed, shape: shapeAt(item.text, start, secret), text: item.text };
}

const rows = readExternalCorpus().filter((i) => !i.note).map(rowOf).filter((r): r is Row => r !== undefined);

// Per shape and source: how many items of each label.
const byShape = new Map<string, Map<string, { secret: number; clean: number }>>();
for (const r of rows) {
  const sources = byShape.get(r.shape) ?? new Map<string, { secret: number; clean: number }>();
  const n = sources.get(r.source) ?? { secret: 0, clean: 0 };
  n[r.label]++;
  sources.set(r.source, n);
  byShape.set(r.shape, sources);
}

/** Items of the other label in other sources of the row's shape (all splits or only `within`), and all items of other sources of it. */
function others(r: Row, within?: (source: string) => boolean): { opposite: number; all: number } {
  let opposite = 0;
  let all = 0;
  for (const [source, n] of byShape.get(r.shape)!) {
    if (source === r.source || (within && !within(source))) continue;
    opposite += r.label === 'secret' ? n.clean : n.secret;
    all += n.secret + n.clean;
  }
  return { opposite, all };
}

const OLDER = /^holdout(?:\d|1[0-2])?$/;
const groups: [string, (r: Row) => boolean][] = [
  ['tune', (r) => r.split === 'tune'],
  ['twelve older holdouts pooled', (r) => OLDER.test(r.split)],
  ['holdout13', (r) => r.split === 'holdout13'],
  ['holdout14', (r) => r.split === 'holdout14'],
];
const report: Record<string, Record<string, string>> = {};
for (const [name, inGroup] of groups) {
  const g = rows.filter(inGroup);
  const count = (pick: (r: Row) => boolean) => {
    const chosen = g.filter(pick);
    const any = chosen.filter((r) => others(r).opposite > 0).length;
    const most = chosen.filter((r) => {
      const o = others(r);
      return o.all > 0 && o.opposite * 2 >= o.all;
    }).length;
    return `${chosen.length}: ${any} share a shape with an item labelled the other way in another source, ${most} where that label is half or more of the shape's items in other sources`;
  };
  // A judge that sees only the shape takes or leaves each shape whole: within the group, min(secret, clean) of every
  // shape are errors whatever it does; and, taking shapes in order of clean items per secret one (greedy), about the most
  // secret items it can take with the clean ones taken at 3% or fewer.
  const inGroup2 = new Map<string, { secret: number; clean: number }>();
  for (const r of g) {
    const n = inGroup2.get(r.shape) ?? { secret: 0, clean: 0 };
    n[r.label]++;
    inGroup2.set(r.shape, n);
  }
  const counts = [...inGroup2.values()];
  const unavoidable = counts.reduce((sum, n) => sum + Math.min(n.secret, n.clean), 0);
  const secrets = g.filter((r) => r.label === 'secret').length;
  const cleans = g.filter((r) => r.label === 'clean').length;
  let taken = 0;
  let alarms = 0;
  for (const n of counts.filter((n) => n.secret > 0).sort((a, b) => a.clean / a.secret - b.clean / b.secret)) {
    if (alarms + n.clean > 0.03 * cleans) continue;
    taken += n.secret;
    alarms += n.clean;
  }
  report[name] = {
    'a judge of the shape alone': `${unavoidable} errors at least of ${secrets} secret and ${cleans} clean items (main: ${g.filter((r) => r.failed).length}); at 3% false positives or fewer, recall about ${taken}/${secrets} = ${((100 * taken) / secrets).toFixed(1)}% (greedy, fitted to the group's own labels)`,
    'missed secrets': count((r) => r.label === 'secret' && r.failed),
    'clean items redacted': count((r) => r.label === 'clean' && r.failed),
    'secret items': count((r) => r.label === 'secret'),
    'clean items': count((r) => r.label === 'clean'),
  };
}
if (args.includes('--json')) console.log(JSON.stringify(report));
else for (const [name, lines] of Object.entries(report)) console.log(`${name}\n${Object.entries(lines).map(([k, v]) => `  ${k} ${v}`).join('\n')}`);

// The tune split's own conflicts, against other tune sources only: where the key was designed, to read.
if (showTune > 0) {
  const tuneSource = new Set(rows.filter((r) => r.split === 'tune').map((r) => r.source));
  let shown = 0;
  for (const r of rows) {
    if (r.split !== 'tune' || !r.failed || shown >= showTune) continue;
    const o = others(r, (s) => tuneSource.has(s));
    if (o.opposite === 0) continue;
    const twin = rows.find((t) => t.split === 'tune' && t.shape === r.shape && t.source !== r.source && t.label !== r.label);
    console.log(`tune ${r.label} ${r.failed ? (r.label === 'secret' ? 'missed' : 'redacted') : ''} [${r.shape}] (${o.opposite} of ${o.all} in other tune sources labelled the other way)\n  ${r.text.slice(0, 140).replace(/\n/g, '⏎')}\n  twin ${twin!.label} (${twin!.source}): ${twin!.text.slice(0, 140).replace(/\n/g, '⏎')}`);
    shown++;
  }
}
