// Reading the user's flywheel.models.<role> entries: usable ones become endpoints, and every
// problem names the entry and says what is wrong; nothing is skipped without a word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEntryProblems, parseModelEntries, unusableRoleMessage } from '../../../src/core/models/modelEntries';

test('valid entries become endpoints, trailing slashes trimmed, options kept', () => {
  const { endpoints, problems } = parseModelEntries('chat', [
    { provider: 'ollama', baseUrl: 'http://127.0.0.1:11434/', model: 'qwen2.5-coder:7b', contextLength: 8192 },
    { provider: 'openai', baseUrl: 'https://api.example.com/v1', model: 'gpt-4o-mini', headers: { 'X-Org': 'a' }, pricePer1kInput: 0.15, pricePer1kOutput: 0.6 },
  ]);
  assert.deepEqual(problems, []);
  assert.deepEqual(endpoints, [
    { provider: 'ollama', baseUrl: 'http://127.0.0.1:11434', model: 'qwen2.5-coder:7b', contextLength: 8192 },
    { provider: 'openai', baseUrl: 'https://api.example.com/v1', model: 'gpt-4o-mini', headers: { 'X-Org': 'a' }, pricePer1kInput: 0.15, pricePer1kOutput: 0.6 },
  ]);
});

test('a misspelt provider is named, with the values that work', () => {
  const { endpoints, problems } = parseModelEntries('completion', [{ provider: 'olama', baseUrl: 'http://127.0.0.1:11434', model: 'qwen2.5-coder:1.5b' }]);
  assert.deepEqual(endpoints, []);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.entry, 'flywheel.models.completion, entry 1 ("qwen2.5-coder:1.5b")');
  assert.equal(problems[0]!.message, '"provider": "olama" is not one Flywheel knows: use "ollama" or "openai"');
  assert.equal(problems[0]!.unusable, true);
});

test('a baseUrl without a scheme says what to write instead', () => {
  const { endpoints, problems } = parseModelEntries('chat', [{ provider: 'ollama', baseUrl: 'localhost:11434', model: 'llama3.2:3b' }]);
  assert.deepEqual(endpoints, []);
  assert.equal(problems[0]!.message, '"baseUrl": "localhost:11434" has no scheme: write "http://localhost:11434" (or https://)');
});

test('every other way an entry can be wrong has its own message', () => {
  const cases: [unknown, RegExp][] = [
    ['http://127.0.0.1:11434', /is not an object like/],
    [{ baseUrl: 'http://h', model: 'm' }, /has no "provider": use "ollama" or "openai"/],
    [{ provider: 'ollama', model: 'm' }, /has no "baseUrl", e\.g\. "http:\/\/127\.0\.0\.1:11434"/],
    [{ provider: 'ollama', baseUrl: 'ftp://h', model: 'm' }, /must start with http:\/\/ or https:\/\//],
    [{ provider: 'ollama', baseUrl: 'http://', model: 'm' }, /is not a URL/],
    [{ provider: 'ollama', baseUrl: 'http://h', model: '' }, /has no "model"/],
    [{ provider: 'ollama', baseUrl: 'http://h', model: 'm', contextLength: '8k' }, /"contextLength" must be a whole number of tokens, not "8k"/],
    [{ provider: 'openai', baseUrl: 'http://h', model: 'm', headers: { 'X-A': 1 } }, /"headers" must be an object of header names to text values/],
    [{ provider: 'openai', baseUrl: 'http://h', model: 'm', pricePer1kInput: -1 }, /"pricePer1kInput" must be a number/],
    [{ provider: 'openai', baseUrl: 'https://user:pw@h/v1', model: 'm' }, /must not hold a user name or password/],
  ];
  for (const [entry, message] of cases) {
    const { endpoints, problems } = parseModelEntries('refactor', [entry]);
    assert.deepEqual(endpoints, [], JSON.stringify(entry));
    assert.equal(problems.length, 1, JSON.stringify(entry));
    assert.match(problems[0]!.message, message);
    assert.ok(!problems[0]!.message.includes('pw'), 'no password in the message');
  }
});

test('unknown fields warn but the entry is used; a key in settings is pointed to Set API Key', () => {
  const { endpoints, problems } = parseModelEntries('chat', [
    { provider: 'openai', baseUrl: 'https://api.example.com/v1', model: 'gpt-4o-mini', baseURL: 'x', apiKey: 'sk-secret-123' },
  ]);
  assert.equal(endpoints.length, 1);
  assert.equal(endpoints[0]!.apiKey, undefined, 'a key in settings is never used');
  assert.deepEqual(problems.map((p) => p.unusable), [false, false]);
  assert.match(problems[0]!.message, /"baseURL" is not a field; did you mean "baseUrl"\?/);
  assert.match(problems[1]!.message, /"apiKey" is not read from settings.*Flywheel: Set API Key/);
  assert.ok(!describeEntryProblems(problems).includes('sk-secret-123'), 'the key itself is never repeated');
});

test('a query string (which may hold a key) is not repeated in a message', () => {
  const { problems } = parseModelEntries('chat', [{ provider: 'openai', baseUrl: 'api.example.com/v1?key=sk-abc', model: 'm' }]);
  assert.match(problems[0]!.message, /"api\.example\.com\/v1" has no scheme/);
  assert.ok(!problems[0]!.message.includes('sk-abc'));
});

test('one usable entry among bad ones is used; the bad ones are still reported', () => {
  const { endpoints, problems } = parseModelEntries('chat', [
    { provider: 'olama', baseUrl: 'http://h', model: 'a' },
    { provider: 'ollama', baseUrl: 'http://h', model: 'b' },
  ]);
  assert.deepEqual(endpoints.map((e) => e.model), ['b']);
  assert.deepEqual(problems.map((p) => p.index), [0]);
});

test('not a list at all is a problem, an absent setting is not', () => {
  assert.equal(parseModelEntries('chat', { provider: 'ollama' }).problems[0]!.message, 'must be a list of entries like { "provider", "baseUrl", "model" }');
  assert.deepEqual(parseModelEntries('chat', undefined), { endpoints: [], problems: [] });
  assert.deepEqual(parseModelEntries('chat', []), { endpoints: [], problems: [] });
});

test('the messages: each entry once with all its problems, and no silent fallback for the role', () => {
  const { problems } = parseModelEntries('completion', [{ provider: 'olama', baseUrl: 'localhost:11434', model: 'qwen2.5-coder:1.5b' }]);
  assert.equal(
    describeEntryProblems(problems),
    'flywheel.models.completion, entry 1 ("qwen2.5-coder:1.5b"): "provider": "olama" is not one Flywheel knows: use "ollama" or "openai"; ' +
      '"baseUrl": "localhost:11434" has no scheme: write "http://localhost:11434" (or https://) (this entry is not used).',
  );
  assert.match(unusableRoleMessage('completion', problems), /Flywheel does not fall back to the local Ollama for completion while flywheel\.models\.completion has entries; fix or remove them\.$/);
});
