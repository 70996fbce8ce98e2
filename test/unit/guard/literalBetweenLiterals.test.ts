// Code between two string literals read as one quoted value (literalBetweenLiterals.ts): the quote after the key's
// operator closes the literal the key is in, and a concatenation's operator follows it.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("a concatenation's operand after the key's own literal is left", () => {
  assertLeaves([
    "'password' => '--password='.$connection['password'],",
    "$cmd = '--password='.$config['db_pass'];",
    "$sql_query = 'SET password = ' . ($password == '' ? '\\'\\'' : $hash);",
    "$q = 'ALTER USER u IDENTIFIED WITH ' . $plugin . ' BY ' . ($password == '' ? '\\'\\'' : $p);",
    'String url = "jdbc:x?password=" + (secret) + "&ssl=true";',
    "my $dsn = 'token=' . $token . ';';",
  ]);
});

test('a literal opened after the operator, or code in no literal, is a value', () => {
  assertFinds([
    "password = '⟦Xk9pQ2mL7rT4⟧'",
    "$cfg['Servers'][$i]['password'] = '⟦hunter2x⟧';",
    "password = '⟦+aB3dE6gH9jK2⟧'",
    "'password' => '⟦.$hunter2⟧',",
    "x = '--password=' . 'y'; password = '⟦ . (Xk9pQ2mL7rT4⟧'",
    "CREATE USER 'app'@'%' IDENTIFIED BY '⟦s3cr3t-Pw⟧';",
  ]);
});
