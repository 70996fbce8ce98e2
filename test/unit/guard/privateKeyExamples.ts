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
