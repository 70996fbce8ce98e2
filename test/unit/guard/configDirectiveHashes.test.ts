// The hashes the configuration languages document in a password's place are no directive's value: the directive rules
// leave them (the password-hash rule reads a crypt hash wherever it stands, so the whole redactor is not asked here).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configDirectiveRules } from '../../../src/core/guard/rules/configDirectiveRules';
import { SpanList } from '../../../src/core/guard/spanList';

const HASHES = [
  // IOS types 5 and 9; Kickstart's `--iscrypted`; debconf's `-crypted` questions; redis' `#sha256`.
  'enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0',
  'username admin privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM',
  'rootpw --iscrypted $6$rounds=4096$saltsalt$IxDD3jeSOb5eB1CX5LBsqZFVkJdido3OUILO5Ifz5iwMuTS4XMS130MTSuDDl3aCI6WouIL9AjRbLCelDCy.g.',
  'd-i passwd/root-password-crypted password $6$rounds=4096$saltsalt$IxDD3jeSOb5eB1CX5LBsqZFVkJdido3OUILO5Ifz5iwMuTS4XMS130MTSuDDl3aCI6WouIL9AjRbLCelDCy.g.',
  'user alice on #9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 ~cached:* +get',
];

test('a directive rule leaves the hash its format documents in the password\'s place', () => {
  for (const text of HASHES) {
    for (const rule of configDirectiveRules) {
      const found = new SpanList();
      rule.find(text, found);
      assert.deepEqual(found.toSpans(), [], `${rule.id} took ${JSON.stringify(text)}`);
    }
  }
});
