import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { userinfoPassword } from '../../../src/core/guard/rules/userinfoPassword';

/** The password userinfoPassword reads after the text's first `://`, or undefined. */
function read(text: string): string | undefined {
  const at = text.indexOf('://');
  const span = userinfoPassword(text, at + 3, text.charCodeAt(text.search(/[A-Za-z][A-Za-z0-9+.-]*:\/\//) - 1));
  return span && text.slice(span[0], span[1]);
}

test('userinfo password: RFC 3986 sub-delims and an @ of its own, to the last @ a host follows', () => {
  assert.equal(read("postgresql://app:GE0U'xt23LUS&0@db.example.com:5432/shop"), "GE0U'xt23LUS&0");
  assert.equal(read('mongodb://admin:hr,Mi@kAMf,uF5@m1.example.com:27017,m2.example.com:27017/?replicaSet=rs0'), 'hr,Mi@kAMf,uF5');
  assert.equal(read("redis://:a;b'c(d)x@cache.example.com:6379/0"), "a;b'c(d)x");
  // libpq's socket directory: an empty host before the path.
  assert.equal(read("postgresql://app:it's,ok@/shop?host=/run/postgresql"), "it's,ok");
  assert.equal(read("amqp://app:x!y'z@[2001:db8::1]:5672/vhost"), "x!y'z");
});

test("userinfo password: not past a '/' or '?', nor the quote that opened the URL", () => {
  assert.equal(read("postgresql://app:ab/c'd@db.example.com/shop"), undefined);
  assert.equal(read('https://app:x,y?z@host/'), undefined);
  assert.equal(read("url = 'https://app:' + pw + '@db.example.com/shop'"), undefined);
  assert.equal(read(`url = "https://app:it's@db.example.com/shop"`), "it's");
});

test('userinfo password: a port then a path, JDBC properties or the next host, and IPv6 literals are not one', () => {
  assert.equal(read('http://localhost:8080/users/@me/settings'), undefined);
  assert.equal(read('jdbc:sqlserver://db.example.com:1433;databaseName=shop;x=a@b'), undefined);
  assert.equal(read('mongodb://m1:27017,m2:27017@x/'), undefined);
  assert.equal(read("curl http://[2001:db8::1]:8080,'@x"), undefined);
  assert.equal(read('ssh://git@github.com/acme/widgets.git'), undefined);
  assert.equal(read("https://app:x'@@-@.@[@!@'@,@;@("), undefined);
});

test('url credentials: the symbol password is redacted with its user, the host and path kept', () => {
  const text = "DATABASE_URL=postgresql://app:GE0U'xt23LUS&0@db.example.com:5432/shop?sslmode=require\n";
  assert.equal(redactSecrets(text).text, 'DATABASE_URL=postgresql://[REDACTED:url-credentials]@db.example.com:5432/shop?sslmode=require\n');
  for (const left of ["DATABASE_URL=postgresql://app:${DB_PASSWORD}@db.example.com/shop\n", "u = f\"postgresql://{user}:{pw}'@{host}/db\"\n", "DATABASE_URL=postgresql://app:app@db.example.com/shop\n"]) {
    assert.equal(redactSecrets(left).count, 0, left);
  }
});

test('userinfo password: linear on 200 KB of @s after a user', () => {
  const text = `a://u:${"x'@".repeat(70_000)}`;
  const started = performance.now();
  redactSecrets(text);
  assert.ok(performance.now() - started < 2000);
});
