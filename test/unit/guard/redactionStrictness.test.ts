// The user's strict redaction (`flywheel.redaction.strictness`, redactionStrictness.ts): each exemption that judges only
// whether a literal in a credential's place looks real is off, and taken; each that judges whether the text is a value at
// all holds in both modes. bench/guard/README.md, thirty-sixth round, guardstrict1.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets, redactSecrets } from '../../../src/core/guard/secretRedactor';
import { judgingStrictly, strictnessNotice, withStrictness } from '../../../src/core/guard/redactionStrictness';
import { strictnessOf } from '../../../src/core/strictnessSetting';
import { PromptGuard } from '../../../src/core/guard/promptGuard';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';
import { IgnoreRules } from '../../../src/core/guard/ignoreRules';
import { defaultExportFilter } from '../../../src/core/feedback/datasetExport';

const strict = { strictness: 'strict' } as const;

/** Left by the default, taken by strict. */
function assertStrictOnly(texts: readonly string[]): void {
  for (const text of texts) {
    assert.deepEqual(findSecrets(text), [], `balanced redacted ${JSON.stringify(text)} → ${redactSecrets(text).text}`);
    assert.notDeepEqual(findSecrets(text, undefined, strict), [], `strict kept ${JSON.stringify(text)}`);
  }
}

/** Left by both. */
function assertLeftByBoth(texts: readonly string[]): void {
  for (const text of texts) {
    assert.deepEqual(findSecrets(text), [], `balanced redacted ${JSON.stringify(text)} → ${redactSecrets(text).text}`);
    assert.deepEqual(findSecrets(text, undefined, strict), [], `strict redacted ${JSON.stringify(text)} → ${redactSecrets(text, strict).text}`);
  }
}

test("a weak key's value that does not look random: left balanced, taken strict", () => {
  assertStrictOnly(['salt = "pepper"', 'auth: "hunter2"', '{"name": "salt", "value": "letmein"}', "key = 'open-sesame'", 'key = "JpGN0Z"', 'signature = "kf18"']);
});

// guardstrict2: what strict's price in real code was mostly made of, a name of code under a weak key's word, is left in
// both modes (codeName.ts); so are a table's lookup column under a weak header, a constant given its own name of
// words, and a quoted camelCase name. Each exemption's word-like counterpart stays strict's.
test("a weak key's name of code of two words or more: left by both", () => {
  assertLeftByBoth(['key: "clientId"', 'signature = "session_id"', '{ key: "verticalAlignment", value: x }', 'key = cache_key_value_long', 'CACHE_KEY = "http.keepAlive.maxConnections"']);
});

test("a table's column of words under a weak key's header: left by both; its generated values taken by both", () => {
  assertLeftByBoth(['IconKeyValue,Categories\naccount,user\nalert,status\nmilestone,general\n', 'name,key\nalice,pepper\nbob,hunter2\n']);
  const generated = 'name,key\nalice,q8Zr2Lx7Wm4Kt9Pb3Nc6Vd1Hs5Jf0Gy\nbob,Xw3Nc8Kq1Lm6Rt9Zb4Pd7Vs2Hj5Fg0Y\n';
  assert.equal(findSecrets(generated).length, 2);
  assert.equal(findSecrets(generated, undefined, strict).length, 2);
});

test("a constant given its own name of words: left by both; a one-word slot spelling its key taken strict", () => {
  assertLeftByBoth(['addMech(CKM_SHA3_256_KEY_GEN, "CKM_SHA3_256_KEY_GEN");', 'SESSION_KEY = "SESSION_KEY"']);
  assertStrictOnly(["key = 'key'", 'passphrase = "passphrase"']);
});

test("a quoted camelCase name under an issued credential's name: left by both; lower-case words apart by _ taken strict", () => {
  assertLeftByBoth(['access_token = "nativeAcquireToken"', 'api_token = "accountTokenHeader"']);
  assertStrictOnly(['session_key = "user_session"', 'api_token = "refresh_token_value"']);
});

test("a short word under an issued credential's name (ISSUED_NEVER): left balanced, taken strict", () => {
  assertStrictOnly(['user_token = "abcd"', 'access_token: foo\n', 'GITHUB_TOKEN=ABCDEF\n']);
});

test("stand-in words, the slot's own name, another slot's name: left balanced, taken strict", () => {
  assertStrictOnly(['password = "changeme"', 'api_key = "your-api-key-here"', 'password: myPassword\n', 'password = "secret"', 'password = "password"', 'token = "test_token"']);
});

test("a short number under a password's name: left balanced, taken strict", () => {
  assertStrictOnly(['password = "123"', 'password: 123\n']);
});

test("a quoted name of lower-case words given as a value (quotedName): left balanced, taken strict", () => {
  assertStrictOnly(['session_key = "user_session"', 'api_token = "refresh_token_value"']);
});

test('references, expansions and templates: left by both', () => {
  assertLeftByBoth(['password = "${DB_PASSWORD}"', 'password: $(vault read -field=pw secret/db)\n', 'password = os.environ["DB_PASSWORD"]', 'password: "{{ .Values.password }}"\n', 'api_key = ZENDESK_API_KEY']);
});

test("types and names of code, a constant's wire word: left by both", () => {
  assertLeftByBoth([
    '  password: string;',
    'credential: TokenCredential;',
    'password = getPassword()',
    'token = Token.EOF',
    'ACCESS_TOKEN = "AccessToken"',
    'key = "DbPassword"',
    'token = "msal:acquireTokenStart"',
    'AUTHORIZATION: "authorization",',
    'PASSWORD = "password"',
  ]);
});

test('messages, empty values, words of absence, masks and numbers under other names: left by both', () => {
  assertLeftByBoth([
    'PASSWORD_REQUIRED = "Password is required"',
    'shutdownMessageKey = "The application has been disconnected"',
    'password_prompt = "Enter your password:"',
    'password = ""',
    'password = "none"',
    'password = "****"',
    'api_key = "xxxxxxxxxxxx"',
    'token: <your-token>\n',
    'password_length = 12',
    'port = 5432',
  ]);
});

test('what the default takes, strict takes too', () => {
  for (const text of ['client_secret = "Dragon"', 'DB_PASSWORD=1234567\n', 'password = "letmein"', 'token: ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d\n']) {
    assert.notDeepEqual(findSecrets(text), [], text);
    assert.notDeepEqual(findSecrets(text, undefined, strict), [], text);
  }
});

test('the strictness holds for one call only: answers remembered in a strict call are not given to the next', () => {
  const text = 'password = "changeme"\npassword = "changeme"\n';
  assert.equal(redactSecrets(text, strict).count, 2);
  assert.equal(redactSecrets(text).count, 0);
  assert.equal(redactSecrets(text, strict).count, 2);
  assert.equal(judgingStrictly(), false);
  assert.throws(() => withStrictness('strict', () => {
    throw new Error('inside');
  }));
  assert.equal(judgingStrictly(), false, 'restored after a throw');
});

test("a setting's value: anything but strict is balanced", () => {
  assert.equal(strictnessOf('strict'), 'strict');
  for (const value of ['balanced', undefined, 'STRICT', 1, null]) assert.equal(strictnessOf(value), 'balanced');
});

test('the guard redacts at its strictness and says which', () => {
  const policy = new PathPolicy({ roots: [{ root: '/ws', rules: new IgnoreRules({ readFile: () => undefined }) }], openedByUser: () => false });
  const texts = ['password: changeme\n'];
  const balanced = new PromptGuard({ policy }).clear({ texts, files: [] }, true);
  assert.deepEqual(balanced, { remoteTexts: texts, redactions: 0, strictness: 'balanced' });
  const strictly = new PromptGuard({ policy, strictness: 'strict' }).clear({ texts, files: [] }, true);
  assert.equal(strictly.redactions, 1);
  assert.equal(strictly.strictness, 'strict');
  assert.ok(!strictly.remoteTexts![0]!.includes('changeme'));
  assert.deepEqual(new PromptGuard({ policy, strictness: 'strict' }).clear({ texts, files: [] }, false), { redactions: 0 }, 'an endpoint on this machine: nothing redacted, no strictness');
  assert.deepEqual(new PromptGuard({ policy, strictness: 'strict', redactSecrets: false }).clear({ texts, files: [] }, true), { remoteTexts: texts, redactions: 0 }, 'redaction off: no strictness');
});

test('the output line names the strictness and says what strict costs in plain words', () => {
  assert.match(strictnessNotice('strict'), /^Redaction is strict \(flywheel\.redaction\.strictness\)/);
  assert.match(strictnessNotice('strict'), /The model sees less of your code/);
  assert.match(strictnessNotice('balanced'), /^Redaction is balanced .*password = "changeme" are sent as written/);
});

test('the CLI export filter judges at the strictness asked (balanced by default)', () => {
  const text = 'password = "changeme"';
  assert.equal(defaultExportFilter().redact(text).count, 0);
  assert.equal(defaultExportFilter('balanced').redact(text).count, 0);
  assert.equal(defaultExportFilter('strict').redact(text).count, 1);
});
