// Credentials in the shapes HTTP and shells give them: user:password in a URL, `curl -u`
// (every spelling), an Authorization header's Basic/Bearer credential, and private key blocks
// (a PEM or PGP private key, also when its END line is missing).
import { patternRule, type SecretRule } from '../secretRule';
import { curlUserRule } from './curlUserRule';

export const credentialRules: readonly SecretRule[] = [
  patternRule({
    id: 'url-credentials', keywords: ['://'],
    // The password may hold an '@' itself: the host follows the last one.
    pattern: /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@"'`<>]{1,100}:(?<secret>[^\s/"'`<>]{3,200})@[A-Za-z0-9.[\]-]/i,
    // A reference, the word for the slot, or too short or one character repeated to be a password.
    allow: (secret) => /^(?:\$|<|\{\{|%s$|password$|pass$|pwd$|secret$)/i.test(secret) || secret.length < 4 || /^(.)\1+$/.test(secret)
  }),
  curlUserRule,
  patternRule({
    id: 'basic-auth-header', keywords: ['basic '],
    pattern: /\bBasic[ \t]+(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
    entropy: 2.5,
    allow: (secret) => { const d = decodes(secret); return d === undefined || !d.includes(':'); }
  }),
  patternRule({
    id: 'private-key', keywords: ['private key'],
    // The BEGIN line, then line by line (real or escaped newlines, blanks for a key pasted on
    // one line, or string literals joined by `+` across lines) as long as they read as base64 or a header, then the END line if there is one:
    // a key whose END line is missing is still removed.
    pattern: /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:(?:\r?\n|\\r?\\n|[ \t]{1,4}|["'][ \t]{0,4}\+?[ \t]{0,4}\r?\n[ \t]{0,40}\+?[ \t]{0,4}["'])(?:[A-Za-z0-9+/=]{1,5000}|[A-Za-z-]{1,40}:[^\r\n\\]{0,120})|\r?\n|\\r?\\n){0,3000}(?:(?:\r?\n|\\r?\\n|[ \t]{1,4}|["'][ \t]{0,4}\+?[ \t]{0,4}\r?\n[ \t]{0,40}\+?[ \t]{0,4}["'])?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)?/
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
