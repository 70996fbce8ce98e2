import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets, redactSecrets } from '../../../src/core/guard/secretRedactor';

// Each documented value in the setting its vendor shows it in, where the same shape of a real key is redacted.
const documented: readonly { value: string; setting: (v: string) => string }[] = [
  {
    value: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    setting: (v) => `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${v};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
  },
  {
    value: 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
    setting: (v) => `AccountEndpoint=https://localhost:8081/;AccountKey=${v};`,
  },
  { value: 'sk_test_BQokikJOvBiI2HlWgH4olfQ2', setting: (v) => `STRIPE_SECRET_KEY=${v}` },
  { value: '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe', setting: (v) => `RECAPTCHA_SECRET_KEY=${v}` },
  // An RFC's examples, as the RFC or a library's docs show them.
  { value: 'dGhlIHNhbXBsZSBub25jZQ==', setting: (v) => `config.handshakeData = map[string]string{\n\t"key": "${v}",\n}` },
  // RFC 6455 §1.3's accept value, under its key's name as a library's test of it has it: there a value changed
  // in one character is a random value after a key word, which high-entropy takes (Go's x/net writes it
  // `expected := []byte("…")` under `nonce := …`: no key word, so any value there is left since guardentropy).
  { value: 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=', setting: (v) => `got := AcceptKey("dGhlIHNhbXBsZSBub25jZQ==")\n\twant := "${v}"` },
  { value: '2YotnFZFEjr1zCsicMWpAA', setting: (v) => `{\n  "access_token":"${v}",\n  "token_type":"example"\n}` },
  { value: 'tGzv3JOkF0XG5Qx2TlKWIA', setting: (v) => `{\n  "expires_in":3600,\n  "refresh_token":"${v}"\n}` },
  { value: 'czZCaGRSa3F0MzpnWDFmQmF0M2JW', setting: (v) => `CLIENT_CREDENTIALS=${v}` },
  { value: '45ghiukldjahdnhzdauz', setting: (v) => `token=${v}&token_type_hint=refresh_token` },
  // STS's API reference examples, as an SDK's doc comment prints them (aws-sdk-ruby's `aws-sdk-sts/client.rb`).
  { value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY', setting: (v) => `    #       secret_access_key: "${v}", ` },
  { value: '8P+SQvWIuLnKhh8d++jpw0nNmQRBZvNEXAMPLEKEY', setting: (v) => `    #       secret_access_key: "${v}", ` },
  {
    value: 'AQoEXAMPLEH4aoAH0gNCAPyJxz4BlCFFxWNE1OPTgk5TthT+FvwqnKwRcOIfrRh3c/LTo6UDdyJwOOvEVPvLXCrrrUtdnniCEXAMPLE/IvU1dYUg2RVAJBanLiHb4IgRmpRV3zrkuWJOgQs8IZZaIv2BXIa2R4OlgkBN9bkUDNCJiBeb/AXlzBBko7b15fjrBs2+cTQtpZ3CYWFXG8C5zqx37wnOE49mRl/+OtkIKGO7fAE',
    setting: (v) => `    #       session_token: "${v}", `,
  },
  { value: 'amzn1.account.AF6RHO7KZU5XRVQJGXK6HEXAMPLE', setting: (v) => `    #     subject_from_web_identity_token: "${v}", ` },
  { value: 'wOJIO9A2W5mFwDgiDvZbTSMK%2FPY%3D', setting: (v) => `Authorization: OAuth realm="Example", oauth_signature="${v}", oauth_timestamp="137131200"` },
];

/** `v` with the character at `i` replaced by another of its kind (the next digit or letter; `/` and `+`, `-` and `_` swapped). */
function changedAt(v: string, i: number): string {
  const c = v[i]!;
  const swap: Record<string, string> = { '/': '+', '+': '/', '-': '_', _: '-', '=': 'A' };
  let next = swap[c];
  if (next === undefined) {
    const code = c.charCodeAt(0);
    const [base, size] = /\d/.test(c) ? [48, 10] : /[A-Z]/.test(c) ? [65, 26] : [97, 26];
    next = String.fromCharCode(base + ((code - base + 1) % size));
  }
  return v.slice(0, i) + next + v.slice(i + 1);
}

test('a value its vendor publishes as a fixed development or example key is left, in any setting', () => {
  for (const { value, setting } of documented) {
    assert.deepEqual(findSecrets(setting(value)), [], setting(value));
    assert.deepEqual(findSecrets(`SECRET_KEY="${value}"`), [], value);
    assert.deepEqual(findSecrets(`curl https://api.example.com -u ${value}:`), [], value);
  }
});

test('a documented value changed in any one character is redacted', () => {
  for (const { value, setting } of documented) {
    for (let i = 0; i < value.length; i++) {
      const changed = changedAt(value, i);
      assert.notEqual(changed, value);
      assert.ok(!redactSecrets(setting(changed)).text.includes(changed), `kept ${changed} (position ${i})`);
    }
  }
});

test('a documented value made longer or shorter is redacted', () => {
  for (const { value, setting } of documented) {
    for (const other of [`${value}7`, `Q${value}`, value.slice(0, -1)]) {
      assert.ok(!redactSecrets(setting(other)).text.includes(other), `kept ${other}`);
    }
  }
});

test('a documented value beside a real key leaves the real key redacted', () => {
  const real = 'sk_live_4fK9xQ2mV7pL1tR8wB3nZ6hJ';
  const text = `STRIPE_TEST=sk_test_BQokikJOvBiI2HlWgH4olfQ2\nSTRIPE_LIVE=${real}\n`;
  assert.equal(redactSecrets(text).text, 'STRIPE_TEST=sk_test_BQokikJOvBiI2HlWgH4olfQ2\nSTRIPE_LIVE=[REDACTED:stripe-key]\n');
});

test("AWS's documented example keys are left (by the placeholder test's word \"example\")", () => {
  assert.deepEqual(findSecrets('aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n'), []);
});
