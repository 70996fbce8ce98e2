// Values a vendor or an RFC publishes as a fixed development or example key, the same in every copy
// of its documentation or emulator: they open nothing of anybody's (gitleaks keeps such allowlists).
// Exact values only: a span that differs by one character, or holds more than the value, stays
// redacted. (A value merely holding the word "example" is not one: `dckr_pat_Example1234…` is a token's shape.)
const DOCUMENTED_PUBLIC_VALUES: readonly string[] = [
  // AWS's example access keys, as its docs print them in every credentials file and CLI example:
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html,
  // https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'AKIAI44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  // The credentials STS's API reference prints in its examples (AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity,
  // GetFederationToken, GetSessionToken: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html#API_AssumeRole_Examples
  // and its siblings), from the service model's examples every AWS SDK generates its doc comments from (aws-sdk-ruby's
  // `aws-sdk-sts/client.rb`, boto3's and the JavaScript SDK's references): each marked `EXAMPLE` in its own shape.
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
  '8P+SQvWIuLnKhh8d++jpw0nNmQRBZvNEXAMPLEKEY',
  'AQoDYXdzEE0a8ANXXXXXXXXNO1ewxE5TijQyp+IEXAMPLE',
  'AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==',
  'IQoJb3JpZ2luX2VjEOz////////////////////wEXAMPLEtMSJHMEUCIDoKK3JH9uGQE1z0sINr5M4jk+Na8KHDcCYRVjJCZEvOAiEA3OvJGtw1EcViOleS2vhs8VdCKFJQWPQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==',
  'AQoEXAMPLEH4aoAH0gNCAPyJxz4BlCFFxWNE1OPTgk5TthT+FvwqnKwRcOIfrRh3c/LTo6UDdyJwOOvEVPvLXCrrrUtdnniCEXAMPLE/IvU1dYUg2RVAJBanLiHb4IgRmpRV3zrkuWJOgQs8IZZaIv2BXIa2R4OlgkBN9bkUDNCJiBeb/AXlzBBko7b15fjrBs2+cTQtpZ3CYWFXG8C5zqx37wnOE49mRl/+OtkIKGO7fAE',
  // (And the web identity its AssumeRoleWithWebIdentity example names: an account's id, in a token's key.)
  'amzn1.account.AF6RHO7KZU5XRVQJGXK6HEXAMPLE',
  // Azurite's (and the legacy Azure Storage Emulator's) account key of `devstoreaccount1`, "well-known
  // storage account and key": https://learn.microsoft.com/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  // The Azure Cosmos DB emulator's "well-known key" (it cannot be regenerated):
  // https://learn.microsoft.com/azure/cosmos-db/emulator
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
  // Stripe's API reference: "A sample test API key is included in all the examples here":
  // https://docs.stripe.com/api/authentication
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  // reCAPTCHA v2's test secret key ("all verification requests will pass"; its site key is public anyway):
  // https://developers.google.com/recaptcha/docs/faq#id-like-to-run-automated-tests-with-recaptcha.-what-should-i-do
  '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe',
  // The examples an RFC prints, copied into every library that implements it and every test of one.
  // RFC 6455 §1.3, the WebSocket handshake: the client's nonce and the server's SHA-1 answer.
  'dGhlIHNhbXBsZSBub25jZQ==',
  's3pPLMBiTxaQ9kYGzzhZRbK+xOo=',
  // RFC 6749 (OAuth 2.0): §4.1.2's code, §4.1.3's Basic client credentials (s6BhdRkqt3:gX1fBat3bV),
  // §4.1.4/§5.1's access and refresh tokens, §7.1's MAC token id.
  'SplxlOBeZQQYbYS6WxSbIA',
  'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'h480djs93hd8',
  // (Not RFC 6750 §2.1's bearer token `mF_9.B5f-4.1JqM`: Nosey Parker's tests label it a secret, and the
  // rule of this list was kept only if no tune item changed.)
  // RFC 7009 §2.1 and §4.1, tokens revoked in its examples.
  '45ghiukldjahdnhzdauz',
  'agabcdefddddafdd',
  // RFC 5849 (OAuth 1.0) §3.5.1's Authorization header: consumer key, token and signature.
  '0685bd9184jfhq22',
  'ad180jjd733klru7',
  'wOJIO9A2W5mFwDgiDvZbTSMK%2FPY%3D',
];

// By length, so that a span of any other length (a dense file's every span) is passed over without a comparison.
const byLength: (readonly string[] | undefined)[] = [];
for (const value of DOCUMENTED_PUBLIC_VALUES) byLength[value.length] = [...(byLength[value.length] ?? []), value];

// (Rising, so a span is compared with the lengths shorter than itself only: a dense file's short spans with none.)
const lengths = [...new Set(DOCUMENTED_PUBLIC_VALUES.map((v) => v.length))].sort((a, b) => a - b);

/**
 * Whether `text` from `start` to `end` is one of the documented public values: exactly, in the quotes a
 * rule took with it (`"AKIAIOSFODNN7EXAMPLE"`), or as the password of a `user:password` pair it took whole.
 */
export function isDocumentedPublicValue(text: string, start: number, end: number): boolean {
  if (exactly(text, start, end)) return true;
  const q = text.charCodeAt(start);
  if ((q === 34 || q === 39) && text.charCodeAt(end - 1) === q && exactly(text, start + 1, end - 1)) return true;
  for (const length of lengths) {
    if (end - start <= length) break;
    if (text.charCodeAt(end - length - 1) === 58 && exactly(text, end - length, end)) return true;
  }
  return false;
}

function exactly(text: string, start: number, end: number): boolean {
  const candidates = byLength[end - start];
  return candidates !== undefined && candidates.some((value) => text.startsWith(value, start));
}
