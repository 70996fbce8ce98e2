// A name whose last word says how the secret is held (`passwordValue`, `secret_b64`, `tokenstr`) is read by the word
// before it: the carrier names no secret and no public thing of its own (bench/guard/README.md, thirty-fifth round,
// guardnames1). Java's PBEKeySpec takes a password as `char[]`, Go's crypto APIs `[]byte`, AWS Secrets Manager's
// `SecretString`/`SecretBinary`, Python's `secrets.token_bytes`/`token_hex`; RFC 6265 §8.4: a session identifier in a cookie.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { judgeKey, namesPassword, namesTokenAlone } from '../../../src/core/guard/rules/keyStrength';

const RANDOM = 'Zq8Lm3Xv9Tb2Rk7Wp4Ns';
const taken = (text: string, value: string): boolean => !redactSecrets(text).text.includes(value);
const untouched = (text: string): boolean => redactSecrets(text).text === text;

test('a secret word and a carrier name the secret, written apart or glued', () => {
  for (const [text, value] of [
    [`passwordvalue = "${RANDOM}"`, RANDOM],
    [`secretbytes := []byte("${RANDOM}")`, RANDOM],
    ["tokenstr = 'tiger12'", 'tiger12'],
    [`apikeystring = "${RANDOM}"`, RANDOM],
    [`dbpasswordvalue = "${RANDOM}"`, RANDOM],
    ['passwordb64: tiger12', 'tiger12'],
    ['secret_b64 = "c2VjcmV0LXZhbHVlLTEyMzQ="', 'c2VjcmV0LXZhbHVlLTEyMzQ='],
    ['char[] passwordChars = "tiger12".toCharArray();', 'tiger12'],
    ['password_bytes = b"tiger12"', 'tiger12'],
    [`apiKeyString = "${RANDOM}"`, RANDOM],
  ] as const) {
    assert.ok(taken(text, value), text);
  }
});

test('under a password carried by its carrier, the words a person chose are the password', () => {
  // (A kebab-case word under a key that names no password is an object's name: `existingSecret: db-creds`.)
  for (const text of ['PASSWORD_VALUE=open-sesame', 'passwordValue: open-sesame', 'db_password_text: open-sesame']) {
    assert.ok(taken(text, 'open-sesame'), text);
  }
  assert.ok(namesPassword('passwordValue'));
  assert.ok(namesPassword('PASSWORD_B64'));
  assert.ok(!namesPassword('passwordHintText'));
});

test('a carrier after a word about the secret or a word naming none names no secret', () => {
  for (const text of [
    `tokenLengthValue = "${RANDOM}"`,
    'passwordHintText = "tiger12"',
    `secretNameStr = "${RANDOM}"`,
    `token_type_value = "${RANDOM}"`,
    `userIdString = "${RANDOM}"`,
    `rawData = "${RANDOM}"`,
    'valueString = "tiger12"',
    `nextTokenValue = "${RANDOM}"`,
  ]) {
    assert.ok(untouched(text), text);
  }
  assert.equal(judgeKey('tokenLengthValue'), 'none');
  assert.equal(judgeKey('secret_path_str'), 'none');
  assert.equal(judgeKey('value'), 'none');
});

test('a glued carrier is read only after a strong word of five letters or more', () => {
  // C's `pwdbuf` is getpwnam_r's buffer for the user database's entry; `metadata`, `userdata` name nothing secret.
  assert.equal(judgeKey('pwdbuf'), 'none');
  assert.equal(judgeKey('metadata'), 'none');
  assert.equal(judgeKey('userdata'), 'none');
  assert.equal(judgeKey('passwordvalue'), 'strong');
  assert.equal(judgeKey('tokenstr'), 'strong');
});

test("a token's text is a lexer's word, as the token alone is", () => {
  assert.ok(namesTokenAlone('tokenText'));
  assert.ok(untouched('tokenText = "LPAREN"'));
  assert.ok(untouched('if (tokenStr == "LPAREN")'));
});

test('a session cookie carries the session identifier, read as the session is (a generated value only)', () => {
  for (const text of ['session_cookie = "q8x3mz0k2v7w9n4b6c1d5f8g2h7j3k9l"', 'sessionCookie: q8x3mz0k2v7w9n4b6c1d5f8g2h7j3k9l', `SESSION_COOKIE=${RANDOM}`]) {
    assert.ok(!untouched(text), text);
  }
  for (const text of ['session_cookie = "default"', 'session_cookie_name = "sessionid"', `theme_cookie = "${RANDOM}"`]) {
    assert.ok(untouched(text), text);
  }
});

test("a password's prompt is the text that asks for it, shown to whoever is asked (sudoers(5)'s passprompt)", () => {
  for (const text of ['passwordPrompt = "tiger12"', 'PASSWORD_PROMPT_VALUE = "Password: "', `token_prompt_text = "${RANDOM}"`]) {
    assert.ok(untouched(text), text);
  }
  assert.equal(judgeKey('password_prompt'), 'none');
  // (The password beside it is still read.)
  assert.ok(taken('password = "tiger12"', 'tiger12'));
});
