// The eleventh holdout (Bearer's `bearer:expected` annotations, njsscan's and mobsfscan's `ruleid:`/`ok:` markers and
// njsscan's clean negatives, PMD's test-code cases) is what its build makes of the saved files (builtCorpus.test.ts
// checks the file against one build), loads from its own file, and is scored but never listed; each label traces to
// its tool's expected result. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import {
  externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile,
  holdout10CorpusFile, holdout11CorpusFile, readExternalCorpus,
} from '../../../bench/guard/splitReport';
import { labelBearerTestData, labelNegativeFile, labelSemgrepMarkedFile } from '../../../bench/guard/corpus/build/annotatedSecretTests';
import { cryptoKeySecrets, labelPmdRuleTest, namedCredentialSecrets, pmdCases } from '../../../bench/guard/corpus/build/pmdRuleTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
interface Manifest {
  repo: string;
  files: { path: string; commit: string; id: string; length: number; saved: string }[];
  rules?: string[];
  negatives?: string[];
  notTaken?: string[];
}
const manifest = (source: string) => JSON.parse(readFileSync(join(raw, source, 'manifest.json'), 'utf8')) as Manifest;
const saved = (source: string, path: string) => readFileSync(join(raw, source, manifest(source).files.find((f) => f.path === path)!.saved), 'utf8');
const eleventh = () => readExternalCorpus([holdout11CorpusFile]);
/** A marked item's rule names the statement's first line; the marker stands on the line before it or above it, comments between. */
const markerAbove = (lines: readonly string[], line: number, marker: RegExp) => {
  for (let j = line - 2; j >= 0; j--) {
    if (marker.test(lines[j]!)) return true;
    if (!/^\s*(?:\/\/|#)/.test(lines[j]!) && lines[j]!.trim() !== '') return false;
  }
  return false;
};

test('the files are saved verbatim as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { bearer: 'Bearer/bearer-rules', njsscan: 'ajinabraham/njsscan', mobsfscan: 'MobSF/mobsfscan', pmd: 'pmd/pmd' });
  for (const negative of manifest('njsscan').negatives!) assert.ok(manifest('njsscan').files.some((f) => f.path === negative && f.path.includes('/true_negatives/')));
});

test('the eleventh holdout loads from its own file: both labels per source, at least 100 scored, never listed without --show-holdout', () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout11');
  assert.deepEqual(eleventh().map((i) => i.text), held.map((i) => i.text));
  const older = [externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, holdout7CorpusFile, holdout8CorpusFile, holdout9CorpusFile, holdout10CorpusFile];
  assert.ok(readExternalCorpus(older).every((i) => i.split !== 'holdout11'), 'an older file holds an eleventh-holdout item');
  assert.ok(held.length < 400);
  assert.ok(held.filter((i) => !i.note).length >= 100, 'fewer than 100 scored items');
  for (const source of ['bearer', 'njsscan', 'mobsfscan', 'pmd']) {
    assert.ok(held.some((i) => i.source === source && i.label === 'secret' && !i.note) && held.some((i) => i.source === source && i.label === 'clean' && !i.note), source);
  }
  assert.ok(held.every((i) => !i.note || i.note === 'a documented example or filler value'));
  assertReportedApart(all, 'holdout11', 'holdout11 (bearer, njsscan, mobsfscan, pmd)');
});

test("Bearer's items follow its annotations: a secret item is an annotated statement or the binding its secret came from, a clean line is never annotated", () => {
  const marker = /^\s*(?:\/\/|#)\s*bearer:expected\s+[\w-]+\s*$/;
  const items = eleventh().filter((i) => i.source === 'bearer');
  assert.ok(items.length >= 50);
  for (const item of items) {
    const [path, at] = [item.rule.slice(0, item.rule.lastIndexOf(':')), Number(item.rule.slice(item.rule.lastIndexOf(':') + 1))];
    const lines = saved('bearer', path).split('\n');
    const annotated = markerAbove(lines, at, marker);
    if (item.label === 'clean') {
      assert.ok(!annotated, item.rule);
      continue;
    }
    if (item.note) continue; // apart, not scored
    const binding = /^\s*(?:(?:var|let|const|final|private|public|static|String)\s+)*([A-Za-z_$][\w$]*)\s*:?=/.exec(lines[at - 1]!)?.[1];
    // The bound name is used by an annotated statement, or by a later binding whose name is (Go's dsn of a password).
    const usedByAnnotated = (name: string | undefined, from: number, steps: number): boolean =>
      name !== undefined && lines.some((l, j) => j >= from && new RegExp(`\\b${name}\\b`).test(l) && (
        (marker.test(lines[j - 1] ?? '') || lines.slice(Math.max(0, j - 3), j).some((p) => marker.test(p))) ||
        (steps > 0 && usedByAnnotated(/^\s*([A-Za-z_$][\w$]*)\s*:?=/.exec(l)?.[1], j + 1, steps - 1))));
    const used = usedByAnnotated(binding, at, 2);
    assert.ok(annotated || used, item.rule);
    for (const s of item.secrets) assert.ok(lines.slice(at - 1, at + 2).some((l) => l.includes(s.slice(0, 30))), item.rule);
  }
});

test("njsscan's and mobsfscan's items follow their markers and njsscan's negatives", () => {
  for (const source of ['njsscan', 'mobsfscan']) {
    const m = manifest(source);
    const items = eleventh().filter((i) => i.source === source);
    for (const item of items) {
      const [path, at] = [item.rule.slice(0, item.rule.lastIndexOf(':')), Number(item.rule.slice(item.rule.lastIndexOf(':') + 1))];
      const lines = saved(source, path).split('\n');
      if (item.label === 'clean') {
        assert.ok(m.negatives?.includes(path) || markerAbove(lines, at, /^\s*\/\/\s*ok\s*:\s*[\w-]+\s*$/), item.rule);
      } else {
        const ruleid = new RegExp(`^\\s*//\\s*ruleid\\s*:\\s*(?:${m.rules!.join('|')})\\s*$`);
        assert.ok(markerAbove(lines, at, ruleid), item.rule);
        assert.ok(!m.negatives?.includes(path), item.rule);
      }
    }
  }
  // njsscan counts node_password's findings (9) and node_secret's (3): as many marked statements, each taken.
  const secrets = saved('njsscan', 'tests/assets/node_source/true_positives/hardcoded_secrets.js').split('\n');
  assert.equal(secrets.filter((l) => /ruleid:node_password$/.test(l)).length, 9);
  assert.equal(secrets.filter((l) => /ruleid:node_secret$/.test(l)).length, 3);
});

test("PMD's items follow each case's expected problems", () => {
  const items = eleventh().filter((i) => i.source === 'pmd');
  for (const f of manifest('pmd').files) {
    const cases = pmdCases(saved('pmd', f.path));
    assert.ok(cases.length >= 11, f.path);
    cases.forEach((c, n) => {
      const item = items.find((i) => i.rule === `${f.path}#${n + 1}`);
      if (item) assert.equal(item.label, c.problems > 0 ? 'secret' : 'clean', item.rule);
    });
  }
  assert.equal(items.length, 27);
});

test('the Bearer labeller: an annotated statement, a name reaching a literal, clean lines, modules and unannotated files', () => {
  const report: string[] = [];
  const js = ['var jwt = require("jsonwebtoken")', 'const apiKey = "k3y-value"', '// bearer:expected r', 'jwt.sign(payload, apiKey)', 'const label = "hello"', '// bearer:expected r', 'config.clientSecret = "s3cr3t-v"'].join('\n');
  const items = labelBearerTestData('t.js', js, report);
  assert.deepEqual(items.filter((i) => i.label === 'secret').map((i) => [i.text, i.secrets]), [['const apiKey = "k3y-value"', ['k3y-value']], ['config.clientSecret = "s3cr3t-v"', ['s3cr3t-v']]]);
  assert.deepEqual(items.filter((i) => i.label === 'clean').map((i) => i.text), ['const label = "hello"']);
  const rb = labelBearerTestData('t.rb', 'pw = "abc"\n# bearer:expected r\nPASSWORD = pw\n', report);
  assert.deepEqual(rb.map((i) => [i.text, i.label, i.secrets]), [['pw = "abc"', 'secret', ['abc']]]);
  assert.deepEqual(labelBearerTestData('u.js', 'const a = "b"\n', report), []);
  assert.ok(report.includes('bearer u.js: no annotation, not taken'));
  const go = labelBearerTestData('m.go', 'dsn := "postgres://u:hunter22@db/x"\n// bearer:expected r\ndb, err = sql.Open("postgres", dsn)\n', []);
  assert.deepEqual(go.map((i) => i.secrets), [['hunter22']]);
});

test('the semgrep-marker labeller: a key written as a string is not the value, ok statements are clean, placeholders apart, negatives clean', () => {
  const report: string[] = [];
  const text = ["// ruleid:r", "aws('secret', 'v4lue-1')", '// ruleid:r', "x.config('APIKEY', 'v4lue-2')", '// ok:r', 'let name = "alice"', '// ruleid:r', 'let password = "password"', '// ruleid:other', 'let token = "t0k3n"'].join('\n');
  const items = labelSemgrepMarkedFile('src', 'f.js', text, ['r'], report);
  assert.deepEqual(items.map((i) => [i.text, i.label, i.secrets, i.note]), [
    ["aws('secret', 'v4lue-1')", 'secret', ['v4lue-1'], undefined],
    ["x.config('APIKEY', 'v4lue-2')", 'secret', ['v4lue-2'], undefined],
    ['let name = "alice"', 'clean', [], undefined],
    ['let password = "password"', 'secret', ['password'], 'a documented example or filler value'],
  ]);
  assert.deepEqual(labelNegativeFile('n.js', "const x = require('y')\nconsole.log(\"words\");\n// c 'q'\n").map((i) => i.text), ['console.log("words");']);
});

test('the PMD labeller: listed lines give the crypto key, setHeader the named credential, a scheme word and algorithm names aside', () => {
  const xml = (problems: number, lines: string, code: string) => `<test-code><description>d</description><expected-problems>${problems}</expected-problems>${lines ? `<expected-linenumbers>${lines}</expected-linenumbers>` : ''}<code><![CDATA[\n${code}\n]]></code></test-code>`;
  const crypto = xml(1, '2', 'class A {\n  SecretKeySpec k = new SecretKeySpec("k3y-material".getBytes("UTF-8"), "AES");\n}') + xml(0, '', 'class B { String a = "AES"; }') + xml(1, '', 'class C { byte[] k = {1, 2}; }');
  const report: string[] = [];
  const items = labelPmdRuleTest('K.xml', `<test-data>${crypto}</test-data>`, cryptoKeySecrets, report);
  assert.deepEqual(items.map((i) => [i.label, i.secrets]), [['secret', ['k3y-material']], ['clean', []]]);
  assert.equal(report.length, 1);
  const apex = xml(1, '', "String value = 'T0ken';\nreq.setHeader('Authorization', 'Bearer ' + value);") + xml(1, '', "req.setHeader('Authorization', 'Basic Zm9vOmJhcg==');");
  assert.deepEqual(pmdCases(apex).map(namedCredentialSecrets), [['T0ken'], ['Zm9vOmJhcg==']]);
});
