// Code declarations the assignment grammar read only in part (twenty-seventh round): Rust's constant and static
// items, C's `#define` and Erlang's `-define`, Go's raw and JavaScript's template backtick strings in declarations,
// and a map's documented pair constructors. Each shape with literals the placeholder policy calls the secret and
// with what stays a name, a command or a list. Examples written for the shapes, not copied from any corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFinds, assertLeaves } from './redactionAsserts';
import { constantHoldsSecret } from '../../../src/core/guard/rules/keyStrength';

test("Rust's constant and static items: a word under a name ending in the secret's word, a mutable static, a raw string", () => {
  assertFinds([
    'const DB_PASSWORD: &str = "⟦letmein⟧";',
    "pub const API_KEY: &'static str = \"⟦tiger12⟧\";",
    'static mut TOKEN: &str = "⟦q7Hk2mZp9XwLr4Tn⟧";',
    'const SECRET: &str = r"⟦Sunflower42⟧";',
    'const CLIENT_SECRET: &str = r#"⟦open-sesame-client⟧"#;',
  ]);
});

test("Rust's constants that name a protocol's words stay left", () => {
  assertLeaves([
    'const BCRYPT_PRIVATE_KEY_BLOB: &str = "PRIVATEBLOB";',
    'const PASSWORD_PROMPT: &str = "Password";',
    'const TOKEN_TYPE: &str = "bearer";',
    'const CKA_PRIV_KEY: &str = "priv";',
    'static mut PASSWORD: &str = "";',
    'const szOID_RSA_challengePwd: &str = "1.2.840.113549.1.9.7";',
  ]);
});

test("C's #define: a word under a name ending in the secret's word, an encoding prefix", () => {
  assertFinds([
    '#define DB_PASSWORD "⟦letmein⟧"',
    '#  define API_KEY "⟦tiger12⟧"',
    '#define PASSWORD L"⟦q7Hk2mZp9XwLr4Tn⟧"',
    '#define SECRET_TOKEN u8"⟦hunter2⟧"',
    '#define API_TOKEN @"⟦otterpelt⟧"',
  ]);
});

test("a header's macros that name an API's words stay left", () => {
  assertLeaves([
    '#define PK11_PW_RETRY "RETRY"',
    '#define CKA_PRIV_KEY "priv"',
    '#define PASSWORD_PROMPT "Password"',
    '#define TOKEN_HEADER "Authorization"',
    '#define SECRET_NAME "secret"',
    '#define TOKEN_TYPE "bearer"',
    '#define API_KEY_ENV "OPENAI_API_KEY"',
    '#define PASSWORD_MSG "no password supplied"',
  ]);
});

test("Erlang's -define: the macro's string is its value", () => {
  assertFinds(['-define(PASSWORD, "⟦letmein⟧").', '-define(API_KEY, "⟦q7Hk2mZp9XwLr4Tn⟧").']);
  assertLeaves(['-define(PASSWORD_PROMPT, "Password").', 'f(PASSWORD, "letmein").', '-define(TOKEN, "token").']);
});

test('a backtick string in a JavaScript or Go declaration is a literal, whatever it holds', () => {
  assertFinds([
    'const token = `⟦letmein⟧`;',
    'let password = `⟦open sesame⟧`;',
    'export const API_TOKEN = `⟦hunter⟧`;',
    'const apiKey: string = `⟦letmein⟧`;',
    'password := `⟦letmein⟧`',
    'var password string = `⟦letmein⟧`',
    'var user, password string = `app`, `⟦letmein⟧`',
    'const creds = { password: `⟦letmein⟧` };',
    'cfg := Config{Password: `⟦letmein⟧`}',
  ]);
});

test("a backtick string where a shell, Perl, PHP or Ruby runs it stays a command", () => {
  assertLeaves([
    'password=`whoami`',
    'export TOKEN=`hostname`',
    '$password = `whoami`;',
    'my $token = `hostname`;',
    'password = `whoami`',
    'user, password = `id`, `whoami`',
    'const token = `${prefix}`;',
  ]);
});

test("a map's documented pair constructors: the value after the key's comma", () => {
  assertFinds([
    'var creds = Map.of("password", "⟦letmein⟧");',
    'Map<String, String> m = Map.of("user", "app", "password", "⟦tiger12⟧");',
    'var e = Map.entry("apiKey", "⟦letmein⟧");',
    'Map.ofEntries(entry("user", "app"), entry("password", "⟦letmein⟧"))',
    'var d = new Dictionary<string, string> { { "password", "⟦letmein⟧" } };',
    'var d = new Dictionary<string, string> { { "user", "app" }, { "password", "⟦letmein⟧" } };',
    'd.Add("password", "⟦letmein⟧");',
    'std::map<std::string, std::string> creds{{"user", "app"}, {"password", "⟦letmein⟧"}};',
    'config = dict([("user", "app"), ("password", "⟦letmein⟧")])',
    'let creds = HashMap::from([("user", "app"), ("password", "⟦letmein⟧")]);',
    'const m = new Map([["user", "app"], ["password", "⟦letmein⟧"]]);',
  ]);
});

test('two strings after a comma elsewhere stay a list of names', () => {
  assertLeaves([
    'fields = {"password", "email"}',
    'choices = [("password", "Password"), ("token", "Token")]',
    'Map.of("user", "password", "mode", "strict")',
    'Map.of("password", "${DB_PASSWORD}")',
    "const conflicting = ['password', 'workloadIdentity'];",
    'list.add("apiKey", "workloadIdentity")',
    'rows = [["password", "email"], ["token", "name"]]',
    'd.Add("username", "admin");',
  ]);
});

test("constantHoldsSecret: the name's last word is the secret's, the value none of its words", () => {
  assert.equal(constantHoldsSecret('DB_PASSWORD', 'letmein'), true);
  assert.equal(constantHoldsSecret('API_KEY', 'letmein'), true);
  assert.equal(constantHoldsSecret('CKA_PRIV_KEY', 'priv'), false);
  assert.equal(constantHoldsSecret('PASSWORD_PROMPT', 'Password'), false);
  assert.equal(constantHoldsSecret('TOKEN_TYPE', 'bearer'), false);
  assert.equal(constantHoldsSecret('KEY', 'letmein'), false);
});

// The names' words are kept by slot (keyStrength.ts): an answer must not hang on the names asked before it.
test('constantHoldsSecret answers alike in any order of asking, names sharing a slot among them', () => {
  const names = ['DB_PASSWORD', 'API_KEY', 'CKA_PRIV_KEY', 'PASSWORD_PROMPT', 'TOKEN_TYPE', 'KEY', 'TOKEN', 'PASSWORD', 'token', 'Token', 'TOKEN_', 'db.secret.key', 'a.b.c.d.e.f.g.password', '', 'X', 'Y_SECRET', 'Z_SECRET'];
  const values = ['letmein', 'priv', 'Password', 'bearer', 'token', 'secret', 'key', ''];
  const first = new Map<string, boolean>();
  for (const name of names) for (const value of values) first.set(`${name}\u0000${value}`, constantHoldsSecret(name, value));
  let seed = 3;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  for (let i = 0; i < 5_000; i++) {
    const name = names[random(names.length)]!;
    const value = values[random(values.length)]!;
    assert.equal(constantHoldsSecret(name, value), first.get(`${name}\u0000${value}`), `${name} ${value}`);
  }
});
