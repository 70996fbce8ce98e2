// A key and its value apart by blanks alone (propertiesValue.ts): a declaration broken before its `=` is a name given
// a value on the next line, not a .properties line's value.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("a declaration's name before an initializer on the next line is left", () => {
  assertLeaves([
    '\t\tjavax.crypto.interfaces.DHPrivateKey dhPrivKey\n\t\t\t= (javax.crypto.interfaces.DHPrivateKey)key;\n',
    '    java.security.interfaces.DSAPrivateKey dsaPrivKey\r\n        = (java.security.interfaces.DSAPrivateKey)key;\r\n',
    '        SecureString securePassword\n            = new SecureString();\n',
  ]);
});

test('a .properties line or a directive keeps its value, whatever the next line holds', () => {
  assertFinds([
    'db.password ⟦Xk9pQ2mL7rT4⟧\n',
    'db.password ⟦Xk9pQ2mL7rT4⟧\ndb.user = app\n',
    'db.password ⟦Xk9pQ2mL7rT4⟧\n  == x\n',
    'rootpw ⟦Xk9pQ2mL7rT4aB3d⟧\n',
  ]);
});
