import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breaksIssuedFormat, breaksKeyedFormat } from '../../../src/core/guard/rules/issuedTokenFormats';
import { assertFinds, assertLeaves } from './redactionAsserts';

// Per vendor touched: tokens in its documented format are redacted; the same with a character off
// the format (a length, the alphabet) is its detector's negative and left where only its shape would
// have named it; in a secret-named assignment it is still a secret. (Random values, not a corpus's.)
test('Slack: two fields after the prefix at least', () => {
  assertFinds([
    "slack token - '⟦xoxb-02248326165-7838087940875-OZgjh3dwLWSbA7yuHQhjt9ZA⟧'",
    'see ⟦xoxp-02248326165-7838087940875-1234567890-44ab24918b1ec33281b7e1958ec9ab02⟧ in the log',
  ]);
  assertLeaves(["slack token - 'xoxb-02248326165?7838087940875u'"]);
  assertFinds(['SLACK_BOT_TOKEN=⟦xoxb-02248326165?7838087940875u⟧']);
});

test('Ramp: ramp_id_ and 40, ramp_sec_ and 48 letters and digits', () => {
  assertFinds([
    "ramp token - '⟦ramp_id_UFawfnXlgH1JnxlJPv4bxOe5Lxl5S8yLaDGJ9zma⟧'",
    "ramp token - '⟦ramp_sec_Ks5rYkFcKTmfb729qKLmymMIXoiaSXedCpoEPrNFk7Xa7Vo0⟧'",
  ]);
  assertLeaves([
    "ramp token - 'ramp_id_UFawfnXlgH1JnxlJPv4b?Oe5Lxl5S8yLaDGJ9zma'",
    "ramp token - 'ramp_sec_Ks5rYkFcKTmfb729qKLmymM?XoiaSXedCpoEPrNFk7Xa7Vo0'",
  ]);
  assertFinds(['RAMP_CLIENT_SECRET=⟦ramp_sec_Ks5rYkFcKTmfb729qKLmymM?XoiaSXedCpoEPrNFk7Xa7Vo0⟧']);
});

test('Klaviyo: pk_ and 34 lower-case hex digits, or pk_, 6 characters, _, 34 hex digits', () => {
  assertFinds([
    "klaviyo token = '⟦pk_b5a57313b41f970876d87d87551d3ca99e⟧'",
    "klaviyo token = '⟦pk_csK6nW_b5a57313b41f970876d87d87551d3ca99e⟧'",
  ]);
  assertLeaves(["klaviyo = 'pk_23dcbd8dedb2fad0a24975e06fb62da0c'"]);
});

test('Klipfolio: 40 hex digits', () => {
  assertFinds(["klipfolio token = '⟦e65317daf02137918ceff902831287ab4580dcf8⟧'"]);
  assertLeaves(["klipfolio = '1f61821129204b8eecdb1a2a2cc1bf0bb816766'"]);
  assertFinds(['KLIPFOLIO_API_KEY=⟦1f61821129204b8eecdb1a2a2cc1bf0bb816766⟧']);
});

test('Amplitude: 32 hex digits', () => {
  assertFinds(['amplitude: ⟦44ab24918b1ec33281b7e1958ec9ab02⟧']);
  assertLeaves(['amplitude: 44ab24918b1ec33281q7e1958ec9ab02']);
});

test('Alibaba: LTAI and at most 20 letters and digits', () => {
  assertFinds(['Using ID=⟦LTAI1gaSq8R5XjvchrNzJs39⟧']);
  assertLeaves(['Using ID=LTAI7zx9OWiFX20ghTORhtDP4WPB']);
});

test('a vendor prefix on a body its format does not allow', () => {
  assert.equal(breaksIssuedFormat('ghp_92Dy499MEXgNuvC9ghhkrgVUQktwFRBGy79Z'), false);
  assert.equal(breaksIssuedFormat('ghp_L7N0Y3hy8gcJIac4gZltdj3zJ96YS3SoQrFHEIf1'), true);
  assert.equal(breaksIssuedFormat('LTAI7zx9OWiFX20ghTORhtDP4WPB'), true);
  assert.equal(breaksIssuedFormat('LTAI1gaSq8R5XjvchrNzJs39'), false);
  assertLeaves(['hint: "ghp_L7N0Y3hy8gcJIac4gZltdj3zJ96YS3SoQrFHEIf1"']);
  // Prefixes several issuers share are no one vendor's: `sk-` is OpenAI's and DeepSeek's, `key-` Mailgun's and a word.
  assert.equal(breaksIssuedFormat('sk-L7N0Y3hy8gcJIac4gZltdj3zJ96YS3SoQrFHEIf1'), false);
  assert.equal(breaksIssuedFormat('key-L7N0Y3hy8gcJIac4gZltdj3zJ96YS3SoQrFHEIf1'), false);
  // …so the issuer-prefixed family judges those tokens as any issuer's (it passed them over before the table was shared).
  assertFinds(['run with ⟦sk-L7N0Y3hy8gcJIac4gZltdj3zJ96YS3SoQrFHEIf1⟧ now', 'see ⟦api-L7N0Y3hy8gcJIac4gZltdj3zJ96YS3SoQrFHEIf1⟧ here']);
  // A prefix's case is the vendor's: `Ltai…` is no Alibaba key id.
  assert.equal(breaksIssuedFormat('Ltai7zx9OWiFX20ghTORhtDP4WPB'), false);
});

test('a vendor name whose key formats are documented', () => {
  const text = 'klipfolio = ';
  assert.equal(breaksKeyedFormat(text, 'klipfolio'.length, 'e65317daf02137918ceff902831287ab4580dcf8'), false);
  assert.equal(breaksKeyedFormat(text, 'klipfolio'.length, '1f61821129204b8eecdb1a2a2cc1bf0bb816766'), true);
  // A vendor not in the table: no format to break.
  assert.equal(breaksKeyedFormat('datadog = ', 'datadog'.length, '1f61821129204b8eecdb1a2a2cc1bf0bb816766'), false);
});
