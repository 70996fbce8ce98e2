import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyStrength, namesChosenSecret, namesIssuedCredential, namesPassword } from '../../../src/core/guard/rules/keyStrength';
import { seededRandom } from '../../../src/core/seededRandom';

// A key's reading is kept per distinct key text (keyStrength.ts): the answers are the key's, whatever
// was asked before it, in what order, and however full the store was. Keys that differ only in case
// are read apart (`siteKey` is a CAPTCHA's site key, `SITEKEY` one glued word).
const answers: readonly [key: string, strength: string, issued: boolean, chosen: boolean, password: boolean][] = [
  ['siteKey', 'none', false, false, false],
  ['SITEKEY', 'weak', false, false, false],
  ['sitekey', 'weak', false, false, false],
  ['apiKey', 'strong', true, false, false],
  ['APIKEY', 'strong', true, false, false],
  ['db_pass', 'strong', false, true, true],
  ['DBPASS', 'strong', false, true, true],
  ['passwordForPassenger', 'none', false, true, false],
  ['loginToken', 'strong', false, true, false],
  ['tokenId', 'none', true, false, false],
  ['TOKENID', 'none', false, false, false],
  ['client_secret', 'strong', true, true, false],
  ['postgresPassword', 'strong', false, true, true],
  ['password_length', 'none', false, true, false],
  ['csrfToken', 'none', true, false, false],
  ['cachedToken.resource', 'none', false, false, false],
  ['db.password', 'strong', false, true, true],
  ['-DAPI_KEY', 'strong', true, false, false],
  ['anonKey', 'none', false, false, false],
  ['ANONKEY', 'weak', false, false, false],
  ['x', 'none', false, false, false],
];

function ask(key: string, question: number): unknown {
  return question === 0 ? keyStrength(key) : question === 1 ? namesIssuedCredential(key) : question === 2 ? namesChosenSecret(key) : namesPassword(key);
}

test('each question answered for its own key, in any order, the store full or emptied between', () => {
  const random = seededRandom(16);
  for (let round = 0; round < 4; round++) {
    // Rounds 2 and 3 after more distinct keys than the store holds (it is emptied on the way).
    if (round >= 2) for (let i = 0; i < 6_000; i++) keyStrength(`filler_token_${round}_${i}`);
    const asked: [number, number][] = [];
    for (let k = 0; k < answers.length; k++) for (let q = 0; q < 4; q++) asked.push([k, q]);
    for (let i = asked.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [asked[i], asked[j]] = [asked[j]!, asked[i]!];
    }
    for (const [k, q] of asked) assert.equal(ask(answers[k]![0], q), answers[k]![q + 1], `${answers[k]![0]}, question ${q}, round ${round}`);
  }
});

test('a key cut from a text is answered as the same key written alone', () => {
  const text = answers.map(([key]) => `${key}=x\n`).join('');
  let at = 0;
  for (const [key, strength, issued, chosen, password] of answers) {
    const cut = text.slice(at, at + key.length);
    at += key.length + 3;
    assert.deepEqual([keyStrength(cut), namesIssuedCredential(cut), namesChosenSecret(cut), namesPassword(cut)], [strength, issued, chosen, password], key);
  }
});
