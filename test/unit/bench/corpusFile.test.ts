// `npm run bench:guard -- --corpus FILE`: a good file is read as written; every kind of bad input is said in one
// line naming the file, the line and the field (no stack trace), and the bench stops before scoring anything.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CorpusFileError, readCorpusFile } from '../../../bench/guard/corpusFile';

const dir = mkdtempSync(join(tmpdir(), 'flywheel-corpus-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(lines: readonly string[]): string {
  const path = join(dir, `c${++n}.jsonl`);
  writeFileSync(path, lines.join('\n'));
  return path;
}

const secret = '{"text":"export GITHUB_TOKEN=ghp_R4nd0mT0kenV4lu3AbCdEfGhIjKlMnOpQrSt12","secrets":["ghp_R4nd0mT0kenV4lu3AbCdEfGhIjKlMnOpQrSt12"],"label":"secret"}';
const clean = '{"text":"const timeoutMs = 3000;","secrets":[],"label":"clean"}';
const stress = '{"text":"eyJabcdefgh.eyJabcdefgh.eyJabcdefgh.","secrets":[],"label":"stress"}';

test('a secret, a clean and a stress item, blank lines skipped', () => {
  const items = readCorpusFile(file([secret, '', clean, stress, '']));
  assert.deepEqual(items.map((i) => i.label), ['secret', 'clean', 'stress']);
  assert.deepEqual(items[0]!.secrets, ['ghp_R4nd0mT0kenV4lu3AbCdEfGhIjKlMnOpQrSt12']);
});

test('bad input is said in one line: the file, the line, what is wrong', () => {
  const cases: [string, RegExp][] = [
    [join(dir, 'missing.jsonl'), /missing\.jsonl: no such file$/],
    [dir, /a folder, not a file$/],
    [file(['', '  ']), /no items/],
    [file([clean, 'not json']), /:2: not JSON \(/],
    [file(['[1, 2]']), /:1: expected an object/],
    [file(['{"secrets":[],"label":"clean"}']), /:1: "text" must be a string$/],
    [file(['{"text":"a","secrets":"a","label":"secret"}']), /:1: "secrets" must be an array of strings$/],
    [file(['{"text":"a","secrets":[1],"label":"clean"}']), /:1: "secrets" must be an array of strings$/],
    [file(['{"text":"a","secrets":[],"label":"secrett"}']), /:1: "label" must be "secret", "clean" or "stress", not "secrett"$/],
    [file(['{"text":"a","secrets":[]}']), /:1: "label" must be .*, not undefined$/],
    [file(['{"text":"a token","secrets":[],"label":"secret"}']), /:1: a secret item lists no secrets/],
    [file(['{"text":"a token","secrets":["tok3n"],"label":"secret"}']), /:1: the secret "tok3n" is not in the text/],
  ];
  for (const [path, message] of cases) {
    assert.throws(() => readCorpusFile(path), (e: unknown) => e instanceof CorpusFileError && message.test(e.message) && !e.message.includes('\n'), path);
  }
});

test('the bench says it and exits 2 before scoring, with no stack trace', () => {
  const bad = file(['{"text":"a","secrets":"a","label":"secret"}']);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '../../../bench/guard/guardBench.ts'), '--quality-only', '--corpus', bad, '--json'], { encoding: 'utf8' });
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr.trim(), `${bad}:1: "secrets" must be an array of strings`);
});
