// Classes of secrets a detector's designer names, each with its principle (bench/guard/README.md,
// the fourteenth round): examples written for this test from the formats' public descriptions,
// random values made once with a fixed seed, each with look-alikes of the same shape.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('a directive and its value apart by blanks: a plain word takes a value only when it looks generated', () => {
  // slapd.conf's `rootpw`, Apache's `AuthLDAPBindPassword`, a `Token …` line pasted from a console.
  assertFinds(['rootpw ⟦&KG%wRDIOYQ!x7⟧', 'AuthLDAPBindPassword ⟦Gv3fgrMRcnNfzSgQGH0FRRHBKvaHrhlF⟧', 'TOKEN ⟦ohJKjqqRKApEHmVBFRN2YZl7c5mG3pr4⟧', '  Secret ⟦berKiYdTfdbam0GQeZPc3n8fEkJf⟧']);
  assertLeaves(['Password reset', 'Token expired', 'secret sauce', 'rootpw changeme', 'Passwords\n---------', 'token EOF', 'key value', 'password string']);
});
