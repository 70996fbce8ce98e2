// A value that says it is a stand-in (stand-in and slot words only) is a placeholder: the lead's policy since the
// twenty-ninth round (guardpolicy1's V1). A word of its own, a digit or a sign makes it a literal somebody chose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describesStandIn } from '../../../src/core/guard/standInWords';
import { assertLeaves, assertRedacts } from './redactionAsserts';

const STAND_INS = ['your_password', 'YOUR_API_KEY_HERE', 'test-token', 'dummy_secret', 'mypass', 'myPassword', 'your-api-key-here', 'changeme', 'Insert Token Here', 'sample.client.secret', 'fakeapikey', 'me'];
const LITERALS = ['letmein', 'hunter2', 'mypassword1', 'testpass99', 'Tr0ub4dor', 'secretsauce', 'open sesame', 'tiger12', 'q7Hk2mZp9XwLr4Tn', 'your__password', 'your-', '_token', 'a', `my${'password'.repeat(8)}`];

test('a value of stand-in and slot words only, in runs parted by one `_` `-` `.` or blank, says it is a stand-in', () => {
  for (const v of STAND_INS) assert.ok(describesStandIn(v), v);
});

test('a word of its own, a digit, a sign, a doubled or an end separator, or more than 64 characters: a literal', () => {
  for (const v of LITERALS) assert.ok(!describesStandIn(v), v);
});

test('a stand-in is left in every grammar, the policy\'s literals are taken there', () => {
  assertLeaves([
    'DB_PASSWORD=your_password\n',
    'api_key = "YOUR_API_KEY_HERE"',
    '{"token": "test-token"}',
    'client_secret: dummy_secret\n',
    'postgresql://app:mypass@localhost/shop',
    'Server=db;User ID=app;Password=myPassword;Database=shop',
    'curl -u app:your-api-key-here https://api.example.com',
    'mongo -u admin --password changeme shop\n',
  ]);
  assertRedacts([
    'DB_PASSWORD=letmein\n',
    'api_key = "hunter2"',
    '{"token": "mypassword1"}',
    'client_secret: testpass99\n',
    'postgresql://app:Tr0ub4dor@localhost/shop',
    'Server=db;User ID=app;Password=secretsauce;Database=shop',
    'curl -u app:q7Hk2mZp9XwLr4Tn https://api.example.com',
  ]);
});
