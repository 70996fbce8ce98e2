// Values a grammar or a naming convention gives to names, not to credentials (bench/guard/README.md, thirty-first round,
// guardfp1): an option's name or a tokenizer's lexeme in a comparison (comparedGrammarWord.ts), a name marked internal by
// its underscore, a magic method's, a Perl reference (conventionalName.ts), and key names whose last word says when, how
// long, what holds the secret or which protection space (keyStrength.ts). Each beside the secrets of the same places.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparedAt, comparedGrammarWord } from '../../../src/core/guard/rules/comparedGrammarWord';
import { conventionalName } from '../../../src/core/guard/rules/conventionalName';
import { keyStrength } from '../../../src/core/guard/rules/keyStrength';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('an option name compared, and a lexeme compared with a token alone', () => {
  for (const [v, key] of [['-connect', 'token'], ['--help', 'arg'], ['-no-async-gc', 'password'], ['released', 'token'], ['big-endian', 'token'], ['lambda', 'tokens'], ['%>\\n', 'token'], ['-%>\\r\\n', 'token']] as const) {
    assert.ok(comparedGrammarWord(v, key), `${key}: ${v}`);
  }
  // A word under a key naming a chosen secret or an issued one, a value with digits, marks of escapes alone, a long word.
  for (const [v, key] of [['released', 'password'], ['released', 'api_token'], ['letmein7', 'token'], ['-Xk9mP2q', 'token'], ['\\n\\r', 'token'], ['abcdefghijklmnopqrstu', 'token'], ['Zq8Lm3Xv9Tb2', 'token']] as const) {
    assert.ok(!comparedGrammarWord(v, key), `${key}: ${v}`);
  }
  assert.ok(comparedAt('token == "x"', 5, 10));
  assert.ok(comparedAt('token !== "x"', 5, 11));
  assert.ok(!comparedAt('token = "x"', 5, 9));
  assert.ok(!comparedAt('token => "x"', 5, 10));
});

test('a comparison with a grammar word is left, a compared secret is taken', () => {
  assertLeaves([
    'if (token.equals("-connect")) {',
    '} else if (token.equals("-classpath")) {',
    'if (token.equals("released")) {',
    'if token == "lambda":',
    'if token == "%>\\n" || token == "%>\\r\\n"',
    'if "released" == token:',
  ]);
  assertFinds([
    'if (password.equals("⟦Zq8Lm3Xv9Tb2⟧")) {',
    'if (token.equals("⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧")) {',
    'if token == "⟦letmein7⟧":',
    'if (password == "⟦released⟧")',
    'if (api_token == "⟦released⟧")',
    // Assigned, a word under `token` is a literal in the secret's slot (the placeholder policy).
    'token = "⟦lambda⟧"',
  ]);
});

test('a conventional name or a Perl reference, read alone', () => {
  for (const [v, quoted, key] of [['_session_id', true, 'session_key'], ['_sf2_attributes', true, 'storageKey'], ['__upload_status', true, 'SESSION_KEY'], ['_security_', true, 'sessionKey'], ['__toString', true, 'password'], ['\\%v12', false, 'tokens'], ['\\&Test2::Util::ExternalMeta::META_KEY', false, 'META_KEY']] as const) {
    assert.ok(conventionalName(v, quoted, key), v);
  }
  // Under a key a person chooses for, random after an underscore, a reference quoted, a bare underscore name.
  for (const [v, quoted, key] of [['_hunter2', true, 'password'], ['_Xk9mP2qLw8Rt5Zn3', true, 'api_key'], ['\\%v12', true, 'token'], ['_session_id', false, 'session_key'], ['\\Zq8Lm3', false, 'token']] as const) {
    assert.ok(!conventionalName(v, quoted, key), v);
  }
});

test('conventional names are left, secrets in the same places taken', () => {
  assertLeaves([
    "session_key = option['session_key'] || '_session_id'",
    "public function __construct(string $storageKey = '_sf2_attributes') {",
    "$SESSION_KEY = '__upload_status';",
    'tokens => \\%v12,',
    '*META_KEY = \\&Test2::Util::ExternalMeta::META_KEY;',
  ]);
  assertFinds([
    "password = '⟦_hunter2⟧'",
    "api_key = '⟦_Xk9mP2qLw8Rt5Zn3⟧'",
    "$SESSION_KEY = '⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧';",
  ]);
});

test('a key naming when, how long, a holder of secrets or a realm names no secret', () => {
  for (const key of ['LoginCookieValidity', 'session_lifetime', 'last_pass_time', 'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm', 'login_realm']) {
    assert.equal(keyStrength(key), 'none', key);
  }
  for (const key of ['password', 'PASSWORD_TIMEOUT_SECRET', 'realm_password', 'time_token', 'mgr_password']) {
    assert.equal(keyStrength(key), 'strong', key);
  }
  assertLeaves(["'LoginCookieValidity' => 'validatePositiveNumber',", 'MovedAttribute("HTTPPasswordMgr", "urllib2", "urllib.request"),']);
  assertFinds(["'LoginCookiePassword' => '⟦validatePositiveNumber7⟧',", 'realm_password = "⟦Zq8Lm3Xv9Tb2⟧"']);
});

test("a bare word given to a variable's exported field is an identifier, a random value there a secret", () => {
  assertLeaves(['\tpk.PrivateKey = priv\n\treturn pk\n', '\tsubKey.PrivateKey = priv\n\tfor {']);
  assertFinds([
    '\tpk.PrivateKey = ⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧\n',
    'cfg.Password = "⟦hunter2⟧"',
    // A setting's dotted name in lower case (java.util.Properties) keeps its bare literal.
    'db.password=⟦hunter2⟧',
  ]);
});
