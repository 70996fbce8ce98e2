// A credential named by another field (thirty-third round): XML attributes value-first (XML 1.0 §3.1: attribute order
// is not significant), Postman Collection v2.1's auth attribute lists, OpenAPI's Parameter Object (`name`, `in`,
// `example`), a UUID under a session's name (Spring Session, Keycloak), anti-forgery cookies under documented names
// (ASP.NET Core, Django, Angular/Laravel). Each with the look-alikes beside it that name no credential.
import { test } from 'node:test';
import { assertLeaves, assertRedacts } from './redactionAsserts';

test('an XML start tag names its value by a later attribute: `<add value="…" key="Password"/>`', () => {
  assertRedacts([
    '<add value="Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8" key="Password" />',
    '<add value="swordfish" key="DB_PASSWORD"/>',
    '<property value="swordfish" name="jdbc.password"/>',
    '<input type="hidden" value="Tq8vine31x" name="api_token">',
  ]);
  assertLeaves([
    '<add value="Server=db;Database=app" key="ConnectionName" />',
    '<add value="${DB_PASSWORD}" key="DB_PASSWORD" />',
    '<add value="debug" key="LogLevel"/>',
    '<input value="Log in" name="login" type="submit">',
    // Another tag's name: the tag ends between.
    '<add value="swordfish"/><add key="Password"/>',
    '<option value="token" name="auth">',
  ]);
});

test("Postman's `apikey` auth list holds the key in its attribute named `value`", () => {
  assertRedacts([
    '"auth": {"type": "apikey", "apikey": [{"key": "value", "value": "Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8", "type": "string"}, {"key": "key", "value": "X-API-Key", "type": "string"}]}',
    '"apikey": [\n\t{\n\t\t"key": "key",\n\t\t"value": "X-API-Key"\n\t},\n\t{\n\t\t"key": "value",\n\t\t"value": "swordfish"\n\t}\n]',
  ]);
  assertLeaves([
    '"apikey": [{"key": "value", "value": "{{apiKey}}", "type": "string"}, {"key": "key", "value": "X-API-Key", "type": "string"}, {"key": "in", "value": "header"}]',
    '"apikey": [{"key": "value", "value": "<your-api-key>"}]',
    // Outside an apikey list, a record named `value` names nothing.
    '"variable": [{"key": "value", "value": "swordfish"}]',
    '"apikey": [{"key": "in", "value": "query"}], "variable": [{"key": "value", "value": "swordfish"}]',
  ]);
});

test("OpenAPI's Parameter Object gives its example beside the parameter's name", () => {
  assertRedacts([
    'parameters:\n  - name: api_key\n    in: header\n    example: Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8\n',
    'parameters:\n  - name: X-Auth-Token\n    in: header\n    required: true\n    schema:\n      type: string\n    example: "swordfish"\n',
    '"parameters": [{"name": "access_token", "in": "query", "example": "Tq8vine31x"}]',
  ]);
  assertLeaves([
    'parameters:\n  - name: page_size\n    in: query\n    example: 50\n',
    'parameters:\n  - name: api_key\n    in: header\n    example: <your-api-key>\n',
    'parameters:\n  - name: X-Request-Id\n    in: header\n    example: Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8\n',
    '"parameters": [{"name": "api_key", "in": "header", "example": "{{apiKey}}"}]',
  ]);
});

test('a UUID under a session identifier\'s name is the session (Spring Session, Keycloak); under other ids it is an id', () => {
  assertRedacts([
    'sessionId: "7d1f3b9e-2c4a-4b8e-9f1d-3a5c7e9b1d2f"',
    '"SESSION": "7d1f3b9e-2c4a-4b8e-9f1d-3a5c7e9b1d2f"',
    'PHPSESSID: 7d1f3b9e-2c4a-4b8e-9f1d-3a5c7e9b1d2f',
    'session_id = "7d1f3b9e-2c4a-4b8e-9f1d-3a5c7e9b1d2f"',
  ]);
  assertLeaves([
    'requestId: "7d1f3b9e-2c4a-4b8e-9f1d-3a5c7e9b1d2f"',
    'user_id = "7d1f3b9e-2c4a-4b8e-9f1d-3a5c7e9b1d2f"',
    'cache_key = "7d1f3b9e-2c4a-4b8e-9f1d-3a5c7e9b1d2f"',
    'session_timeout = "7d1f3b9e-2c4a-4b8e-9f1d-3a5c7e9b1d2f"',
    'sessionId: "00000000-0000-0000-0000-000000000000"',
  ]);
});

test('anti-forgery cookies under their documented names are credentials (OWASP CSRF sheet)', () => {
  assertRedacts([
    'Cookie: .AspNetCore.Antiforgery.9fXoN5jHCXs=CfDJ8Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8',
    'Cookie: csrftoken=Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8; sessionid=q8x3mz0k2v7w9n4b6c1d5f8g2h7j3k9l',
    'Set-Cookie: XSRF-TOKEN=eyJpdiI6IlF4Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8; Path=/',
  ]);
  assertLeaves(['Cookie: csrftoken=; theme=dark', 'Set-Cookie: XSRF-TOKEN=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT']);
});

test("JSON Schema's `examples` as a YAML block list under a credential property (OpenAPI 3.1's Schema Object)", () => {
  assertRedacts([
    'properties:\n  password:\n    type: string\n    examples:\n      - swordfish\n      - "Tq8vine31x"\n',
    'properties:\n  api_token:\n    examples:\n    - Zq8Lm3Xv9Tb2Rk7Wp4NsYt6Uc1Hd5Fg8\n',
  ]);
  assertLeaves([
    'properties:\n  page_size:\n    type: integer\n    examples:\n      - 50\n      - abc\n',
    'properties:\n  password:\n    type: string\n    examples:\n      - <your-password>\n',
    // A list at a lower indentation is not the key's value (`examples` is null there).
    'properties:\n  password:\n    examples:\n  other:\n  - swordfish\n',
  ]);
});
