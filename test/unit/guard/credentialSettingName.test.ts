import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets, redactSecrets } from '../../../src/core/guard/secretRedactor';
import { namesCredentialSetting } from '../../../src/core/guard/credentialSettingName';

function taken(text: string): string[] {
  return findSecrets(text).map((s) => text.slice(s.start, s.end));
}

// AWS's documented setting names given as values (whispers' exclude.values): the slot named, no secret.
const names = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token', 'AWS_SECRET_ACCESS_KEY'];

test('a credential file\'s documented setting name as the value names the slot: left', () => {
  for (const name of names) {
    assert.ok(namesCredentialSetting(name), name);
    for (const text of [`{"SecretAccessKey": "${name}"}`, `secret_key = "${name}"`, `password: ${name}`, `credentials:\n  token: ${name}\n`]) {
      assert.deepEqual(taken(text), [], text);
    }
  }
});

// A key AWS issues, another `*_key` name (a literal somebody chose: the tune labels `smtp_password` a secret), a name
// with more around it: taken.
test('an issued key, another name, a longer value stay secrets', () => {
  const secrets: readonly [string, string][] = [
    ['aws_secret_access_key = ZQ4mW8tNp2Rx7Vb1Lk9Hc3Jf6Gd0Sa5Ye8Ui2Oq', 'ZQ4mW8tNp2Rx7Vb1Lk9Hc3Jf6Gd0Sa5Ye8Ui2Oq'],
    ['REACT_APP_MAILER_PASSWORD=smtp_password', 'smtp_password'],
    ['secret_key = "aws_secret_access_key2"', 'aws_secret_access_key2'],
    ['secret_key = "my_aws_secret_access_key_value"', 'my_aws_secret_access_key_value'],
  ];
  for (const [text, secret] of secrets) {
    assert.ok(!namesCredentialSetting(secret), secret);
    assert.deepEqual(taken(text), [secret], text);
  }
});

test('judged strictly, the setting name is a literal like the slot\'s own name', () => {
  const text = 'secret_key = "aws_secret_access_key"';
  assert.equal(redactSecrets(text).text, text);
  assert.equal(redactSecrets(text, { strictness: 'strict' }).text, 'secret_key = "[REDACTED:secret-assignment]"');
});
