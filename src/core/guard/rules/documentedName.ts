// A value a language or a platform documents as a name, read in a secret-named key's slot (bench/guard/README.md,
// "Real code in the analysers' languages nobody labelled", twenty-fifth round):
// - a JCA standard algorithm name (Java Security Standard Algorithm Names: a Signature is `<digest>with<encryption>`,
//   `<digest>with<encryption>in<format>` or `MD5andSHA1withRSA`; a PBE cipher `PBEWith<digest>And<encryption>`, a
//   key derivation `PBKDF2WithHmac<digest>`): the algorithm a provider registers or a key is made with, not a key;
// - a class literal, `Type.class` (JLS §15.8.2; a type's name capitalised, JLS §6.1), bare: a type, not a value;
// - a method called on a constant path, `A::B.new` (`OpenSSL::PKey::RSA.new`), bare: Ruby's scope resolution operator
//   between constants (Ruby's "Constants") and a call (its "Calling Methods"): code.
// A chosen password is none of these (`SHA256withRSA2024`, `"Foo::Bar.new"` in quotes, `Abc::Def`, `hunter2.class` stay secrets).

const DIGEST = '(?:NONE|MD2|MD5|MD5andSHA1|SHA1|SHA224|SHA256|SHA384|SHA512|SHA512/224|SHA512/256|SHA3-224|SHA3-256|SHA3-384|SHA3-512)';
const SIGNATURE_NAME = new RegExp(`^${DIGEST}with(?:RSA|DSA|ECDSA|ECNR|RSASSA-PSS)(?:inP1363Format)?$`);
const PBE_NAME = /^PBE[Ww]ith(?:MD5|SHA1|Hmac(?:SHA1|SHA224|SHA256|SHA384|SHA512|SHA512\/224|SHA512\/256))[Aa]nd(?:DES|DESede|TripleDES|RC2_40|RC2_128|RC4_40|RC4_128|AES_128|AES_256)$/;
const KDF_NAME = /^PBKDF2WithHmac(?:SHA1|SHA224|SHA256|SHA384|SHA512|SHA512\/224|SHA512\/256)$/;
// (No part can run into the next: each `.` or `::` separator is a character the parts do not hold.)
const CLASS_LITERAL = /^(?:[A-Za-z_$][\w$]{0,63}\.){0,8}[A-Z][\w$]{0,63}\.class$/;
const CONSTANT_PATH = /^[A-Z]\w{0,63}(?:::[A-Z]\w{0,63}){1,8}\.[a-z_]\w{0,63}[?!]?$/;

/** `value` as read after a secret-named key, `quoted` when it was a string literal (an algorithm's name is one either way). */
export function documentedName(value: string, quoted: boolean): boolean {
  const first = value.charCodeAt(0);
  // (Each expression asked only where a character it cannot match without is there: most values taken are none.)
  if (value.indexOf('with') !== -1 && SIGNATURE_NAME.test(value)) return true;
  if (first === 80 && (PBE_NAME.test(value) || KDF_NAME.test(value))) return true;
  if (quoted) return false;
  if (value.endsWith('.class')) return CLASS_LITERAL.test(value);
  return value.indexOf('::') !== -1 && CONSTANT_PATH.test(value);
}
