// A random password in a place documented as a password is taken whatever characters chance gives it: the
// readings that turn a value down as a name, a selector or a template ask what those are made of, words and
// separators (bench/guard/README.md, twenty-ninth round, guardslotfold2).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acceptsPasswordLiteral } from '../../../src/core/guard/rules/secretValue';
import { looksLocation } from '../../../src/core/guard/rules/valueContext';
import { quotedName } from '../../../src/core/guard/rules/valueNames';
import { looksPlaceholder } from '../../../src/core/guard/placeholderValue';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { seededRandom } from '../../../src/core/seededRandom';

const takes = (value: string): boolean => acceptsPasswordLiteral(value, 0, value.length);

test('a random value starting with `.` or `#` is no selector; a class name of words is', () => {
  for (const value of ['.Q_dA5Mi-rKa1w', '.baxQVr9mgx_lg', '#J60MOsToVcHpR', '.AkoiUypD6ZH8P']) {
    assert.equal(looksLocation(value), false, value);
    assert.equal(takes(value), true, value);
  }
  for (const selector of ['.login-form', '#password', '.password-field', '#add-password', '.main-container', '#sourceLocation', '.dealing-with-dependency-conflicts', '.btn-lg']) {
    assert.equal(looksLocation(selector), true, selector);
  }
});

test('a random capitalised value holding `PW` is no class name; a name of words is', () => {
  for (const value of ['PWAe6UvkINFI', 'PwAL8AB7Hf39', 'SoBcaPWErk5MIQXZ', 'Ur0ZePWZj3RQBVF5', 'PwBAMaDtmATe']) {
    assert.equal(quotedName(value, 'password'), false, value);
    assert.equal(takes(value), true, value);
  }
  for (const name of ['FlowPasswordRequiredResultV2', 'AdminAPIKeys', 'RSAPrivateKey', 'PrivateKeyP12', 'AWSAccessKeyID', 'UsernamePasswordCredential', '_callApiKey']) {
    assert.equal(quotedName(name, 'password'), true, name);
  }
});

test('printf\'s %s or %d inside a random value is two of its characters; in a format it is a slot', () => {
  for (const value of ['B0~n^IMv%sKUZg', 'd%dU2eirU_8u_s', 'T48fQR8PnDH%dH']) {
    assert.equal(looksPlaceholder(value), false, value);
    assert.equal(takes(value), true, value);
  }
  for (const format of ['%s', '-p%s', '%s:%s', 'user_%d', 'pass%d', 'Bearer %s', 'user=%s;password=%s']) {
    assert.equal(looksPlaceholder(format), true, format);
  }
});

test('in the documented places the three readings reached, the random values are taken', () => {
  for (const value of ['PWAe6UvkINFI', '.Q_dA5Mi-rKa1w', 'B0~n^IMv%sKUZg']) {
    for (const text of [`requirepass ${value}`, `smtp.login("app", "${value}")`, `password ${value}`]) {
      assert.ok(!redactSecrets(text).text.includes(value), text);
    }
  }
  assert.ok(redactSecrets('requirepass %s').text.includes('%s'));
});

test('of 5,000 random base62 passwords of 12 and 16 and symbol ones of 14, the password reading turns down only masks', () => {
  const base62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const random = seededRandom(29);
  // (Under 12 characters a name's letter pairs are too few to tell words from chance: a `.`-led symbol password of
  // 12 is still read as a selector, `.mukolrI_iCE`.)
  for (const [alphabet, lengths] of [[base62, [12, 16]], [`${base62}!*-._~^%+`, [14]]] as const) {
    for (const length of lengths) {
      for (let n = 0; n < 5_000; n++) {
        let v = '';
        for (let i = 0; i < length; i++) v += alphabet[Math.floor(random() * alphabet.length)];
        // A run of `.` or `*` is a mask (`sk-...abcd`): the policy's set-apart shape.
        if (/\.{3}|\*{3}/.test(v)) continue;
        assert.equal(takes(v), true, v);
      }
    }
  }
});

test('a value with two printf slots is a format, however random its text looks', () => {
  assert.equal(looksPlaceholder('^(%s|%s|%s)(?::0*?(|0|[1-9][0-9]{0,4}))?$'), true);
});
