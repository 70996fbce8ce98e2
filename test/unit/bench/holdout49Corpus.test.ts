// The forty-ninth holdout (IBM's detect-secrets fork, its own plugins' tests) is what its build makes of the saved files
// (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts corpus/README.md
// gives, is read by missForms.ts's default, and is scored but never listed. Items are compared and counted, never
// printed: they are held out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout49CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { contentCheckerCases, keywordTableCases, labelCases, parametrizedCases, reportedSecret, stripped } from '../../../bench/guard/corpus/build/ibmDetectSecretsTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { 'ibm-detect-secrets': 'IBM/detect-secrets', 'ibm-detect-secrets-yelp': 'Yelp/detect-secrets' });
});

test("the forty-ninth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout49');
  assert.deepEqual(readExternalCorpus([holdout49CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The forty-ninth holdout": 32 items, 28 scored (16 secret, 12 clean), 4 apart; 6 distinct values.
  assert.equal(held.length, 32);
  const scored = (label: string) => held.filter((i) => i.label === label && !i.note).length;
  assert.deepEqual([scored('secret'), scored('clean'), held.filter((i) => i.note).length], [16, 12, 4]);
  assert.ok(held.filter((i) => i.note).every((i) => i.note === 'an IP address is not a credential'));
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 6);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assertReportedApart(all, 'holdout49', 'holdout49 (ibm-detect-secrets)');
});

test('the labeller: parametrised tables, the content checker cases and the keyword table; Yelp\'s copies left out', () => {
  const file = [
    '@pytest.mark.parametrize(',
    "    'token, payload, should_flag',",
    '    [',
    "        ('Tk9vQ2xR7w', \n         'key: Tk9vQ2xR7w', True),  # a comment, ('x', True)",
    "        ('', 'key: $KEY', False),",
    "        ('', 'copied(yelp)', False),",
    '    ],',
    ')',
    'def test_analyze_line(self, token, payload, should_flag):',
    '@pytest.mark.parametrize(',
    "    'line, should_flag',",
    "    [('_auth = ' 'Zm9vOmJhcg==', True), ('bot1:AAHx', False)],",
    ')',
    'def test_npmrc(self, line, should_flag):',
  ].join('\n');
  const cases = parametrizedCases('t.py', file);
  assert.deepEqual(cases.map((c) => [c.text, c.reported, c.token, c.rule]), [
    ['key: Tk9vQ2xR7w', true, 'Tk9vQ2xR7w', 't.py#test_analyze_line[1]'],
    ['key: $KEY', false, undefined, 't.py#test_analyze_line[2]'],
    ['copied(yelp)', false, undefined, 't.py#test_analyze_line[3]'],
    ['_auth = Zm9vOmJhcg==', true, undefined, 't.py#test_npmrc[1]'],
    ['bot1:AAHx', false, undefined, 't.py#test_npmrc[2]'],
  ]);
  assert.equal(reportedSecret(cases[3]!), 'Zm9vOmJhcg==');
  const left: string[] = [];
  const items = labelCases(cases, stripped("('copied (yelp)', False)"), [], false, left);
  assert.deepEqual(left, ["t.py#test_analyze_line[3]: Yelp's"]);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['Tk9vQ2xR7w'], undefined],
    ['clean', [], undefined],
    ['secret', ['Zm9vOmJhcg=='], undefined],
    ['clean', [], undefined],
  ]);
  assert.deepEqual(labelCases([{ text: 'x Tk9vQ2xR7w', reported: false, rule: 'n' }, cases[0]!], '', [], false, []).map((i) => i.note), ["holds another case's secret", undefined]);
  assert.deepEqual(labelCases([{ text: 'ip 8.8.4.4 here', reported: true, rule: 'ip' }], '', [], true, []).map((i) => [i.secrets, i.note]), [[['8.8.4.4'], 'an IP address is not a credential']]);

  const checker = [
    'tests = [',
    '\t\t{\n\t\t\t"name":    "Java assignment",\n\t\t\t"content": \'String pw = "Qx7mW2rT9";\',\n\t\t\t"want":    secretExpected,\n\t\t},',
    '\t\t# {\n\t\t# \t"name":    "off",\n\t\t# \t"content": \'String s = "Rz4kP8vN1";\',\n\t\t# \t"want":    secretExpected,\n\t\t# },',
    '\t\t{\n\t\t\t"name":    "Read map",\n\t\t\t"content": \'String pw = m.get("password");\',\n\t\t\t"want":    noSecretExpected,\n\t\t},',
    ']',
  ].join('\n');
  assert.deepEqual(contentCheckerCases('c.py', checker).map((c) => [c.text, c.reported, c.rule]), [
    ['String pw = "Qx7mW2rT9";', true, 'c.py#test_java_source_files[Java assignment]'],
    ['String pw = m.get("password");', false, 'c.py#test_java_source_files[Read map]'],
  ]);

  const table = "T = {\n    'negatives': {\n        'quotes_required': [\n            '\"password\" to \"\"',  # empty\n        ],\n    },\n    'positives': {\n        'quotes_required': [\n            '\"apikey\" to \"Vq3nL8xK\"',\n        ],\n    },\n}\n";
  const use = "    + FOLLOWED_BY_TO_AND_QUOTES_RE.get('negatives').get('quotes_required')\n";
  const negativesTest = "        STANDARD_NEGATIVES,\n    )\n    def test_analyze_standard_negatives(self, file_content):\n        assert len(output) == 0\n";
  const keyword = keywordTableCases('k.py', table, use, negativesTest);
  assert.deepEqual(keyword.map((c) => [c.text, c.reported, c.token]), [['"password" to ""', false, undefined], ['"apikey" to "Vq3nL8xK"', true, 'Vq3nL8xK']]);
  assert.deepEqual(labelCases(keyword, '', ['Vq3nL8xK'], false, []).map((i) => i.label), ['clean']);
  assert.throws(() => keywordTableCases('k.py', table, '', negativesTest), /not standard negatives/);
});
