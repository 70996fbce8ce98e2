// The secrets files' rules' own examples (rules/secretsFileLineRules.ts): ipsec.secrets, pppd's chap-/pap-secrets and
// Samba's smbpasswd lines, and the look-alikes of the same line shape (a key file with no passphrase, `%prompt`, a header,
// a disabled account, a shell's glob).
import type { RuleExamples } from './ruleExamples';

export const secretsFileLineExamples: Readonly<Record<string, RuleExamples>> = {
  'ipsec-secrets-entry': {
    secrets: [
      // strongSwan's ipsec.secrets(5) example; Libreswan's (a colon glued to the selector, blanks inside the quotes).
      '# /etc/ipsec.secrets - strongSwan IPsec secrets file\n192.168.0.1 %any : PSK "⟦v+NkxY9LLZvwj4qCC2o/gGrWDF2d21jL⟧"',
      'alice@strongswan.org : EAP "⟦x3.dEhgN⟧"\ncarol : XAUTH "⟦4iChxLT3⟧"',
      '10.1.0.1 10.2.0.1: PSK "⟦Zq8Lm3 Xv9Tb2 Rk7Wp4⟧"',
      ': PSK ⟦0sjVzONCF02ncsgiSlmIXeqhGN⟧',
      ': RSA moonKey.pem "⟦Sunflower42⟧"',
      'carol : NTLM "⟦tigerlily⟧"',
    ],
    clean: [': RSA moonKey.pem', ': RSA moonKey.pem %prompt', 'include ipsec.*.secrets', ': PSK "${IPSEC_PSK}"', 'mode: PSK'],
  },
  'ppp-secrets-table': {
    secrets: [
      // Debian's chap-secrets header, then entries quoted or bare, with or without addresses.
      '# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\nalice\t*\t"⟦Sunflower42⟧"\t*\nbob\tgw\t⟦tigerlily⟧\t10.0.0.2',
      '# client server secret IP addresses\nalice provider ⟦Xk29fLm3pQ8z⟧',
    ],
    clean: ['# client\tserver\tsecret\tIP addresses\n*\thostname\t""\t*', '# client\tserver\tsecret\tIP addresses\nalice\t*\t"${PPP_SECRET}"\t*'],
  },
  'ppp-secrets-quoted': {
    secrets: ['alice\t*\t"⟦Sunflower42⟧"\t*', 'alice * "⟦tigerlily⟧" 10.0.0.2', 'alice provider "⟦Xk29fLm3pQ8z⟧" *'],
    clean: ['echo * "hello world"', 'ls * "my file" *', 'total = count * "abc" * 2', '* "quoted" *', 'alice * "${PPP_SECRET}" *'],
  },
  'smbpasswd-hashes': {
    secrets: [
      // smbpasswd(5): the LANMAN and NT hashes; a LANMAN hash unset (32 `X`).
      'alice:1000:⟦E52CAC67419A9A224A3B108F3FA6CB6D:8846F7EAEE8FB117AD06BDD830B7586C⟧:[U          ]:LCT-5F3A1B2C:',
      'bob:1001:⟦XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:8846F7EAEE8FB117AD06BDD830B7586C⟧:[U          ]:LCT-5F3A1B2C:',
    ],
    clean: [
      'alice:1000:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:[DU         ]:LCT-5F3A1B2C:',
      'alice:1000:NO PASSWORDXXXXXXXXXXXXXXXXXXXXX:NO PASSWORDXXXXXXXXXXXXXXXXXXXXX:[NU         ]:LCT-5F3A1B2C:',
      '# alice:1000:E52CAC67419A9A224A3B108F3FA6CB6D:8846F7EAEE8FB117AD06BDD830B7586C:[U          ]:LCT-5F3A1B2C:',
    ],
  },
};
