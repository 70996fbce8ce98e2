// What the key's own place, or the format a value is written in, says is no value: a negated option's next word,
// an option's argument spelling the option's name (argparse's metavar), a file named for its key (make's
// `target: target.o`), the attribute's name given to `hasattr`, a CSS colour, a digest's or a cipher
// transformation's name, a composite format item in a braced field, a bind parameter or a CVS access method in a
// URL's userinfo, a constant read through its type or negated. The placeholder policy's literals stay secrets.
// bench/guard/README.md, "Real code nobody labelled" (twenty-fourth round).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compositeFormatItem } from '../../../src/core/guard/rules/notTheValue';
import { looksPlaceholder } from '../../../src/core/guard/secretRule';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("an option's own name in its argument's place, and a negated option's next word", () => {
  assertLeaves([
    'Run "azd auth login --client-id clientID --client-secret clientSecret --tenant-id tenantID"',
    'mytool --api-key apiKey',
    'mytool --db-password DbPassword',
    '"Run \\"azd auth login --client-secret clientSecret\\n * --tenant-id tenantID\\""',
    'secretlint --no-maskSecrets disable masking of secret values',
    'use --no-maskSecrets option.',
  ]);
  assertFinds([
    'mytool --password ⟦letmein⟧',
    'mytool --password ⟦tiger12⟧',
    'mytool --client-secret ⟦clientSecretValue⟧',
    'mytool --client-secret=⟦Xk9pQ2mL7rT4vB8n⟧',
    'mytool --token ⟦hunter22⟧ --no-color',
  ]);
});

test('a file named for its key, an attribute name, a colour, a digest, a transformation', () => {
  assertLeaves([
    'git-credential-osxkeychain: git-credential-osxkeychain.o\n\t$(CC) -o $@ $<',
    'credentials: credentials.json',
    '    if not hasattr(token, \'_pp\'):',
    'x = getattr( token, "value")',
    "styles = { Token: '#000080', Comment: '#696969' }",
    '# METHOD can be "trust", "reject", "md5", "password", "scram-sha-256",',
    'password_hash: sha256',
    '# jdk.tls.keyLimits=AES/GCM/NoPadding KeyUpdate 2^37',
    "jsonnet_token = r'[^\\W\\d]\\w*'",
    'password_pattern = "^(?=.*\\d+)\\S{8,}$"',
  ]);
  assertFinds([
    'password = "⟦hunter2.o⟧"',
    // (Seven hex digits: no colour's length.)
    'password = "⟦#0a0b0c1⟧"',
    'x = myhasattr(token, "⟦Xk9pQ2mL7rT4vB8n⟧")',
    'password = "⟦sha256-Xk9pQ2⟧"',
    'password: ⟦md5hunter⟧',
    'secret = "⟦AES/GCM/Xk9pQ2mL7rT4⟧"',
    'password = "⟦p4\\ss-w0rd⟧"',
  ]);
});

test('a composite format item, a bind parameter, a CVS access method', () => {
  for (const v of ['0', '0,10', '1,-5', '0:X8', '2,12:C2']) assert.ok(compositeFormatItem(v), v);
  for (const v of ['hunter2', '0,abc', 'a,10', '0:hunter2', '123']) assert.ok(!compositeFormatItem(v), v);
  assertLeaves([
    'var conn = "Server=x;User Id=u;Password={0,10};";',
    'url = "https://user::pwd@host/x"',
    'and: cvs://:pserver:anoncvs@sources.redhat.com:/cvs/src',
  ]);
  assertFinds([
    'var conn = "Server=x;User Id=u;Password={⟦hunter2⟧};";',
    'url = "https://user::⟦hunter2⟧@host/x"',
    'cvs://:pserver:anoncvs:⟦hunter2⟧@cvs.example.org:/cvs/src',
  ]);
});

test("a constant's name read through its type, or negated", () => {
  for (const v of ['PublicApiId.JIT_V2_SUBMIT_CHALLENGE', 'Config.API_TOKEN', '-PASSTHROUGH_LISTENERS_PER_STREAM']) assert.ok(looksPlaceholder(v), v);
  for (const v of ['Abc.Xk9pQ2mL7rT4', 'config.hunter2', '-hunter2', 'A.B', '--API_TOKEN']) assert.ok(!looksPlaceholder(v), v);
  assertLeaves(['names: ["PublicApiId.JIT_V2_ENROLL_AUTH_METHOD","PublicApiId.JIT_V2_SUBMIT_CHALLENGE"]', 'updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);']);
});
