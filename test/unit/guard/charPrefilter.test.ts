import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CharPrefilter } from '../../../src/core/guard/charPrefilter';
import { valueExpressions } from '../../../src/core/guard/rules/valueShape';
import { beforeExpressions, mayStandBefore, tokenExpressions } from '../../../src/core/guard/rules/highEntropyRule';
import { mayStandIn, opensSlot, placeholderExpressions, TEMPLATE_SLOT } from '../../../src/core/guard/secretRule';
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
const tables = { placeholderExpressions, valueExpressions, tokenExpressions };

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
    'public_key', 'publishable', 'pubkey', 'site-key', 'anon_key', 'KEY', '=>', ' = ', ': "', '"x"', '"n": "', 'e:', 'x5c', 'x5t#S256', '[',
    '\u00a0', '\u2003', '\ufeff', '\r\n', '\v', 'integrity:\u00a0', 'integrity\u2003=\ufeff', '(your key)', '[key]', '{key}',
  ];
  const matches = new Map<RegExp, number>();
  for (let round = 0; round < 30_000; round++) {
    let s = random() < 0.05 ? examples[Math.floor(random() * examples.length)]! : '';
    for (let i = 0; i < 1 + Math.floor(random() * 6); i++) s += atoms[Math.floor(random() * atoms.length)]!;
    // The expressions read before a token, asked of the text before its end: each where mayStandBefore says it could match.
    const may = mayStandBefore(s, s.length);
    for (const { pattern, chars, bit } of beforeExpressions) {
      if (!pattern.test(s.slice(Math.max(0, s.length - chars)))) continue;
      matches.set(pattern, (matches.get(pattern) ?? 0) + 1);
      assert.ok((may & bit) !== 0, `${pattern} matches before the end of ${JSON.stringify(s)}, which mayStandBefore rules out`);
    }
    for (const [name, table] of Object.entries(tables)) {
      for (const { pattern, needs } of table) {
        if (!pattern.test(s)) continue;
        matches.set(pattern, (matches.get(pattern) ?? 0) + 1);
        assert.ok([...needs].some((c) => s.includes(c)), `${name}: ${pattern} matches ${JSON.stringify(s)}, which holds none of ${JSON.stringify(needs)}`);
        if (pattern === placeholderExpressions[0]!.pattern) assert.ok(mayStandIn(s), `${pattern} matches ${JSON.stringify(s)}, which mayStandIn rules out`);
      }
    }
  }
  for (const table of [...Object.values(tables), beforeExpressions]) {
    for (const { pattern } of table) assert.ok((matches.get(pattern) ?? 0) > 20, `${pattern} matched ${matches.get(pattern) ?? 0} times: the check says little`);
  }
});

test('a value holds a template slot only where opensSlot finds the two characters one opens with', () => {
  const random = seededRandom(43);
  const slot = new RegExp(TEMPLATE_SLOT.source);
  const atoms = [...'aZ9 .:-_|/()[]{}%$<>#@\'"', '${', '${{', '}}', '$[', '$(', '{{', '{%', '%}', '{}', '{0}', '{12}', '<%', '%>', '%s', '%d', '\n', '\r', 'x'];
  let matched = 0;
  for (let round = 0; round < 30_000; round++) {
    let s = '';
    for (let i = 0; i < 1 + Math.floor(random() * 10); i++) s += atoms[Math.floor(random() * atoms.length)]!;
    if (!slot.test(s)) continue;
    matched++;
    assert.ok(opensSlot(s), `${JSON.stringify(s)} holds a slot, which opensSlot rules out`);
  }
  assert.ok(matched > 1000, `${matched} matched: the check says little`);
});

test("the placeholder test's needed characters hold no blank: a caller's bits for a value are its trimmed value's", () => {
  for (const { needs } of placeholderExpressions) assert.ok(!/\s/.test(needs), JSON.stringify(needs));
});
