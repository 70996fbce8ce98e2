// A random value is no name of words: namesASecret takes a name whose key words are all two or three
// letters long (`pw`, `key`) only with words around them (bench/guard/README.md, twenty-second round,
// guardnames). Such a key word turns up by chance in about one random value in a hundred.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesASecret } from '../../../src/core/guard/rules/valueNames';

test('names of words around a short key word stay names', () => {
  for (const name of ['dbPw', 'userPw', 'sqlDbPwd', 'smtpPw', 'GH_PAT', 'xApiKey', 'mysqlRootPw', 'kmsKeyId', 'x-pw-tooltip', 'RESET_PASSWORD_V2', 'AdminAPIKeys', 'isAToken']) {
    assert.equal(namesASecret(name), true, name);
  }
});

test('random letters cut around a short key word are no name', () => {
  // Three pieces or more that are no words (`fjm`, `Dg1`, `S1`, `H7`; `Vs`, `YQ4`, `Dr`, `E`), or two lone letters (`M8`, `P`).
  for (const value of ['fjmPwDg1S1H7', 'M8PwNFaMLr8P', 'oMnkFkrPwVaF', 'DvEgyUKlPWCl', 'TIPwVsYQ4DrE', 'PwZKlFi0CfRJ']) {
    assert.equal(namesASecret(value), false, value);
  }
});

test('random mixed-case values read as names fewer than once in 5,000', () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let seed = 20261205;
  const next = () => {
    // mulberry32: the same values every run.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let named = 0;
  let tried = 0;
  for (const length of [12, 16, 24, 32]) {
    for (let n = 0; n < 50_000; n++, tried++) {
      let v = '';
      for (let i = 0; i < length; i++) v += alphabet[Math.floor(next() * alphabet.length)];
      if (namesASecret(v)) named++;
    }
  }
  // 8cacb37 read about one in 1,700 as names (12 characters: 165 in 200,000); this reading, on nameWords.ts' cuts, about one in 23,000.
  assert.ok(named * 5_000 < tried, `${named} of ${tried}`);
});
