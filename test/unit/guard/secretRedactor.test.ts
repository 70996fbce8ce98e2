import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCorpus } from '../../../bench/guard/redactionCorpus';
import { scoreRedaction } from '../../../bench/guard/redactionScore';
import { findSecrets, redactSecrets } from '../../../src/core/guard/secretRedactor';

const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const corpus = seeds.flatMap((seed) => buildCorpus(seed));

test('look-alikes survive unchanged: lock-file hashes, commit ids, UUIDs, types, env lookups', () => {
  for (const c of corpus.filter((c) => c.secrets.length === 0)) {
    const result = redactSecrets(c.text);
    assert.equal(result.count, 0, `${c.name}: ${JSON.stringify(findSecrets(c.text))}`);
    assert.equal(result.text, c.text);
  }
});

test('every known-format secret is redacted and the redacted text no longer contains it', () => {
  const knownFormats = corpus.filter((c) => c.secrets.length > 0 && !c.name.startsWith('high entropy') && c.name !== 'client secret');
  for (const c of knownFormats) {
    const result = redactSecrets(c.text);
    for (const secret of c.secrets) assert.ok(!result.text.includes(secret), `${c.name}: ${result.text}`);
    assert.ok(result.count >= 1);
  }
});

test('corpus precision is 1 and recall at least 0.99', () => {
  const score = scoreRedaction(corpus);
  assert.equal(score.falsePositives, 0, score.falseAlarms.join('\n'));
  assert.ok(score.recall >= 0.99, `recall ${score.recall}: ${score.misses.join(', ')}`);
});

test('an assignment keeps its key name and loses only the value', () => {
  const result = redactSecrets('DB_PASSWORD=hunter2!x\nDB_HOST=localhost\n');
  assert.equal(result.text, 'DB_PASSWORD=[REDACTED:secret-assignment]\nDB_HOST=localhost\n');
  assert.equal(result.count, 1);
});

test('a private key block is removed whole, and counted once', () => {
  const text = 'a\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabc\n-----END RSA PRIVATE KEY-----\nb';
  const result = redactSecrets(text);
  assert.equal(result.text, 'a\n[REDACTED:private-key]\nb');
  assert.equal(result.count, 1);
});

test('two secrets on one line are both counted', () => {
  const a = `ghp_${'aB3'.repeat(12)}`;
  const b = `AKIA${'Q7ZX'.repeat(4)}`;
  const result = redactSecrets(`tokens: ${a} ${b}`);
  assert.equal(result.count, 2);
  assert.ok(!result.text.includes(a) && !result.text.includes(b));
});
