// A header map's `Authorization` with no scheme (assignmentRule.ts): the value is the credentials (RFC 9110 §11.6.2), as
// Linear's API documents `Authorization: <API_KEY>`; read as a token's literal there. A scheme alone, a word alone
// (a translation's, `required`), a placeholder or a reference are left; a value after a scheme is read as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';

test('a credential with no scheme in a header map is taken', () => {
  for (const [text, value] of [
    ['headers = {"Authorization": "mysecretkey123"}', 'mysecretkey123'],
    ['fetch(url, { headers: { Authorization: "hunter2-prod" } })', 'hunter2-prod'],
    ["headers = {'Authorization': '3f2504e0-4f89-41d3-9a0c-0305e82c3301'}", '3f2504e0-4f89-41d3-9a0c-0305e82c3301'],
    ['req.Header.Set("Authorization", "acme-live-key-01")', 'acme-live-key-01'],
    ['xhr.setRequestHeader("Authorization", "s3cr3tT0ken");', 's3cr3tT0ken'],
    ['headers["Proxy-Authorization"] = "Zm9vOmJhcjEyMw"', 'Zm9vOmJhcjEyMw'],
  ]) {
    const out = redactSecrets(text!).text;
    assert.ok(!out.includes(value!), out);
  }
});

test('a scheme alone, a word, a placeholder or a reference under Authorization is left', () => {
  for (const text of [
    '{"Authorization": "Bearer"}',
    '{"Authorization": "Basic"}',
    'Authorization: "required"',
    '{"Authorization": "Autorisierung"}',
    '{"Authorization": "Autorización"}',
    '"Authorization": "Authorization",',
    '{"Authorization": "YOUR_API_KEY"}',
    '{"Authorization": "<API_KEY>"}',
    '{"Authorization": "{{token}}"}',
    '{"Authorization": "${API_KEY}"}',
    '{"Authorization": "Required for all endpoints"}',
    '{"Authorization": "Digest username=\\"bob\\", realm=\\"x\\""}',
    'headers = {"Authorization": API_KEY}',
    '{"Authorization": ""}',
  ]) {
    assert.equal(redactSecrets(text).text, text);
  }
});

test('after a scheme the credential is read as before', () => {
  assert.equal(redactSecrets('headers = {"Authorization": "Bearer mysecretkey123"}').text, 'headers = {"Authorization": "Bearer [REDACTED:secret-assignment]"}');
});
