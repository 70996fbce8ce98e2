// The twenty-first holdout (the default rules of Spring Boot's Sanitizer, Django's SafeExceptionReporterFilter, the Elastic
// APM agents' sanitize_field_names, Airflow's secrets masker and tartufo's entropy check, as their tests require them) is
// what its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own
// file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed; each
// label traces to the output its test requires. Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout21CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelSpringSanitizerTests, labelTranscribedCases, verdict } from '../../../bench/guard/corpus/build/scrubberDefaultTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const sources = ['spring-boot', 'django', 'elastic-apm-python', 'elastic-apm-nodejs', 'elastic-apm-ruby', 'airflow', 'tartufo'];
const count = (items: readonly { source: string; label: string; note?: string }[], source: string) =>
  (['secret', 'clean'] as const).flatMap((label) => [false, true].map((apart) => items.filter((i) => i.source === source && i.label === label && Boolean(i.note) === apart).length));

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'spring-boot': 'spring-projects/spring-boot', django: 'django/django', 'elastic-apm-python': 'elastic/apm-agent-python',
    'elastic-apm-nodejs': 'elastic/apm-agent-nodejs', 'elastic-apm-ruby': 'elastic/apm-agent-ruby', airflow: 'apache/airflow', tartufo: 'godaddy/tartufo',
  });
});

test("the twenty-first holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout21');
  assert.deepEqual(readExternalCorpus([holdout21CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The twenty-first holdout": 211 items, 146 scored (90 secret, 56 clean), 65 apart.
  assert.equal(held.length, 211);
  // Per source: [secret scored, secret apart, clean scored, clean apart].
  assert.deepEqual(sources.map((s) => count(held, s)), [
    [49, 55, 49, 0], [14, 2, 1, 0], [9, 3, 1, 0], [11, 0, 3, 2], [3, 1, 1, 2], [2, 0, 1, 0], [2, 0, 0, 0],
  ]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...sources.map((s) => values(s)), values()], [3, 7, 6, 11, 3, 2, 2, 33]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout21', 'holdout21 (spring-boot, django, elastic-apm-python, elastic-apm-nodejs, elastic-apm-ruby, airflow, tartufo)');
});

test("Spring's labeller: the default sanitizer's calls, a key parameter for each URI key, masks narrowed to the credential", () => {
  const source = [
    'class T {',
    '\t@Test',
    '\tvoid keys() {',
    '\t\tSanitizer sanitizer = new Sanitizer();',
    '\t\tassertThat(sanitizer.sanitize("token", "Zq8rT2")).isEqualTo("******");',
    '\t\tassertThat(sanitizer.sanitize("find", "Zq8rT2")).isEqualTo("Zq8rT2");',
    '\t\tassertThat(sanitizer.sanitize("cmd", "--db.password=Pw9x")).isEqualTo("******");',
    '\t}',
    '',
    '\t@ParameterizedTest',
    '\tvoid uris(String key) {',
    '\t\tSanitizer sanitizer = new Sanitizer();',
    '\t\tassertThat(sanitizer.sanitize(key,',
    '\t\t\t\t"http://u1:k3y@h,http://u2@h")).isEqualTo(',
    '\t\t\t\t\t\t"http://u1:******@h,http://u2@h");',
    '\t\tassertThat(sanitizer.sanitize(key, "http://u://@h")).isEqualTo("http://u:******@h");',
    '\t}',
    '',
    '\tprivate static Stream<String> matchingUriUserInfoKeys() {',
    '\t\treturn Stream.of("uri", "address");',
    '\t}',
    '',
    '\t@Test',
    '\tvoid regex() {',
    '\t\tSanitizer sanitizer = new Sanitizer(".*lock.*");',
    '\t\tassertThat(sanitizer.sanitize("verylOCkish", "Zq8rT2")).isEqualTo("******");',
    '\t}',
    '}',
  ].join('\n');
  assert.deepEqual(labelSpringSanitizerTests('T.java', source).map((i) => [i.text, i.label, i.secrets, i.note ?? '']), [
    ['token=Zq8rT2', 'secret', ['Zq8rT2'], ''],
    ['find=Zq8rT2', 'clean', [], ''],
    ['cmd=--db.password=Pw9x', 'secret', ['Pw9x'], ''],
    ['uri=http://u1:k3y@h,http://u2@h', 'secret', ['k3y'], ''],
    ['address=http://u1:k3y@h,http://u2@h', 'secret', ['k3y'], ''],
    ['uri=http://u://@h', 'secret', ['//'], 'a secret written elsewhere in its text too'],
    ['address=http://u://@h', 'secret', ['//'], 'a secret written elsewhere in its text too'],
  ]);
});

test('the verdict: stand-ins apart or taken out, card data apart, a value inside a longer secret counted masked', () => {
  assert.equal(verdict('password=secret', ['secret'], 'r').note, 'a documented example or filler value');
  assert.deepEqual(verdict('{"password": "secret", "k": "a9-f1"}', ['secret', 'a9-f1'], 'r'), { text: '{"password": "secret", "k": "a9-f1"}', secrets: ['a9-f1'], label: 'secret', rule: 'r' });
  assert.equal(verdict('card=4111', [], 'r', new Map(), ['4111']).note, 'not a credential (payment card data)');
  assert.equal(verdict('p=1234&cc=123456789', ['1234'], 'r', new Map(), ['123456789']).note, 'a secret written elsewhere in its text too');
  assert.equal(verdict('a=x9-q7&b=k2-x9-q7', ['x9-q7', 'k2-x9-q7'], 'r').note, undefined);
  assert.deepEqual(verdict('a=1', [], 'r'), { text: 'a=1', secrets: [], label: 'clean', rule: 'r' });
  const file = "headers = { pw: 'Tq9', ok: 'v' }\nexpect(pw: MASK)";
  assert.equal(labelTranscribedCases('s', [{ input: "pw: 'Tq9'", output: 'pw: MASK', text: "pw: 'Tq9'", secrets: ['Tq9'], rule: 'r' }], file)[0]!.label, 'secret');
  assert.throws(() => labelTranscribedCases('s', [{ input: "pw: 'Tq8'", output: 'pw: MASK', text: "pw: 'Tq8'", secrets: ['Tq8'], rule: 'r' }], file));
  assert.throws(() => labelTranscribedCases('s', [{ input: "pw: 'Tq9'", output: 'pw: MASK', text: "pw: 'Tq'", secrets: ['Tq9'], rule: 'r' }], file));
});
