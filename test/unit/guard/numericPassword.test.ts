// A password of digits under a password's name: ISO 9564-1 has a PIN be 4 to 12 digits, and NIST SP 800-63B §5.1.1.1 lets
// a memorized secret the verifier chooses be six characters long and wholly numeric, so four to seven digits written as a
// password's literal (quoted, or the value of a config line) are that password, not a length, a port or a count. Three
// digits, bare numbers in code, numbers under other names and masks stay what `judgeValue` reads them as
// (bench/guard/README.md, thirty-fifth round, guardvalue1).
import { test } from 'node:test';
import { assertLeaves, assertRedacts } from './redactionAsserts';

test('four to seven digits given to a password as a literal are the password', () => {
  assertRedacts([
    'password = "123456"',
    'password = "1234"',
    'DB_PASS=24680\n',
    "DB_PASSWORD='8675309'",
    'MYSQL_ROOT_PASSWORD=654321\n',
    '{"password": "1234567"}',
    'spring.datasource.password=246810\n',
    '  admin_pass: "975310"\n',
    "$config['db_pwd'] = '112233';",
  ]);
});

test('three digits, a number in code or under another name, and a mask stay numbers', () => {
  assertLeaves([
    // Three digits: no documented secret's length (the tune's labels call `"123"` clean).
    'password = "123"',
    "myURL.password = '123'",
    // Bare in code, a number is a number.
    'if (password == 123456) {',
    // Under a name about the password, or naming no password: a length, a limit, an id.
    'password_length = 123456',
    'PASSWORD_MAX_AGE=1209600\n',
    'acquireTokenByUsernamePassword: 371,',
    'token_ttl = "604800"',
    'session_id = "123456"',
    // A mask of zeros.
    'password = "000000"',
  ]);
});
