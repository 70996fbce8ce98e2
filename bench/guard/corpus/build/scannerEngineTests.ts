// The fifty-fourth holdout's labeller (corpus/README.md, "The fifty-fourth holdout"): three open scanners' own tests —
// SAP credential-digger's file and git scanner tests, deepsecrets' engine tests (avito-tech's, and the evaluator tables
// of ntoskernel's copy), rusty-hog's entropy and generic-secret tests. Labels are the tests': what a test expects found
// is a secret item (its credential the value the finding names, narrowed to the value), what it expects not found a
// clean item; a text whose verdict the test leaves open (a count over several candidates without saying which) is not
// taken. Stand-ins the placeholder policy passes, keyword-only discoveries and a clean case holding another case's
// secret go apart.
import { createHash } from 'node:crypto';
import { secretItem } from './passwordCheckTests';
import { evaluateAt, isTuple, moduleConstants, type PyValue } from './pythonStringExpressions';

export const scannerEngineSources = ['credential-digger', 'deepsecrets', 'deepsecrets-ntoskernel', 'rusty-hog'] as const;

export type FiftyFourthNote = 'a documented example or filler value' | 'a keyword without a value' | "holds another case's secret";

export interface FiftyFourthItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: FiftyFourthNote;
}

const clean = (text: string, rule: string): FiftyFourthItem => ({ text, secrets: [], label: 'clean', rule });
const found = (text: string, secrets: readonly string[], rule: string): FiftyFourthItem => {
  for (const s of secrets) if (!s || !text.includes(s)) throw new Error(`${rule}: secret ${JSON.stringify(s)} is not in its text`);
  return secretItem(text, secrets, rule);
};

// --- credential-digger -------------------------------------------------------------------------------------------

/** credential-digger's password-keyword rule, as every one of its scanner tests configures it. */
const passwordKeyword = /sshpass|password|pwd|passwd|pass/;
const assignedValue = /=\s*["']([^"']+)["']/;

/**
 * A scanned fixture whose discovered lines the test names (or counts, when the count is every keyword line): a secret
 * item whose secrets are the values those lines assign; discovered lines that assign nothing are keyword-only, and a
 * file of only such lines is apart; a file with no discovery is clean.
 */
function scannedFile(text: string, lines: readonly number[], rule: string): FiftyFourthItem {
  if (!lines.length) return clean(text, rule);
  const all = text.split('\n');
  const values = lines.map((n) => {
    const line = all[n - 1];
    if (line === undefined || !passwordKeyword.test(line)) throw new Error(`${rule}: line ${n} is not a keyword line`);
    return assignedValue.exec(line)?.[1];
  });
  const secrets = values.filter((v): v is string => v !== undefined);
  return secrets.length ? found(text, secrets, rule) : { ...clean(text, rule), note: 'a keyword without a value' };
}

/**
 * The integration test of FileScanner: `test_scan_file`'s rows name the discovered lines of a file; `test_scan_dir`'s
 * rows count the discoveries of a file or folder, which label a file when they leave one file of the folder unlabelled
 * and its keyword lines are as many as the count. `fixtures` maps the test's relative paths to the saved texts.
 */
export function labelFileScannerTest(path: string, test: string, fixtures: ReadonlyMap<string, string>, report: string[]): FiftyFourthItem[] {
  const items: FiftyFourthItem[] = [];
  const labelled = new Map<string, number>();
  for (const m of test.matchAll(/param\(file_path='([^']+)',\s*expected_discoveries=\[([^\]]*)\]\)/g)) {
    const text = fixtures.get(m[1]!);
    if (text === undefined) {
      report.push(`holdout54 credential-digger ${m[1]}: not a saved text (binary or not in the index), not taken`);
      continue;
    }
    const lines = m[2]!.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
    labelled.set(m[1]!, lines.length);
    items.push(scannedFile(text, lines, `${path}#test_scan_file[${m[1]}]`));
  }
  const counts = new Map([...test.matchAll(/param\(path='(?:\.\/)?([^']+)',\s*expected_discoveries=(\d+)\)/g)].map((m) => [m[1]!, Number(m[2])]));
  for (const [file, count] of counts) if (fixtures.has(file)) labelled.set(file, count);
  for (const [folder, count] of counts) {
    if (fixtures.has(folder)) continue;
    const inside = [...fixtures.keys()].filter((f) => f.startsWith(`${folder}/`));
    const left = inside.filter((f) => !labelled.has(f));
    const rest = count - inside.filter((f) => labelled.has(f)).reduce((n, f) => n + labelled.get(f)!, 0);
    if (left.length !== 1) throw new Error(`credential-digger ${folder}: ${left.length} files left for a count`);
    labelled.set(left[0]!, rest);
  }
  for (const [file, count] of labelled) {
    if (items.some((i) => i.rule.endsWith(`[${file}]`))) continue;
    const text = fixtures.get(file)!;
    const lines = text.split('\n').flatMap((l, n) => (passwordKeyword.test(l) ? [n + 1] : []));
    if (lines.length !== count) throw new Error(`credential-digger ${file}: ${lines.length} keyword lines, the test counts ${count}`);
    items.push(scannedFile(text, lines, `${path}#test_scan_dir[${file}]`));
  }
  return items;
}

/** GitScanner's unit tests: each diff a test builds; discovered lines are keyword-only (apart), no discovery is clean. */
export function labelGitScannerTest(path: string, test: string): FiftyFourthItem[] {
  return [...test.matchAll(/def (test_\w+)\(self\):/g)].map((m) => {
    const next = test.indexOf('\n    def ', m.index! + 1);
    const body = test.slice(m.index!, next < 0 ? undefined : next);
    const at = body.indexOf('diff = ');
    const joined = evaluateAt(body, at + 'diff = '.length);
    if (typeof joined !== 'object' || !('callee' in joined) || joined.callee !== 'join' || !isTuple(joined.args[0])) throw new Error(`${path} ${m[1]}: no diff`);
    const diff = joined.args[0].items.map(String).join('\n');
    const rule = `${path}#${m[1]}`;
    if (/assertEqual\(len\(discoveries\), 0\)/.test(body)) return clean(diff, rule);
    const added = diff.split('\n').filter((l) => l.startsWith('+') && passwordKeyword.test(l));
    if (!added.length || added.some((l) => assignedValue.test(l))) throw new Error(`${rule}: discoveries not keyword-only`);
    return { ...clean(diff, rule), note: 'a keyword without a value' as const };
  });
}

// --- deepsecrets ---------------------------------------------------------------------------------------------------

/** A regex_checks.txt section's units: its PEM block, else each non-empty line. */
function sectionUnits(lines: readonly string[]): string[] {
  if (lines[0]?.startsWith('-----BEGIN')) {
    const end = lines.findIndex((l) => l.startsWith('-----END'));
    return [lines.slice(0, end + 1).join('\n')];
  }
  return lines.filter((l) => l.trim() !== '');
}

/**
 * The regex engine's test over regex_checks.txt: it asserts each finding's rule id in order (and some detections). A
 * section `# Sn` whose units are as many as the findings of Sn: each unit a secret item (the whole unit, what the rule
 * matches). Otherwise a unit the fixture marks "should not be found" is clean, a unit holding a detection the test names
 * is a secret item (the detection), and the rest are not taken.
 */
export function labelRegexChecks(path: string, test: string, fixturePath: string, fixture: string, report: string[]): FiftyFourthItem[] {
  const ids = [...test.matchAll(/findings\[(\d+)\]\.rules\[0\]\.id == '(\w+)'/g)].map((m) => ({ at: Number(m[1]), id: m[2]! }));
  const detections = new Map([...test.matchAll(/findings\[(\d+)\]\.detection == '([^']+)'/g)].map((m) => [Number(m[1]), m[2]!]));
  const sections = fixture.split(/^# (S\d+)\n/m);
  const items: FiftyFourthItem[] = [];
  for (let i = 1; i < sections.length; i += 2) {
    const id = sections[i]!;
    const units = sectionUnits(sections[i + 1]!.split('\n'));
    const mine = ids.filter((f) => f.id === id);
    const rule = (n: number) => `${fixturePath}#${path.replace(/^.*\//, '')}:${id}[${n}]`;
    if (units.length === mine.length) {
      units.forEach((u, n) => items.push(found(u, [u], rule(n))));
      continue;
    }
    const named = mine.flatMap((f) => (detections.has(f.at) ? [detections.get(f.at)!] : []));
    let left = 0;
    units.forEach((u, n) => {
      const detection = named.find((d) => u.includes(d));
      if (/# should not be found\s*$/.test(u)) items.push(clean(u, rule(n)));
      else if (detection) items.push(found(u, [detection], rule(n)));
      else left++;
    });
    if (left) report.push(`holdout54 ${fixturePath} ${id}: ${left} of ${units.length} lines not taken (${mine.length} findings asserted, which not said)`);
  }
  return items;
}

/** The line of `fixture` assigning `name` (a quoted or bare key, `:` or `=`) a quoted value: the line and the value. */
function assignment(fixture: string, name: string): { line: string; value: string } {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^.*["']?\\b${escaped}\\b["']?\\s*[:=]\\s*["']([^"']+)["'].*$`, 'm').exec(fixture);
  if (!m) throw new Error(`no assignment of ${name}`);
  return { line: m[0], value: m[1]! };
}

/**
 * The semantic engine's tests: a token the test names and searches alone with one finding asserted, or the leading named
 * tokens of a file whose findings of those positions are asserted (the named tokens hold the same value under the same
 * kind of name, so they are found alike): a secret item each, the fixture line that assigns it. A fixture line after a
 * "should not be detected" / "should not be matched" comment in a file a test scans: a clean item. Other tokens the
 * tests count without naming are not taken.
 */
export function labelSemanticTest(path: string, test: string, fixtures: ReadonlyMap<string, string>, report: string[]): FiftyFourthItem[] {
  const items: FiftyFourthItem[] = [];
  for (const m of test.matchAll(/\ndef (test_\w+)\((\w+): File\):\n([\s\S]*?)(?=\n\n\ndef |\s*$)/g)) {
    const [, name, fixtureArg, body] = m;
    const fixturePath = new RegExp(`def ${fixtureArg}\\(\\)[^\\n]*\\n\\s*path = '([^']+)'`).exec(test)?.[1];
    const fixture = fixturePath && fixtures.get(fixturePath);
    if (!fixture) {
      report.push(`holdout54 ${path}#${name}: its fixture is not saved, not taken`);
      continue;
    }
    const rule = (what: string) => `${fixturePath}#${path.replace(/^.*\//, '')}:${name}[${what}]`;
    const named = [...body!.matchAll(/tokens\[(\d+)\]\.semantic\.name == '([^']+)'/g)].map((t) => ({ at: Number(t[1]), name: t[2]! }));
    const searchedAlone = /findings = engine\.search\(tokens\[(\d+)\]\)\n\s*assert len\(findings\) == 1/.exec(body!);
    const asserted = new Set([...body!.matchAll(/findings\[(\d+)\]\.rules\[0\]/g)].map((f) => Number(f[1])));
    const leading = named.every((t, n) => t.at === n) && named.every((t) => asserted.has(t.at)) && /for token in tokens:/.test(body!);
    for (const t of named) {
      if ((searchedAlone && Number(searchedAlone[1]) === t.at) || (!searchedAlone && leading)) {
        const { line, value } = assignment(fixture, t.name);
        items.push(found(line, [value], rule(t.name)));
      } else report.push(`holdout54 ${rule(t.name)}: named, its finding not asserted, not taken`);
    }
    for (const c of fixture.matchAll(/^#.*should not be (?:detected|matched).*\n(.+)$/gm)) items.push(clean(c[1]!, rule('marked')));
  }
  return items;
}

/** The hashed-secret engine's test: the one literal of the fixture whose SHA-1 is the hash the test asserts found. */
export function labelHashedSecretTest(path: string, test: string, fixturePath: string, fixture: string): FiftyFourthItem[] {
  const hash = /hashed_val == '([0-9a-f]{40})'/.exec(test)?.[1];
  if (!hash) throw new Error(`${path}: no hash asserted`);
  const literals = [...fixture.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((m) => m[1] ?? m[2]!);
  const hits = literals.filter((l) => createHash('sha1').update(l).digest('hex') === hash);
  if (hits.length !== 1) throw new Error(`${path}: ${hits.length} literals of the hash`);
  return [found(fixture, hits, `${fixturePath}#${path.replace(/^.*\//, '')}:test_1`)];
}

// --- ntoskernel's evaluator tables -------------------------------------------------------------------------------

/**
 * A variable the evaluator is handed (name, value) as the item writes it: the test's own comment when it quotes the
 * variable (`# data-fp-apikey="…"`), else the assignment a Python settings file holds (`name = 'value'`: the tables'
 * CODE path is src/settings.py).
 */
export function variableText(name: string, value: string, comment?: string): string {
  return comment && comment.includes(name) && comment.includes(value) ? comment : `${name} = '${value}'`;
}

const asString = (v: PyValue | undefined, what: string): string => {
  if (typeof v !== 'string') throw new Error(`${what}: not a string`);
  return v;
};

/** The scoring-case table: every parametrize row of a test asserting `is_dangerous is True` (or both values dangerous) or `False`. */
export function labelScoringCases(path: string, source: string): FiftyFourthItem[] {
  const names = moduleConstants(source);
  const items: FiftyFourthItem[] = [];
  for (const m of source.matchAll(/^@pytest\.mark\.parametrize\(/gm)) {
    const call = evaluateAt(source, m.index! + 1, names);
    if (typeof call !== 'object' || !('callee' in call) || !isTuple(call.args[1])) throw new Error(`${path}: a parametrize not read at ${m.index}`);
    const argnames = asString(call.args[0], 'argnames').split(',').map((s) => s.trim());
    const def = /\ndef (\w+)\([^)]*\):\n([\s\S]*?)(?=\n\n\n|$)/.exec(source.slice(m.index!))!;
    const [, test, body] = def;
    const dangerous = /is_dangerous is True|assert low\.is_dangerous and high\.is_dangerous/.test(body!) ? true : /is_dangerous is False/.test(body!) ? false : undefined;
    if (dangerous === undefined) throw new Error(`${path} ${test}: no verdict`);
    const bodyValue = /value=([A-Z_0-9]+)\b/.exec(body!)?.[1];
    call.args[1].items.forEach((row, n) => {
      const values = typeof row === 'object' && 'callee' in row ? row.args : [row];
      const at = (arg: string) => values[argnames.indexOf(arg)];
      const name = asString(at('name'), `${test}[${n}]`);
      const valueArgs = argnames.filter((a) => a.includes('value'));
      const vals = valueArgs.length ? valueArgs.map((a) => asString(at(a), `${test}[${n}]`)) : [asString(names.get(bodyValue ?? ''), `${test} body value`)];
      vals.forEach((value, k) => {
        const rule = `${path}#${test}[${n}${vals.length > 1 ? `:${valueArgs[k]}` : ''}]`;
        const text = variableText(name, value);
        items.push(dangerous ? found(text, [value], rule) : clean(text, rule));
      });
    });
  }
  return items;
}

/** The variable evaluator's tests: each test's Context(name, value) and its `is_dangerous is True|False`. */
export function labelEvaluatorTests(path: string, source: string): FiftyFourthItem[] {
  const items: FiftyFourthItem[] = [];
  for (const m of source.matchAll(/\ndef (test_\d+)\(variable_scoring_rules\):\n([\s\S]*?)(?=\n\n\ndef |$)/g)) {
    const [, test, body] = m;
    const name = /name='([^']*)'/.exec(body!)?.[1];
    const value = /value='([^']*)'/.exec(body!)?.[1];
    const verdict = /result\.is_dangerous is (True|False)/.exec(body!)?.[1];
    if (name === undefined || value === undefined || !verdict) throw new Error(`${path} ${test}: not read`);
    const comment = /^\s*# (.+)$/m.exec(body!.split('\n')[0] ?? '')?.[1];
    const text = variableText(name, value, comment);
    const rule = `${path}#${test}`;
    items.push(verdict === 'True' ? found(text, [value], rule) : clean(text, rule));
  }
  return items;
}

/** One regex-candidate case as the manifest transcribes it (checked against the saved test by the build). */
export interface CandidateCase {
  readonly test: string;
  readonly case: string;
  readonly kept: boolean;
  readonly text: string;
  readonly secret?: string;
  readonly source: readonly string[];
}

/** The regex-candidate evaluator's cases: kept is a secret item (the value the candidate's rule judges), rejected clean. */
export function labelCandidateCases(path: string, source: string, cases: readonly CandidateCase[]): FiftyFourthItem[] {
  return cases.map((c) => {
    for (const s of c.source) if (!source.includes(s)) throw new Error(`${path} ${c.test}[${c.case}]: ${JSON.stringify(s)} is not in the saved test`);
    const rule = `${path}#${c.test}[${c.case}]`;
    if (!c.kept) return clean(c.text, rule);
    if (!c.secret) throw new Error(`${rule}: kept without a secret`);
    return found(c.text, [c.secret], rule);
  });
}

// --- rusty-hog -----------------------------------------------------------------------------------------------------

/**
 * rusty-hog's tests: `check_entropy("Generic Secret", "<line>")` asserted true is a secret item (the value after
 * `secret: `), asserted false clean; `generic_secret_regex_test`'s lines, of which it asserts as many findings as there
 * are lines assigning a value: those lines secret items (the value), the line assigning none clean.
 */
export function labelRustyHogTests(path: string, source: string): FiftyFourthItem[] {
  const items: FiftyFourthItem[] = [];
  for (const m of source.matchAll(/let (\w+) = ss\.check_entropy\(\s*"Generic Secret",\s*"([^"]*)"\.as_bytes\(\),\s*\);\s*assert!\((!?)(\w+)\);/g)) {
    if (m[1] !== m[4]) throw new Error(`${path}: an assertion on another output`);
    const rule = `${path}#test_check_entropy[${m[1]}]`;
    items.push(m[3] ? clean(m[2]!, rule) : found(m[2]!, [m[2]!.replace(/^secret:\s*/, '')], rule));
  }
  const raw = /fn generic_secret_regex_test\(\)[\s\S]*?r#"\n([\s\S]*?)"#/.exec(source)?.[1];
  const count = Number(/assert_eq!\(findings\.len\(\), (\d+)\);\s*}$/.exec(source)?.[1]);
  if (raw === undefined || !count) throw new Error(`${path}: generic_secret_regex_test not read`);
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  const valued = lines.map((l) => /^\w+\s*[:=]\s*"?([^"\s]+)"?$/.exec(l)?.[1]);
  if (valued.filter(Boolean).length !== count) throw new Error(`${path}: ${valued.filter(Boolean).length} valued lines, ${count} findings asserted`);
  lines.forEach((l, n) => {
    const rule = `${path}#generic_secret_regex_test[${n}]`;
    items.push(valued[n] ? found(l, [valued[n]!], rule) : clean(l, rule));
  });
  return items;
}

// --- apart ---------------------------------------------------------------------------------------------------------

/** A clean case holding a secret a secret case of the same test file names is apart (titus', gitleaks' precedent). */
export function markHeldSecrets(items: readonly FiftyFourthItem[]): FiftyFourthItem[] {
  const fileOf = (rule: string) => rule.slice(0, rule.indexOf('#'));
  const secrets = items.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets.map((s) => ({ s, file: fileOf(i.rule) })));
  return items.map((i) =>
    i.label === 'clean' && !i.note && secrets.some((x) => x.file === fileOf(i.rule) && i.text.includes(x.s)) ? { ...i, note: "holds another case's secret" as const } : i,
  );
}
