// A literal wrapped in calls that only convert it (to bytes, to another string type, into a secret-holding type) is read
// as the literal, by the assignment rule and by the call-argument rules alike (convertedLiteral.ts): each form is its
// language's or library's documented conversion. Examples written for this test, each with look-alikes of the same
// wrappers: a name, a lookup, a hash, a placeholder, a word for the slot inside them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFinds, assertLeaves } from './redactionAsserts';
import { convertedLiteral } from '../../../src/core/guard/rules/convertedLiteral';

test("Python's bytes() and bytearray() of a literal with its encoding, pydantic's SecretBytes of a bytes literal", () => {
  assertFinds([
    'SECRET_KEY = bytes("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧", "utf-8")',
    "password = bytes('⟦Pl4nk-wood9⟧', encoding='utf-8')",
    'password = bytearray("⟦Pl4nk-wood9⟧", "utf-8")',
    'api_key: SecretBytes = SecretBytes(b"⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧")',
  ]);
  assertLeaves([
    'SECRET_KEY = bytes(os.environ["SECRET_KEY"], "utf-8")',
    'password = bytes(len(x))',
    'password = bytes("${DB_PASSWORD}", "utf-8")',
    'api_key = SecretBytes(b"your-api-key")',
    'key = bytes("Content-Type", "ascii")',
  ]);
});

test("Rust's secrecy types around a literal converted once more (SecretString::new(\"…\".into()), SecretBox::new(Box::new(…)))", () => {
  assertFinds([
    'let api_token = SecretString::new("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧".into());',
    'let password = SecretString::from("⟦Pl4nk-wood9⟧".to_string());',
    'let password = SecretBox::new(Box::new("⟦Pl4nk-wood9⟧".to_string()));',
    'let password = Secret::new("⟦Pl4nk-wood9⟧".to_owned());',
    'let password = SecretString::new(String::from("⟦Pl4nk-wood9⟧"));',
  ]);
  assertLeaves([
    'let password = SecretString::new(env::var("DB_PASSWORD")?.into());',
    'let password = SecretBox::new(Box::new(read_password()?));',
    'let password = SecretString::from("Password: ".to_string());',
    'let password = SecretString::new(hash("Pl4nk-wood9").into());',
  ]);
});

test("Swift's Data(\"…\".utf8) is the literal's UTF-8 bytes", () => {
  assertFinds(['let secretKey = Data("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧".utf8)']);
  assertLeaves(['let secretKey = Data(base64Encoded: encoded)', 'let secretKey = Data(secretString.utf8)', 'let secretKey = Data("<your-secret-key>".utf8)', 'let key = Data("Content-Type".utf8)']);
});

test('a call argument is read through the same conversions: Buffer.from, []byte, bytes(), TextEncoder, SecretStr', () => {
  assertFinds([
    'const token = jwt.sign({ sub: user.id }, Buffer.from("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"), { algorithm: "HS256" });',
    'const mac = crypto.createHmac("sha256", Buffer.from("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧", "utf8"));',
    'mac = hmac.new(bytes("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧", "utf-8"), msg, hashlib.sha256)',
    'token = jwt.encode(payload, SecretStr("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧").get_secret_value(), algorithm="HS256")',
    'tokenString, err := token.SignedString([]byte("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"))',
    'const verified = jwt.verify(token, new TextEncoder().encode("⟦Zx9Qm2Lp8Rt4Vw6Yb1⟧"));',
  ]);
  assertLeaves([
    'const token = jwt.sign(payload, Buffer.from(process.env.JWT_SECRET, "base64"));',
    'const mac = crypto.createHmac("sha256", Buffer.from(secret));',
    'mac = hmac.new(bytes(key, "utf-8"), msg, hashlib.sha256)',
    'token = jwt.encode(payload, SecretStr(settings.jwt_secret).get_secret_value(), algorithm="HS256")',
    'tokenString, err := token.SignedString([]byte(os.Getenv("JWT_SECRET")))',
    'const token = jwt.sign(payload, Buffer.from("xxx"));',
  ]);
});

test('only a conversion is read through: another call, a hash or a lookup around the literal is not', () => {
  assertLeaves([
    'password = sha256("Pl4nk-wood9")',
    'secret = hashlib.sha256(b"Zx9Qm2Lp8Rt4Vw6Yb1").hexdigest()',
    'const token = jwt.sign(payload, getSecret("Zx9Qm2Lp8Rt4Vw6Yb1"));',
    'jwtKey := []byte(os.Getenv("JWT_KEY"))',
  ]);
});

test('convertedLiteral reads at most two conversions deep, the literal inside', () => {
  const text = 'x = SecretBox::new(Box::new("Pl4nk-wood9".to_string()))';
  const start = text.indexOf('SecretBox');
  assert.deepEqual(convertedLiteral(text, start, text.indexOf('(')), { start: text.indexOf('Pl4nk'), end: text.indexOf('Pl4nk') + 'Pl4nk-wood9'.length });
  const deeper = 'x = SecretBox::new(Box::new(String::from("Pl4nk-wood9")))';
  assert.equal(convertedLiteral(deeper, deeper.indexOf('SecretBox'), deeper.indexOf('(')), undefined);
  const other = 'x = derive("Pl4nk-wood9")';
  assert.equal(convertedLiteral(other, other.indexOf('derive'), other.indexOf('(')), undefined);
});
