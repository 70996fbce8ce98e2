// The sixth holdout (sonar-text's spec files the third holdout's sample left) is what its build makes of
// the saved files, loads from its own file, and is scored but never listed; its labeller is the third
// holdout's, reading sonar-text's own containsSecret / match. Items are compared and counted, never
// printed: they are held out.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart } from './builtHoldout';
import { externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile, holdout6CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelSonarSpecs, parseSonarSpec } from '../../../bench/guard/corpus/build/sonarSpecs';

const rawDir = join(__dirname, '../../../bench/guard/corpus/raw/sonar-text-rest');

test("the sample is the remainder of holdout3's: 44 spec files whose path's SHA-1 starts 8-f, each saved with its path and commit", () => {
  const manifest = JSON.parse(readFileSync(join(rawDir, 'manifest.json'), 'utf8')) as { files: { file: string; path: string; commit: string }[] };
  assert.equal(manifest.files.length, 44);
  for (const { file, path, commit } of manifest.files) {
    assert.match(createHash('sha1').update(path).digest('hex'), /^[89a-f]/, path);
    assert.match(path, /^sonar-text-plugin\/src\/main\/resources\/org\/sonar\/plugins\/secrets\/configuration\/.+\.yaml$/);
    const spec = parseSonarSpec(readFileSync(join(rawDir, file), 'utf8'));
    assert.deepEqual([spec.repository, spec.commit, spec.path], ['SonarSource/sonar-text', commit, path]);
  }
});

test('the sixth holdout loads from its own file: both labels, counted by the bench, never listed without --show-holdout', () => {
  const all = readExternalCorpus();
  const sixth = all.filter((i) => i.split === 'holdout6');
  assert.deepEqual(readExternalCorpus([holdout6CorpusFile]).map((i) => i.text), sixth.map((i) => i.text));
  assert.ok(readExternalCorpus([externalCorpusFile, holdout3CorpusFile, holdout4CorpusFile, holdout5CorpusFile]).every((i) => i.split !== 'holdout6'), 'an older file holds a sixth-holdout item');
  assert.ok(sixth.filter((i) => i.label === 'secret' && !i.note).length >= 150 && sixth.filter((i) => i.label === 'clean' && !i.note).length >= 150, 'fewer than 150 of a label');
  assert.deepEqual([...new Set(sixth.map((i) => i.source))], ['sonar-text']);
  assertReportedApart(all, 'holdout6', 'holdout6 (sonar-text)');
});

test("whole spec files: a rule's id after `- rspecKey:`, `- text :` with a blank, the example's own label", () => {
  const spec = parseSonarSpec([
    '# SonarSource/sonar-text @ 0123456789012345678901234567890123456789',
    '# sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/x.yaml',
    'provider:',
    '  rules:',
    '    - rspecKey: S1',
    '      id: first-rule',
    '      detection:',
    '        matching:',
    '          pattern: "x"',
    '      examples:',
    '        - text: |',
    '            key = "tok_a1b2c3"',
    '          containsSecret: true',
    '          match: tok_a1b2c3',
    '        - text : |',
    '            key = os.getenv("KEY")',
    '          containsSecret: false',
    '    - id: second-rule',
    '      examples:',
    '        - text: >',
    '            url = "https://u:pw9@h"',
    '          match: "u:pw9"',
  ].join('\n'));
  assert.deepEqual(spec.examples.map((e) => [e.rule, e.containsSecret, e.match]), [
    ['first-rule', true, 'tok_a1b2c3'],
    ['first-rule', false, undefined],
    ['second-rule', true, 'u:pw9'],
  ]);
  assert.deepEqual(labelSonarSpecs([spec], []).map((i) => [i.rule, i.label, i.secrets]), [
    ['x.yaml#first-rule', 'secret', ['tok_a1b2c3']],
    ['x.yaml#second-rule', 'secret', ['pw9']],
    ['x.yaml#first-rule', 'clean', []],
  ]);
});
