import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CharPrefilter } from '../../../src/core/guard/charPrefilter';
import { valueExpressions } from '../../../src/core/guard/rules/secretValue';
import { beforeExpressions, tokenExpressions } from '../../../src/core/guard/rules/highEntropyRule';
import { placeholderExpressions } from '../../../src/core/guard/secretRule';
import { seededRandom } from '../../../src/core/seededRandom';
import { unmark } from './markedExamples';
import { ruleExamples } from './ruleExamples';

test('sets the bit of each expression whose characters the string holds, ASCII or wider, in a range or whole', () => {
  const filter = new CharPrefilter(['ab', '…', 'b'].map((needs) => ({ pattern: /./, needs })));
  assert.equal(filter.mayMatch('xyz'), 0);
  assert.equal(filter.mayMatch('xa'), 1);
  assert.equal(filter.mayMatch('b'), 5);
  assert.equal(filter.mayMatch('x…'), 2);
  assert.equal(filter.mayMatch('a…b', 1, 2), 2);
  assert.equal(filter.mayMatch('a…b', 1, 1), 0);
  assert.equal(filter.mayMatch(''), 0);
});

// Whatever the string, an expression matches only where the string holds one of the characters
// it is said to need: otherwise skipping it would change an answer.
const tables = { placeholderExpressions, valueExpressions, tokenExpressions, beforeExpressions };

test('no expression the redactor skips could have matched: each holds one of its needed characters wherever it matches', () => {
  const random = seededRandom(41);
  const examples = Object.values(ruleExamples).flatMap((e) => [...e.secrets.map((s) => unmark(s).text), ...e.clean]);
  const atoms = [
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
    ...' \t\n.,;:=+-_/\\*#$%`@<>()[]{}"\'!?…•~',
    'xxxxx', 'XXXXX', '00000000', '***', '...', '_____', '####', '•••', '${', '{{', '$(', '%TOKEN%', '@{', '#{', '<your-token>',
    'your_api_key', 'my-token', 'changeme', 'change_me', 'placeholder', 'redacted', 'example', 'dummy', 'sample', 'insert ', 'replace-me',
    'fake_key', 'not-a-real-secret', 'process.env', 'os.environ', 'os.getenv', 'env(', 'getenv', 'System.getenv', 'ENV[', 'config.',
    'settings.', 'secrets.', 'vault:', 'arn:', 'ref+', 'sm://', 'op://', 'https://', '12345', '-3.5', '+7', '0123abcd-0a1b-', 'ABCDEF01-2345-',
    'not-set', 'unset', 'None', 'N/A', 'empty', 'REDACTED', 'not_a_real_token', '&lt;', '&gt;', 'fc-',
    'DB_PASSWORD', 'API_KEY', '_TOKEN', 'test-key', '_token', '-2', 'sha256-', 'SHA1-', 'md5-', 'blake2b-', 'base64,', 'integrity="', 'integrity: ', 'sha256:', 'h1:', 'a/b/c', 'İ', 'ſ', '\u212a', '😀',
  ];
  const matches = new Map<RegExp, number>();
  for (let round = 0; round < 30_000; round++) {
    let s = random() < 0.05 ? examples[Math.floor(random() * examples.length)]! : '';
    for (let i = 0; i < 1 + Math.floor(random() * 6); i++) s += atoms[Math.floor(random() * atoms.length)]!;
    for (const [name, table] of Object.entries(tables)) {
      for (const { pattern, needs } of table) {
        if (!pattern.test(s)) continue;
        matches.set(pattern, (matches.get(pattern) ?? 0) + 1);
        assert.ok([...needs].some((c) => s.includes(c)), `${name}: ${pattern} matches ${JSON.stringify(s)}, which holds none of ${JSON.stringify(needs)}`);
      }
    }
  }
  for (const table of Object.values(tables)) {
    for (const { pattern } of table) assert.ok((matches.get(pattern) ?? 0) > 20, `${pattern} matched ${matches.get(pattern) ?? 0} times: the check says little`);
  }
});
