// Credentials in the shapes HTTP and shells give them: user:password in a URL, `curl -u`
// (every spelling), an Authorization header's Basic/Bearer credential, and private key blocks
// (a PEM or PGP private key, also when its END line is missing).
import { patternRule, type SecretRule } from '../secretRule';

export const credentialRules: readonly SecretRule[] = [
  patternRule({
    id: 'url-credentials', keywords: ['://'],
    pattern: /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@"'`<>]{1,100}:(?<secret>[^\s@/"'`<>]{3,200})@[A-Za-z0-9.[\]-]/i,
    allow: (secret) => /^(?:\$|<|\{\{|%s$|password$|pass$|pwd$|secret$)/i.test(secret),
    examples: {
      secrets: ['DATABASE_URL=postgres://app:⟦Xk2pL9vQ⟧@db.internal:5432/app', 'mongodb+srv://root:⟦hunter2x⟧@cluster0.mongodb.net'],
      clean: ['postgres://user:password@localhost/db', 'redis://:${REDIS_PASSWORD}@cache:6379', 'https://user@example.com/', 'http://host:8080/path'],
    },
  }),
  patternRule({
    id: 'curl-user', keywords: ['-u', '--user'],
    // curl -u user:pass, -u"user:pass", --user=user:pass, -uuser:pass
    pattern: /(?<![A-Za-z0-9_-])(?:-u[ \t]{0,4}|--user(?:[ \t]{1,4}|=))(?<q>["']?)[^\s:"'@]{1,100}:(?<secret>[^\s"']{3,200})\k<q>(?=[\s"']|$)/,
    allow: (secret) => /^(?:\$|<|\{\{)/.test(secret),
    examples: {
      secrets: ['curl -u admin:⟦s3cretPw!⟧ https://api.example.com', 'curl --user "deploy:⟦Xk2pL9vQ7⟧" $URL', 'curl -u"ci:⟦Xk2pL9vQ7⟧" x', 'curl --user=bot:⟦Xk2pL9vQ7⟧ x', 'curl -uadmin:⟦s3cretPw!⟧ x'],
      clean: ['curl -u "$USER:$PASS" x', 'sort -u file.txt', 'curl -u user: https://x', 'git log --user-name'],
    },
  }),
  patternRule({
    id: 'basic-auth-header', keywords: ['basic '],
    pattern: /\bBasic[ \t]+(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
    entropy: 2.5,
    allow: (secret) => { const d = decodes(secret); return d === undefined || !d.includes(':'); },
    examples: { secrets: ['Authorization: Basic ⟦YWRtaW46czNjcmV0UHch⟧'], clean: ['a Basic example', 'Basic authentication is simple'] },
  }),
  patternRule({
    id: 'private-key', keywords: ['private key'],
    // The BEGIN line, then line by line (real or escaped newlines, or blanks for a key pasted on
    // one line) as long as they read as base64 or a header, then the END line if there is one:
    // a key whose END line is missing is still removed.
    pattern: /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:(?:\r?\n|\\r?\\n|[ \t]{1,4})(?:[A-Za-z0-9+/=]{1,5000}|[A-Za-z-]{1,40}:[^\r\n\\]{0,120})|\r?\n|\\r?\\n){0,3000}(?:(?:\r?\n|\\r?\\n|[ \t]{1,4})?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)?/,
    examples: {
      secrets: [
        'a\n⟦-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAp8cshtwPkhdM996G5rfDLI7jChGi4s6AKsrpVfVIs1DNSKoP\n-----END RSA PRIVATE KEY-----⟧\nb',
        '⟦-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n⟧',
        '⟦-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF0p8cshtwPkhdM996G5rfDLI7jChGi4s6AKsrpVfVIs1DNSKoP\n-----END PGP PRIVATE KEY BLOCK-----⟧',
      ],
      clean: [
        '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAp8cshtwPkhdM996G5rf\n-----END PUBLIC KEY-----',
        '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBF0p8cshtwPkhdM996G5rfDLI7jChGi4s6AKsrpVfVIs1DNSKoP\n-----END PGP PUBLIC KEY BLOCK-----',
        '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n-----END CERTIFICATE-----',
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host',
      ],
    },
  }),
];

function decodes(base64: string): string | undefined {
  try {
    const text = Buffer.from(base64, 'base64').toString('utf8');
    return /^[\x20-\x7e]+$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}
