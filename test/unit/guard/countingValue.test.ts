// A value that counts, two counts interleaved (countingValue.ts): typed into a slot a machine fills, never issued; in a
// slot a person fills (a password, a passphrase, a secret) it is that secret, by the placeholder policy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countsInSteps } from '../../../src/core/guard/rules/countingValue';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('two counts interleaved, up or down, maybe with a vendor affix, count', () => {
  for (const v of ['1a2b3c4d', 'a1b2c3d4e5f6g7h8', 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8NRAL', 'px-dep-d4c3b2a1-f6e5-h8g7-j1i8-p5o0n5m3l2k1', 'Z9Y8X7W6V5']) assert.ok(countsInSteps(v), v);
});

test('random values, one count, and short ones do not', () => {
  for (const v of ['aB3dE6gH9jK2mN5p', 'Xk2pL9vQ7mZ4', 'a1b2c3', '12345678', 'abcdefgh', '3aBcDFE5678901234567890_1a2b3c4d', 'c2167730016rf34b89e200ecf55710e8'])
    assert.ok(!countsInSteps(v), v);
});

test('a count under a key a machine fills is left', () => {
  assertLeaves(["harness_token = '1a2b3c4d'", ' --set global.licenseKey=a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8NRAL', 'DEPLOY_KEY=px-dep-d4c3b2a1-f6e5-h8g7-j1i8-p5o0n5m3l2k1', 'api_key: "a1b2c3d4e5f6"']);
});

test('a count under a key a person fills is that secret; an issued key with a random value is taken', () => {
  assertFinds(["password = '⟦a1b2c3d4⟧'", 'DB_PASSWORD=⟦1a2b3c4d⟧', 'secret: "⟦a1b2c3d4e5f6⟧"', "harness_token = '⟦3aBcDFE5678901234567890_1a2b3c4d⟧'", 'api_key: "⟦aB3dE6gH9jK2mN5pQ8sT⟧"']);
});
