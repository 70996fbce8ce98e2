// A value a language or a platform documents as a name, in a secret-named key's slot: a JCA standard algorithm name
// (Signature `<digest>with<encryption>[in<format>]`, `PBEWith<digest>And<encryption>`, `PBKDF2WithHmac<digest>`), a Java
// class literal, a method called on a Ruby constant path. The shapes are those `lookalikeScan --languages` found in the
// JDK's and Ruby's own source (bench/guard/README.md, "Real code in the analysers' languages", twenty-fifth round).
// The placeholder policy's literals, and a password that only starts like a name, stay secrets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentedName } from '../../../src/core/guard/rules/documentedName';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('JCA standard algorithm names in a signature-, key- or password-named slot are left', () => {
  assertLeaves([
    'addWithAlias(p, "Signature", "SHA224withDSA", "sun.security.provider.DSA$SHA224withDSA", attrs);',
    'addA(p, "Signature", "SHA512/256withRSA", "sun.security.rsa.RSASignature$SHA512_256withRSA", attrs);',
    'd(SIG, "SHA3-512withECDSAinP1363Format", P11Signature,',
    'static final String SIGNATURE_SSLRSA = "MD5andSHA1withRSA";',
    'sKey = new PBEKey(pbeKeySpec, "PBEWithMD5AndTripleDES", false);',
    'password = "PBEWithHmacSHA256AndAES_256"',
    'secret_key_factory = "PBKDF2WithHmacSHA256"',
    'signature=SHA256withECDSA',
  ]);
  assertFinds([
    'password = "⟦SHA256withRSA2024⟧"',
    'password = "⟦PBEWithMD5AndHunter2⟧"',
    'password = "⟦letmein⟧"',
    'password = "⟦tiger12⟧"',
  ]);
});

test("a class literal and a method called on a Ruby constant path, bare, are code", () => {
  assertLeaves([
    'XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA3_224, SignatureECDSA.SignatureECDSASHA3_224.class );',
    '# key = OpenSSL::PKey::RSA.new 2048',
    'key2 = OpenSSL::PKey.read File.read "private_key.pem"',
    'token = RDoc::Parser::RipperStateLex::Token.new',
    'blob = Net::SSH::Buffer.new',
  ]);
  assertFinds([
    'password = "⟦Foo::Bar.new⟧"',
    'password = "⟦Hunter2::Xk9pQ2mL7rT4.new⟧"',
    'token = "⟦abc.Def.class⟧"',
  ]);
});

test('documentedName reads the whole value only', () => {
  assert.equal(documentedName('SHA256withRSA', true), true);
  assert.equal(documentedName('xSHA256withRSA', true), false);
  assert.equal(documentedName('SHA256withRSAx', false), false);
  assert.equal(documentedName('Foo.class', true), false);
  assert.equal(documentedName('Foo.class', false), true);
  assert.equal(documentedName('foo.class', false), false);
  assert.equal(documentedName('A::B', false), false);
  assert.equal(documentedName('A::B.new', false), true);
  assert.equal(documentedName('A::B.new', true), false);
});
