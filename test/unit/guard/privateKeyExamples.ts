// Examples for private keys in containers other than PEM, written for this test (random bodies,
// made once), marked ⟦like this⟧; the look-alikes are the same containers' public parts.
import type { RuleExamples } from './ruleExamples';

export const privateKeyExamples: Readonly<Record<string, RuleExamples>> = {
  // Keys made for this test (random 32 bytes, Base58Check by the Bitcoin wiki's steps): main and test network,
  // uncompressed (51 characters) and compressed (52), with no key word, in a JSON string after an escape.
  'bitcoin-wif-private-key': {
    secrets: [
      'wif = "⟦5KDrpPhs7cGqp853XsUyV6m8LMEtVd25z3MwwB2RU1gJXJqda4j⟧"',
      'bitcoin-cli importprivkey ⟦KzC9ygUMs1o5n8SQpFXwK8nxUX4NC8MTTKX9WPe5B4uDpLF5gENJ⟧ "savings"',
      '{"keys": "a\\n⟦cUf4vPHByjQXmPCEuxrUrJsBXn9oCDWrb7NAHGQ9EF1bNC1gANHE⟧"}',
      'testnet: ⟦93Bs711bUSQ8QoeWhCn7knRUiDb2cgpJWSQuPmajGkkTBbB4eNi⟧',
    ],
    clean: [
      // One character changed: the checksum fails.
      'wif = "5KDrpPhs7cGqp853XsUyV6m8LMEtVd25z3MwwB2RU1gJXJqda4k"',
      // A random base58 string of a WIF key's shape, and one a character longer than a compressed key.
      'id = "5Jq8Xw3mZr7Tn2Vb9Kp4Lc6Hd1Fg5Sy8Qe3Ra7Ub2Wn6Mx9Yt4Pk"',
      'KzC9ygUMs1o5n8SQpFXwK8nxUX4NC8MTTKX9WPe5B4uDpLF5gENJa',
      // A Bitcoin address is public (version 0x00), and so shorter.
      'pay to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
    ],
  },
  // Twenty-eighth round: binary containers in base64 with no armor, each opening with its format's fixed bytes
  // (encodedKeyStructure.ts); bodies random, made once for this test. The look-alikes: a public key, a
  // certificate request, a truststore and the openings alone in prose.
  'encoded-private-key': {
    secrets: [
      'ED25519_SIGNING_KEY=⟦MC4CAQAwBQYDK2VwBCIEID4DmV5fn3Qg9ZZ71ZMi3WIuoCdP6DrRnD+5MCi9ofCN⟧',
      '⟦MHcCAQEEIDKv82Phe5oUawwaGwmD9kE9vbRkQWvS55h9S4Us7bj6oAoGCCqGSM49AwEHoUQDQgAEESA6eo+n2p2dEkc26uo0vwQRRGlyPw8LLUheh5L5IRdcI+Rz+1Sou7CFlfIjlwjsBHnpW7NP9ggFmaITexG7Tw==⟧',
      'String der = "⟦MIICXAIBAAKBgQBRIv8SE3OLXrwL5u+8vLQhy/bqV1oVr3nmE9/bavHKB91/kgOfqWFhlQObEhQXox3+QeFqulRj77yxlHVwdtaKFYTAgwdPmRZ7BTr1shx/x52o63xB5QJeTSQ=⟧";',
      '  signing: ⟦MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCtnDOEK8DnV6jucX/kPVNnqkAyom7NzsHqM+E2YjiV61E1IiJ/Wdbl2Qq2EPP6RtIrHHN4Ruw21GlhoIU=⟧',
      '{"pfx": "a\\n⟦MIIKagIBAzCCfqxQt9bX+59zUhPUCEffmwqttUeSWk+mypAEpCJndDAGxNREPMckywz7oR1yG6GJp6POXvUTrzIz0nlB⟧"}',
      'echo ⟦b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABLbYCwXiItgktOUXHWIqy8oWAnf/BKGTZyrPnORZp7uS4YyFzdDKg4w==⟧ | base64 -d',
      'keystore.jks: ⟦/u3+7QAAAAIAAAABAAAAAei32wRZgRUJcFeMa8RGfOsHN8/eEG3MCCyIVa/J6iN4Jv+E5rmE160=⟧',
      '⟦PT0gZWQyNTUxOXYxLXNlY3JldDogdHlwZTAgPT0AAABRGzFrngfsQiGzx/oFCTEnOgOvSFK5Wj6efxp/u5Uf2oKfQLcys4fgbwVgomnTh50=⟧',
      // Wrapped as `base64` writes it, the last line short with its padding; the word on the line after stays.
      'pfx := `⟦MIIJzgIBAzCCCZQGCSqGSIb3DQEHAaCCCYUEggmBMIIJfTCCA/cGCSqGSIb3DQEHBqCCA+gwggPk\n\tAgEAMIID3QYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQIR/Z2ZWq3Tc4CAggAgIIDsE0r\n\tZm8=⟧`\nConnectionStringFoo',
    ],
    clean: [
      // An Ed25519 public key (SPKI) and a certificate request: a SEQUENCE first, no version.
      'ED25519_PUBLIC_KEY=MCowBQYDK2VwAyEAsHDy4X6U8rAWwjhwho9K1LqPoyqFg9foj0FPq2H02N4=',
      'csr: MIICijCCAXICAQDmnDVN2ST3i4ZFkn8zaYkdgAGaYAeJ+AuE6maLzf2QH30XsCoQ7ol1aev0zOxnRD95fiBWb+bQ7+breYY=',
      // A truststore: its first entry a trusted certificate.
      'truststore.jks: /u3+7QAAAAIAAAABAAAAAugBYIyRp+GAy9HxV3ZTpvs0Gbjd0cyk7LcfNj7mY/sW+k+J+sruUkM=',
      // An opening inside a longer base64 run, and the openings alone.
      'the tail Xk29fLm3pQ8zR4tV+MC4CAQAwBQYDK2VwBCIEID4DmV5fn3Qg9ZZ71ZMi3WIuoCdP6DrRnD+5MCi9ofCN',
      'a PKCS#8 key in base64 starts MIIEvQIBADANBgkqhkiG9w0BAQEFAASC, an OpenSSH one b3BlbnNzaC1rZXktdjE',
    ],
  },
  // Keys made for this test by BIP-0032's serialization (random chain code and key, Base58Check).
  'bip32-extended-private-key': {
    secrets: [
      'xprv = "⟦xprv9s21ZrQH143K3DGFHW6BLSAUQiUprPrDx4N7z5mNRRhbu2xPPWEgpG7CK9AgsexXyACzC31nfEsy5E3e2E1i3CwEY3AgmFVtJKVoAXEqqMC⟧"',
      'descriptor: wpkh(⟦tprv8gGWHdFYCTvW1TLoEQ8C54mqeDAHL27k6aVVNcS599PA1aBPXmmV2b9MrxkisTAyPRWhHmAb3ArEMApEACQTCTcDmhsyXNxBEBq9oPqYTBc⟧/84h/1h/0h/0/*)',
    ],
    clean: [
      // The extended public key, and the private one with a character changed: its checksum fails.
      'xpub661MyMwAqRbcEnsi6ao2ZA4LUS3GdvuKmQQYBN5xrGifP1UKp8Mrw2asDVnM8MT9TdPoDyg834rFShRc1ESsV2rTL9SsQSoKshFJU57YBDP',
      'xprv9s21ZrQH143K3DGFHW6BLSAUQiUprPrDx4N7z5mNRRhbu2xPPWEgpG7CK9AgsexXyACzC31nfEsy5E3e2E1i3CwEY3AgmFVtJKVoAXEqqMD',
    ],
  },
  'signify-secret-key': {
    secrets: [
      'untrusted comment: minisign encrypted secret key\n⟦RWRTY0IyKIk03aGIozeHN9mKnJbbIjvqvaDPWOcuUJpQ5OwxN8f/MeMYIuM9IboWQmMYb9Xwa4vKtCAzZ6CvzAQYM5GuW+nS91wdtIGiwleA/6/VMM0SexsGCcONnYPnkXslMC8dNCzXKA==⟧',
      'untrusted comment: signify secret key\r\n⟦RWRCSwAAAAAqKIk03aGIozeHN9mKnJbbIjvqvaDPWOcuUJpQ5OwxN8f/MeMYIuM9IboWQmMYb9Xwa4vKtCAzZ6CvzAQY⟧',
    ],
    clean: [
      'untrusted comment: minisign public key 6F3C2A1B9E8D7C6B\nRWT9SO2sGJQPIvOudhPDGFNkd22DWm41mV8DorMK2DMuaHRcvV5n6zGa',
      'untrusted comment: secret key of the release signer is kept offline',
    ],
  },
  'putty-private-key': {
    secrets: [
      'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIAb3\nq2Zx\nPrivate-Lines: 1\n⟦AAAAIFq8vW3nR5tY1uI0oP4aS6dF9gH2jK3lZ5xC7vB8nMq2⟧\nPrivate-MAC: 8f3a9c1e7b4d4e8a9c2f1d5b6a7e8f90aabbccdd',
      'Private-Lines: 2\r\n⟦AAABAQCx7Kd2mQz7Lw1XvB3r8Kd2mQz7Lw1XvB3r8Kd2mQz7Lw1XvB3r8Kd2\r\nmQz7Lw1XvB3r8Kd2==⟧\r\nPrivate-MAC: 00',
    ],
    clean: [
      'PuTTY-User-Key-File-3: ssh-ed25519\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIAb3\nq2Zx',
      'the Private-Lines: header counts the lines that follow it',
    ],
  },
  'base64-pem-private-key': {
    secrets: [
      'data:\n  tls.key: ⟦LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lHOXcwQkFRRUZBQVNDQktjd2dnU2pBZ0VBQW9JQkFRQzdrZDJtUXo3THcxWHYKLS0tLS1FTkQgUFJJVkFURSBLRVktLS0tLQo=⟧',
      'echo ⟦LS0tLS1CRUdJTiBPUEVOU1NIIFBSSVZBVEUgS0VZLS0tLS0KYjNCbGJuTnphQzFyWlhrdGRqRUFBQUFBQkc1dmJtVUFBQUFFYm05dVpRQUFBQUFBQUFBQkFBQUFNd0FBQUF0emMyZ3RaVwotLS0tLUVORCBPUEVOU1NIIFBSSVZBVEUgS0VZLS0tLS0K⟧ | base64 -d > id_ed25519',
    ],
    clean: [
      '  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURkekNDQWwrZ0F3SUJBZ0lFQWdBQXVUQU5CZ2txaGtpRzl3MEJBUUVGQURCYQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==',
      '# base64 of "-----BEGIN" is LS0tLS1CRUdJTi',
    ],
  },
  'jwk-private-key': {
    secrets: [
      '{"kty":"EC","crv":"P-256","d":"⟦jpsQnnGQmL-YBIffH1136cLyq8Zn4k1iLBpdE8b2K9c⟧"}',
      '{"kty": "oct", "k": "⟦GawgguFyGrWKav7AX4VKUg⟧"}',
      '{"kty":"RSA","e":"AQAB","dp":"⟦Kd2mQz7Lw1XvB3r8Kd2mQz7Lw1XvB3r8⟧","qi":"⟦pL9vQ8sT1vW4yZ7aB3dE6gH9jK2mN5⟧"}',
    ],
    clean: [
      '{"kty":"RSA","e":"AQAB","kid":"2024-01","alg":"RS256","use":"sig"}',
      '{"kty":"EC","crv":"P-256","d":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}',
    ],
  },
  'xml-rsa-private-key': {
    secrets: [
      '<RSAKeyValue><Modulus>0vx7agoe</Modulus><Exponent>AQAB</Exponent><P>⟦83i8NnJ9F2hU5hQ0mC9c2iL1yZ5tK4qR7wE3sD6fG0h=⟧</P><D>⟦X4cTteJY+gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoV⟧</D></RSAKeyValue>',
    ],
    clean: [
      '<RSAKeyValue><Modulus>0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWh</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>',
    ],
  },
  'ssh2-private-key': {
    secrets: [
      '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----⟦\nComment: "rsa-key-2026"\nP2/56wAAAi4AAAA3aWYtbW9kbntzaWdue3JzYS1wa2NzMS1zaGExfSxlbmNyeXB0e3JzYS1w\nQk9xTq2LmZ8rT4vB7nQ1wE5yR3uI6oP0aS2dF4gH7jK9lZ1xC3vB5nM8qW0eR2tY4uI6⟧\n---- END SSH2 ENCRYPTED PRIVATE KEY ----',
    ],
    clean: [
      '---- BEGIN SSH2 PUBLIC KEY ----\nComment: "rsa-key-2026"\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC7VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7\n---- END SSH2 PUBLIC KEY ----',
      'ssh.com writes ---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ---- files',
    ],
  },
  'openvpn-static-key': {
    secrets: [
      '#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----⟦\n9c2e1f0a8b7d6c5e4f3a2b1c0d9e8f7a\n1b2c3d4e5f60718293a4b5c6d7e8f901⟧\n-----END OpenVPN Static key V1-----',
      '<tls-crypt>\n-----BEGIN OpenVPN Static key V1-----⟦\n  e5f2d2b8c0a1f3e4d5c6b7a8f9e0d1c2⟧\n-----END OpenVPN Static key V1-----\n</tls-crypt>',
    ],
    clean: [
      'tls-auth ta.key 0 # -----BEGIN OpenVPN Static key V1----- is in ta.key',
      '-----BEGIN OpenVPN Static key V1-----\n-----END OpenVPN Static key V1-----',
    ],
  },
};
