// AWS writes every credential in its documentation with the run `EXAMPLE` in it, in the credential's own
// shape: access key ids `AKIAIOSFODNN7EXAMPLE` / `ASIAIOSFODNN7EXAMPLE`, secret keys ending `EXAMPLEKEY`
// (`wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY`), session tokens with `EXAMPLE` inside
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html,
// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html#API_AssumeRole_Examples; the SDKs copy
// them into every example). A key AWS issues is random: seven fixed capitals in it are a chance of ~1e-12.
// Only AWS's shapes: another vendor's token holding `EXAMPLE` is a literal in its slot (Nosey Parker labels a
// Salesforce token so written a secret).

const ACCESS_KEY_ID = /^A[KS]IA[A-Z0-9]{9}EXAMPLE$/;
// (40 characters as AWS issues them; the STS reference's examples print 41: `…bPxRfiCYzEXAMPLEKEY`.)
const SECRET_ACCESS_KEY = /^[A-Za-z0-9+/]{30,31}EXAMPLEKEY$/;
// A session token is base64 of a record whose first bytes AWS fixes (`AQoDYXdz` is "\x01\n\x03aws",
// `IQoJb3JpZ2luX2Vj` "!\n\torigin_ec", `FwoGZXIvYXdz` "\x17\n\x06er/aws").
const SESSION_TOKEN = /^(?:AQo|IQo|FwoG|FQoG)[A-Za-z0-9+/]{40,4000}={0,2}$/;
const SESSION_START = /^(?:AQo|IQo|FwoG|FQoG)/;
const MARK = 'EXAMPLE';

/** `value` is one of AWS's documented example credentials by AWS's own marking. */
export function isAwsExampleCredential(value: string): boolean {
  const n = value.length;
  if (n === 20) return ACCESS_KEY_ID.test(value);
  if (n === 40 || n === 41) return SECRET_ACCESS_KEY.test(value);
  return n >= 44 && SESSION_START.test(value) && value.includes(MARK) && SESSION_TOKEN.test(value);
}
