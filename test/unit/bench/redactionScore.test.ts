// A secret item counts as redacted when every occurrence is ≥ 90% covered and none survives verbatim in the user's
// text; the redactor's own markers are not the user's text (`secret` inside `[REDACTED:secret-assignment]`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRedacted } from '../../../bench/guard/redactionScore';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';

const item = (text: string, secrets: string[]) => ({ text, secrets, label: 'secret' as const });

test("a secret spelled inside the redaction's marker is redacted", () => {
  const text = 'Server=host;User Id=app;Password=secret;Database=db;';
  const result = { text: 'Server=host;User Id=app;Password=[REDACTED:secret-assignment];Database=db;', redactions: [{ start: 33, end: 39 }] };
  assert.equal(text.slice(33, 39), 'secret');
  assert.equal(isRedacted(item(text, ['secret']), result as never), true);
});

test('a secret that survives beside a marker, or is covered less than 90%, is not redacted', () => {
  const text = 'a=secret b=secret';
  const once = { text: 'a=[REDACTED:secret-assignment] b=secret', redactions: [{ start: 2, end: 8 }] };
  assert.equal(isRedacted(item(text, ['secret']), once as never), false);
  const part = { text: 'a=[REDACTED:x]et b=[REDACTED:x]et', redactions: [{ start: 2, end: 6 }, { start: 11, end: 15 }] };
  assert.equal(isRedacted(item(text, ['secret']), part as never), false);
});

test('the real redactor on a real token: redacted, and unredacted text is not', () => {
  const text = 'export GITHUB_TOKEN=ghp_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7xC0fI3kL6';
  const secret = 'ghp_aB3dE6gH9jK2mN5pQ8sT1vW4yZ7xC0fI3kL6';
  assert.equal(isRedacted(item(text, [secret]), redactSecrets(text)), true);
  assert.equal(isRedacted(item(text, [secret]), { text, redactions: [] }), false);
});
