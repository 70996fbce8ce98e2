// A setter given a password's name and its value as two strings (sonar-java's hard-coded credential
// rule reads a two-argument call so): the second string is the password, a word too; the environment's and a
// request header's documented setters give any secret-named variable or field its value. Anything else
// after a comma stays a list of names. Examples written for the shape, not copied from any corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFinds, assertLeaves } from './redactionAsserts';
import { isPairCall } from '../../../src/core/guard/rules/pairCall';
import { seededRandom } from '../../../src/core/seededRandom';

test('a setter given a password name and a literal: the literal is the password, a word too', () => {
  assertFinds([
    'props.setProperty("password", "⟦tiger⟧");',
    'env.put("pwd", "⟦marmot⟧");',
    "conf.set('db.passwd', '⟦walrus⟧')",
    'os.Setenv("DB_PASSWORD", "⟦otter⟧")',
    "define('DB_PASSWORD', '⟦heron⟧');",
    'System.setProperty( "javax.net.ssl.keyStorePassword", "⟦changeit2⟧" );',
    'editor.putString("user_password", "⟦puffin⟧").apply();',
    'Environment.SetEnvironmentVariable("SMTP_PASSWORD", "⟦lynx⟧");',
    'putenv("PASSPHRASE", "⟦gannet⟧")',
  ]);
});

test('not that pair: a reading call, a third argument, a name that is no password, a list', () => {
  assertLeaves([
    'cy.get("password", "input")',
    'form.field("password", "text")',
    'i18n.t("password", "Password")',
    'setValue("password", "password")',
    'props.setProperty("password", "${DB_PASSWORD}")',
    'map.put("password", "")',
    'emit("token", "refresh")',
    's.replace("secret", "hidden")',
    'settings.set("password", "required", "min")',
    'setLabel(form, "password", "label")',
    "const conflicting = ['password', 'workloadIdentity'];",
    "t.equal(components.userinfo, 'user:pass', 'userinfo')",
  ]);
});

test('the environment\'s setters give a variable its value, whatever secret it names; a header setter a secret-named field its value', () => {
  assertFinds([
    'os.Setenv("API_TOKEN", "⟦letmein⟧")',
    'env::set_var("API_TOKEN", "⟦letmein⟧");',
    'setenv("API_TOKEN", "⟦letmein⟧", 1);',
    '[Environment]::SetEnvironmentVariable("API_TOKEN", "⟦letmein⟧", "User")',
    'os.environ.setdefault("API_KEY", "⟦letmein⟧")',
    "setenv('API_TOKEN', '⟦letmein⟧')",
    'headers.append("X-Auth-Token", "⟦letmein⟧");',
    'req.Header.Add("X-Api-Key", "⟦letmein⟧")',
    '.addHeader("X-API-KEY", "⟦letmein⟧")',
    'client.DefaultRequestHeaders.Add("X-Api-Key", "⟦letmein⟧");',
    'xhr.setRequestHeader("X-Api-Key", "⟦letmein⟧");',
    'System.setProperty("api.token", "⟦admin⟧");',
    'props.setProperty("jwt.secret", "⟦hunter⟧");',
    'headers.put("X-API-KEY", "⟦admin⟧");',
    'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "⟦letmein⟧");',
  ]);
  assertLeaves([
    'os.Setenv("API_TOKEN", "")',
    'os.Setenv("TOKEN_URL", "https")',
    'os.Setenv("API_TOKEN", "${TOKEN}")',
    'headers.append("X-Request-Id", "letmein");',
    'list.add("apiKey", "workloadIdentity");',
    'headers.append("X-Auth-Token", token);',
    'emit("X-Auth-Token", "refresh")',
    'System.setProperty("api.token.url", "https");',
    'props.setProperty("jwt.secret", "${JWT_SECRET}");',
    'new AuthenticationHeaderValue("Bearer", token);',
    'new AuthenticationHeaderValue("Basic", "dXNlcm5hbWU6cGFzc3dvcmQ=");',
  ]);
});

test('isPairCall: the quoted name alone as a setter\'s first argument, the value its last', () => {
  const at = (text: string, key: string) => {
    const start = text.indexOf(key);
    const close = text.lastIndexOf('"') + 1;
    return isPairCall(text, start, start + key.length, close);
  };
  assert.equal(at('p.setProperty("password", "x1")', 'password'), true);
  assert.equal(at('p.put( "password" , "x1" )', 'password'), true);
  assert.equal(at('p.get("password", "x1")', 'password'), false);
  assert.equal(at('p.set(k, "password", "x1")', 'password'), false);
  assert.equal(at('p.set("db password", "x1")', 'password'), false);
  assert.equal(at('p.set("token", "x1")', 'token'), false);
  assert.equal(at('p.settle("password", "x1")', 'password'), false);
  assert.equal(at('os.Setenv("API_TOKEN", "x1")', 'API_TOKEN'), true);
  assert.equal(at('h.append("X-Api-Key", "x1")', 'X-Api-Key'), true);
  assert.equal(at('h.append("apiKey", "x1")', 'apiKey'), false);
});

// The setters' expressions as written, asked of every method name (the rule turns names down at their first letter
// first); a password's name is a strong key, so the environment's setters give it too.
const SETTER = /^(?:[sS]et|[pP]ut)(?:[A-Z_]|$)|^(?:[sS]etenv|[pP]utenv|setdefault|define)$/;
const ENVIRONMENT_SETTER = /^(?:[sS]etenv|set_var|SetEnvironmentVariable|setdefault|setProperty|AuthenticationHeaderValue)$/;

test('isPairCall answers as the setter expression asked of every method name', () => {
  const random = seededRandom(2611);
  const parts = ['set', 'Set', 'put', 'Put', 'setenv', 'Setenv', 'putenv', 'setdefault', 'define', 'get', 'getenv', 'env', 'S', 'P', 'd', 'e', 'Property', '_', 'X', 'tle', 'a1', '$', '', 'add', 'append', 'header', 'AuthenticationHeaderValue', 'h', 'A'];
  let setters = 0;
  for (let n = 0; n < 5_000; n++) {
    let method = '';
    const count = 1 + Math.floor(random() * 3);
    for (let i = 0; i < count; i++) method += parts[Math.floor(random() * parts.length)];
    const text = `x.${method}("password", "x1")`;
    const start = text.indexOf('password');
    const verb = method.replace(/^.*\$/, '');
    const expected = SETTER.test(verb) || ENVIRONMENT_SETTER.test(verb);
    if (expected) setters++;
    assert.equal(isPairCall(text, start, start + 8, text.length - 1), expected, text);
  }
  assert.ok(setters > 500, `setters drawn (${setters})`);
});
