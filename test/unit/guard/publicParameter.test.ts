import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets } from '../../../src/core/guard/secretRedactor';
import { isPublicParameter } from '../../../src/core/guard/publicParameter';

function taken(text: string): string[] {
  return findSecrets(text).map((s) => text.slice(s.start, s.end));
}

/** Whether the span of `value` in `text` is a public parameter. */
function isPublic(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return isPublicParameter(text, at, at + value.length);
}

// An OAuth client's id and a PKCE challenge, as docs and configs give them (trufflehog's okta negative,
// oauthlib's docs, RFC 7636 appendix B's challenge): left.
const published: readonly [string, string][] = [
  ["okta domain - 'a254u0kjk-y64jh762weozo374t.okta.com'\nokta client_id - '0obkDa9U4UqGWlG6g3Ot'\n", '0obkDa9U4UqGWlG6g3Ot'],
  ['https://example.com?client_id=your_id&response_type=code&code_challenge=kjasBS523KdkAILD2k78NdcJSk2k3KHG6&code_challenge_method=S256', 'kjasBS523KdkAILD2k78NdcJSk2k3KHG6'],
  ["client.prepare_request_uri('https://example.com', code_challenge='E9Melhoa2OwvFrEMTJguCQHJvLxfEpHHfdbq5cd6Rzs')", 'E9Melhoa2OwvFrEMTJguCQHJvLxfEpHHfdbq5cd6Rzs'],
  ['{"clientId": "0oa1x9Qm2Lp8Rt4Vb7N5", "redirectUri": "https://app.example/callback"}', '0oa1x9Qm2Lp8Rt4Vb7N5'],
  ['OKTA_CLIENT_ID=0oa1x9Qm2Lp8Rt4Vb7N5', '0oa1x9Qm2Lp8Rt4Vb7N5'],
  // A tenant's domain (Auth0's quickstart .env; `AUTH0` is the vendor, not an `auth` credential).
  ['AUTH0_DOMAIN=dev-x7q9m2lp8rt4.us.auth0.com', 'dev-x7q9m2lp8rt4.us.auth0.com'],
  ['auth0_domain: "dev-x7q9m2lp8rt4.us.auth0.com"', 'dev-x7q9m2lp8rt4.us.auth0.com'],
];

test('the value of a key naming an OAuth client id or a PKCE challenge (RFC 6749 §2.2, RFC 7636 §4.3), a host name given to a domain: left', () => {
  for (const [text, value] of published) {
    assert.ok(isPublic(text, value), text);
    assert.ok(!taken(text).includes(value), text);
  }
});

// Beside them, the secrets stay: the client's secret, the PKCE verifier, a client id glued to its
// password by `:` (a user and a password), a value holding more than an identifier.
const secrets: readonly [string, string][] = [
  ["okta client_id - '0obkDa9U4UqGWlG6g3Ot'\nclient_secret: 'OhbVrpoiVgRV5IfLBcbfnoGMbJmTPSIAoCLrZ3a1'\n", 'OhbVrpoiVgRV5IfLBcbfnoGMbJmTPSIAoCLrZ3a1'],
  ['token_request(code_verifier="dBjftJeZ4CVP-mB92K27uhbUJU8bDBa2iGx0o5zz")', 'dBjftJeZ4CVP-mB92K27uhbUJU8bDBa2iGx0o5zz'],
  ['curl -u CLIENT_ID:Zx9Qm2Lp8Rt4Vb7N5kW3 https://auth.example/token', 'Zx9Qm2Lp8Rt4Vb7N5kW3'],
  ['client_id_secret = "Zx9Qm2Lp8Rt4Vb7N5kW3"', 'Zx9Qm2Lp8Rt4Vb7N5kW3'],
  // Given to an address's key, what is no host name (capitals, no top-level domain) is judged as any value.
  ['AUTH0_DOMAIN=Zx9Qm2Lp8Rt4Vb7N5kW3', 'Zx9Qm2Lp8Rt4Vb7N5kW3'],
  ['auth0_domain: "x7q9m2lp8rt4.Zx9Qm2Lp8Rt4Vb7N"', 'x7q9m2lp8rt4.Zx9Qm2Lp8Rt4Vb7N'],
];

test('a secret beside a public parameter, or glued to a client id as its password, stays redacted', () => {
  for (const [text, secret] of secrets) {
    assert.ok(!isPublic(text, secret), text);
    assert.ok(taken(text).some((s) => s.includes(secret)), text);
  }
});

test("a client id a vendor issues under its own prefix is its vendor rule's: Ramp's stays redacted", () => {
  const text = 'RAMP_CLIENT_ID=ramp_id_UFawfnXlgH1JnxlJPv4bxOe5Lxl5S8yLaDGJ9zma';
  assert.ok(!isPublic(text, 'ramp_id_UFawfnXlgH1JnxlJPv4bxOe5Lxl5S8yLaDGJ9zma'));
  assert.deepEqual(taken(text), ['ramp_id_UFawfnXlgH1JnxlJPv4bxOe5Lxl5S8yLaDGJ9zma']);
});

test('a host name is read label by label: lower-case labels joined by dots, the last a top-level domain', () => {
  const hosts = ['dev-x7q9m2lp8rt4.us.auth0.com', 'a254u0kjk-y64jh762weozo374t.okta.com', 'db.internal.example'];
  const others = ['x7q9m2lp8rt4', 'dev-.auth0.com', 'a..com', 'dev.x7q9m2lp8rt4.c0m', 'Dev.auth0.com', 'dev.auth0.com.', `${'a'.repeat(64)}.com`, 'dev.auth0.c'];
  for (const host of hosts) assert.ok(isPublic(`HOST=${host}`, host), host);
  for (const other of others) assert.ok(!isPublic(`HOST=${other}`, other), other);
});
