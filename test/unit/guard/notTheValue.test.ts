// A literal in a secret-named key's slot that says it is not the value: a query spliced by
// concatenation (the sonars' S2068 skip a `password=` opening with a quote), the field's name with an
// option's dashes, a bind parameter's `:` or its key's operator (sonar-java reports no `password=` with
// nothing after it; the three sonars none opening with `:`), a literal the code formats (CodeQL's
// Python query drops a format string). The placeholder policy's literals stay
// secrets. bench/guard/README.md, "What the analysers call not a credential" (twenty-third round).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formattedLiteral, saysNotTheValue } from '../../../src/core/guard/rules/notTheValue';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('the shapes, read alone', () => {
  for (const v of ['" + pwd + "', "' . $pwd . '", '" || pwd || "', '"+pwd+"', '--password', '-token', ':password', ':new_password', 'password=', 'secret:', '--api-key=', '?token=', '&password=', ';pwd=', '--client-secret', ' --username=', '--user-name=', 'Password=:param', 'pwd={0}', 'password={0,10}', 'Password=?', 'pwd=%s', "password=''", 'this-is-not-a-real-token', 'This_is_not_a_secret', 'thisisnotarealpassword']) {
    assert.ok(saysNotTheValue(v), v);
  }
  // A chosen password, a random value, marks around no key's name, a value of one quote, `?` without its operator.
  for (const v of ['hunter2', '" + ', '"abc"', '"+"', '--letmein', ':Zq8fG2kL', 'Xk9:', 'bXlQYXNz=', 'a:', '?token', '&password', '--pass-w0rd=', '-secret-', '', '-', ':', '-username=', '--username', 'Password=hunter2', 'x=:p', 'abc=?', 'Password=:', 'this-is-my-token', 'tiger-is-not-a-real-token']) {
    assert.ok(!saysNotTheValue(v), v);
  }
});

test('a literal formatted right after its closing quote', () => {
  // The first literal in the text, and where its closing quote is.
  const first = (text: string) => {
    const open = text.search(/["']/);
    const close = text.indexOf(text[open]!, open + 1);
    return formattedLiteral(text, text.slice(open + 1, close), close);
  };
  for (const text of ['k = "VS%0.f0COMNTOOLS" % version', 'k = "a%sb" %(x,)', 'k = "a%sb" % [x]', 'k = "{0}-{1}".format(a, b)', 'k = "{}x" .format(a)', 'k = "%s:%s".formatted(u, p)']) {
    assert.ok(first(text), text);
  }
  // No conversion or field in it, a comment's `%`, a modulo's `%=`, a method other than format.
  for (const text of ['k = "abc" % x', 'k = "p%40ss"  # 100%', 'k = "p%40ss" %= 3', 'k = "{0}x".upper()', 'k = "p%40ss"', 'k = "abc" || "def"', 'k = "abc" | base64']) {
    assert.ok(!first(text), text);
  }
});

test('a query spliced by concatenation is code between two literals, in each language', () => {
  assertLeaves([
    `String q = "UPDATE users SET password='" + pwd + "' WHERE id=" + id;`,
    `String q = "password=\\"" + pwd + "\\"";`,
    `$q = "UPDATE users SET password='" . $pwd . "' WHERE id=" . $id;`,
    `q = "ALTER USER app PASSWORD '" || new_pwd || "'"`,
    `sql = "UPDATE u SET passwd='" + passwd + "'"`,
  ]);
});

test("the field's name with its marks names the field", () => {
  assertLeaves([
    'password_flag = "--password"',
    'token = "--token="',
    'password_arg = "password="',
    'secret = "secret:"',
    'args += ["--api-key=", key]',
    'url += "&password=" + pwd',
    'password = ":password"',
    'setProperty("password", "--password")',
    'creds = " --username=" + auth',
    'string pwd = "Password=:param";',
    'string pwd = "Password={0}";',
    'String pwd = "pwd=%s";',
  ]);
  // A variable's sigil before the name: Ruby's instance and class variables, T-SQL's parameters.
  assertLeaves(['        http.proxy_pass     = @proxy_pass', 'token = @current_token', '@@secret = @@secret', 'string c = "Server=db;Password=@password;";']);
  // The key's own name in a namespace (Rack's env keys, Java's and Spring's property names).
  assertLeaves(['    SECRET_KEY_BASE = "action_dispatch.secret_key_base"', 'DB_PASSWORD = "app.db.password"', 'private static final String KEYSTORE_PASSWORD = "javax.net.ssl.keystore_password";']);
  assertLeaves(['toolskey = "VS%0.f0COMNTOOLS" % version', 'password = "p%40ss-{0}" % (user,)', 'password = "{0}{1}".format(a, b)']);
});

test('literals in a secret\'s slot stay secrets (the placeholder policy)', () => {
  assertFinds([
    'password = "⟦hunter2⟧"',
    'password = "⟦tiger12⟧"',
    'password = "⟦--letmein⟧"',
    'password = "⟦:Zq8fG2kL⟧"',
    'secret = "⟦Xk9:⟧"',
    `String url = "user=steve&password=⟦blue⟧";`,
    'String q = "password=\'⟦abc" + "def⟧\'";',
    'setProperty("password", "⟦hunter22⟧")',
    'password = "⟦p%40ss⟧"',
    'string pwd = "Password=⟦hunter2⟧";',
    'password = "⟦abc123⟧" % x',
    'echo token="⟦Xk9pQ2mL7rT4⟧" | base64',
    // (A union of literal types reads as trufflehog's test tables do: `token = '…' | '…'`, both secrets.)
    "lob token = '⟦live_0979969b3f6cc23ed67e9b650bfaf64f710⟧' | 'live_0979969b3f6cc23ed67e9b650bfaf64f710'",
    'const password = "⟦hunter2⟧" || fallback;',
    'password = "⟦@hunter2⟧"',
    'password = ⟦@Xk9pQ2mL7rT4⟧',
    'password = "⟦Winter.password⟧"',
    'password = "⟦my.hunter2⟧"',
    'SECRET_KEY_BASE = "⟦prod.9f2a7c41e8b3d605⟧"',
  ]);
});
