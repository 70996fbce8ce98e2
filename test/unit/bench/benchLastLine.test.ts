// The bench's JSON last line starts with the five figures #11 names, `{"items","recall","precision","clean_fp_rate",
// "max_ms_per_mb"}`, in every mode, and says over what its max_ms_per_mb was timed: --quality-only (the run a user can
// afford) times nothing and says so with null; --families-only times the families only.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { adversarialItems } from '../../../bench/guard/adversarialInputs';
import { timedInputs } from '../../../bench/guard/issueFigures';

const dir = mkdtempSync(join(tmpdir(), 'flywheel-lastline-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const ISSUE_KEYS = ['items', 'recall', 'precision', 'clean_fp_rate', 'max_ms_per_mb'];

test('--quality-only --corpus FILE --json: the issue\'s five figures first, max_ms_per_mb null and said untimed', () => {
  const corpus = join(dir, 'c.jsonl');
  writeFileSync(corpus, [
    '{"text":"export GITHUB_TOKEN=ghp_R4nd0mT0kenV4lu3AbCdEfGhIjKlMnOpQrSt12","secrets":["ghp_R4nd0mT0kenV4lu3AbCdEfGhIjKlMnOpQrSt12"],"label":"secret"}',
    '{"text":"const timeoutMs = 3000;","secrets":[],"label":"clean"}',
    '{"text":"eyJabcdefgh.eyJabcdefgh.eyJabcdefgh.","secrets":[],"label":"stress"}',
  ].join('\n'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '../../../bench/guard/guardBench.ts'), '--quality-only', '--corpus', corpus, '--json'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const last = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
  assert.deepEqual(Object.keys(last).slice(0, 5), ISSUE_KEYS);
  assert.deepEqual(
    { items: last.items, recall: last.recall, precision: last.precision, clean_fp_rate: last.clean_fp_rate, max_ms_per_mb: last.max_ms_per_mb },
    { items: 3 + adversarialItems().length, recall: 1, precision: 1, clean_fp_rate: 0, max_ms_per_mb: null },
  );
  assert.match(String(last.max_ms_per_mb_of), /^nothing/);
  assert.ok(last.external, 'the external splits still beside');
});

test('each mode says what its max_ms_per_mb is the slowest of', () => {
  assert.match(timedInputs('full', undefined), /^every kind of input: .*the adversarial families, the generated near-matches, the every-line inputs and the repeats$/);
  assert.equal(timedInputs('families', undefined), 'the adversarial families only (--families-only)');
  assert.equal(timedInputs('families', /jwt/), 'the adversarial families --only jwt names only (--families-only)');
  assert.equal(timedInputs('quality', /jwt/), 'nothing: --quality-only times no input');
});
