// A password as generators make it, in a strong key's literal, is taken though a bracket or an angle stands at one of its
// ends: there it is one of the password's characters, not a stand-in's frame (bench/guard/README.md, thirty-third round,
// guardshape1). Stand-ins, framed or cut, and a weak or neutral key's value are left as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatedPassword } from '../../../src/core/guard/rules/valueShape';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';

const left = (text: string, value: string): boolean => redactSecrets(text).text.includes(value);

test('a generated password ending in `>` or a bracket, or starting with `<`, is taken under a credential name', () => {
  for (const [key, value] of [['api_key', '~$.^)6~TiPz>'], ['password', '<!t*TCV+DN2>9F50m'], ['token', 'Xk9!pQ2#mZ]'], ['client_secret', ';MRm{3PVgR}G5v!?Vb5PQ24>']] as const) {
    for (const text of [`${key} = "${value}"`, `{"${key}": "${value}"}`, `${key}: '${value}'`]) assert.equal(left(text, value), false, text);
  }
});

test('a stand-in framed at both ends or cut at one, a mask, a phrase: still not a generated password', () => {
  for (const value of ['<Your-Pass-1>', '{Token-2024!}', '<ChangeMe123!>', '[Xk9!pQ2#mZ]', 'MyPassword1>', 'your-api-key>', 'Ab1*****', 'Ab1!...zQ', 'Kp9 !x#2 Lm&q>']) {
    assert.equal(generatedPassword(value), false, value);
  }
  for (const [key, value] of [['password', '<Your-Pass-1>'], ['token', '{Token-2024!}'], ['password', '<ChangeMe123!>'], ['api_key', '<your-api-key>'], ['password', '<YOUR_PASSWORD>']] as const) {
    assert.equal(left(`${key} = "${value}"`, value), true, value);
  }
});

test('the same value under a weak or a neutral name is judged as before (a weak key is not a credential\'s slot alone)', () => {
  for (const key of ['cache_key', 'sha', 'commit', 'etag', 'color']) assert.equal(left(`${key} = "~$.^)6~TiPz>"`, '~$.^)6~TiPz>'), true, key);
});
