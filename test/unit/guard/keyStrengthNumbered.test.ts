// keyStrength remembers a numbered key (`DB_PASSWORD_17`, `pw17`) under the key without its number, so a file of
// numbered names is one memo entry and not one judgement a line. Held here against the judgement of each key itself
// on random keys made of key words, joints (`_`, `-`, `.`, camelCase), a `-D` prefix and numbers, asked in random
// order so that a key meets the memo of another number: a memo that strips a number after a `.` (`password.17` reads
// `17`, `password.` reads `password`) or after a digit-led word fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeKey, keyStrength } from '../../../src/core/guard/rules/keyStrength';
import { seededRandom } from '../../../src/core/seededRandom';

const WORDS = ['password', 'Password', 'PASSWORD', 'pw', 'pass', 'token', 'Token', 'key', 'Key', 'api', 'API', 'public', 'site', 'csrf', 'db', 'user', 'x', 'v', 'id', 'sha', 'md', 'é',
  // Carriers, read past (`passwordValue`, `secret_b64`, `tokenLength_hex2`), and glued (`passwordvalue`, `passwordb64`).
  'Value', 'value', 'b64', 'B64', 'base64', 'hex', 'Str', 'length', 'passwordvalue', 'passwordb'];
const JOINTS = ['_', '-', '.', '', '', '$', ':'];

test('a numbered key has the strength its own judgement gives, whatever number was asked before', () => {
  const next = seededRandom(0x6b6579);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const keys: string[] = [];
  for (let k = 0; k < 3000; k++) {
    let key = next() < 0.1 ? '-D' : '';
    const words = 1 + Math.floor(next() * 3);
    for (let w = 0; w < words; w++) key += (w > 0 ? pick(JOINTS) : '') + pick(WORDS);
    if (next() < 0.3) key += pick(JOINTS);
    for (let n = Math.floor(next() * 4); n > 0; n--) key += String(Math.floor(next() * 10));
    keys.push(key);
  }
  for (let r = 0; r < 3; r++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[Math.floor(next() * keys.length)]!;
      assert.equal(keyStrength(key), judgeKey(key), key);
    }
  }
  // The shapes the memo must not join, asked after their neighbours.
  for (const [a, b] of [['password.', 'password.17'], ['x.password', 'x.password7'], ['-D', '-D1'], ['pw', 'pw1'], ['DB_PASSWORD_', 'DB_PASSWORD_3']]) {
    assert.equal(keyStrength(a!), judgeKey(a!), a);
    assert.equal(keyStrength(b!), judgeKey(b!), b);
  }
});

test('keys drawn from a few stems, numbered anew each time, have their own judgement (stems remembered in slots)', () => {
  // A file of numbered names alternates two or three a line (`pw17 = os.getenv("DB_PASSWORD_17", …)`): each key is new as
  // written, its stem one asked before. Stems of one length that differ (`pw`/`pk`, `key_`/`api_`) must not join, nor those
  // alike in a slot's letters (one length, first, middle and last letter: `pass`/`paxs`, `token`/`tkoen`, `site_key`/`sxte_key`).
  const next = seededRandom(0x737465);
  const stems = ['pw', 'pk', 'PW', 'pass', 'bass', 'hey_', 'DB_PASSWORD_', 'DB_PASSWORD', 'DB_PASSWOR_', 'key_', 'api_', 'token', 'tokeN', 'site_key', 'site_kex', 'csrf_token', 'x.password', 'x.', 'password.', '-D', 'pub_key', 'pubkey_', 'paxs', 'tkoen', 'sxte_key', 'sig', 'salt', 'auth_key', 'api_key_', 'secret_', 'login', 'pat',
    // (Stems of 13 characters and more, kept as copies: config keys, and pairs alike in a slot's letters.)
    'database_password', 'database_passwerd', 'aws_secret_access_key', 'aws_secret_accexs_key', 'rootpwpassword', 'rootpwpassworD', 'x.database_password'];
  let pool: string[] = [];
  for (let k = 0; k < 20_000; k++) {
    // (Every 40 keys a new pool of one to three stems, or up to 24 (more than the slots hold apart), asked in turn or at random.)
    if (k % 40 === 0) pool = Array.from({ length: 1 + Math.floor(next() * (next() < 0.5 ? 3 : 24)) }, () => stems[Math.floor(next() * stems.length)]!);
    const stem = next() < 0.5 ? pool[k % pool.length]! : pool[Math.floor(next() * pool.length)]!;
    const key = stem + (next() < 0.8 ? String(Math.floor(next() * 1000)) : '');
    assert.equal(keyStrength(key), judgeKey(key), key);
  }
});
