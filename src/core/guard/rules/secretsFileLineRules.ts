// Credentials stored as a line of a secrets file, a table with no key word in the value's place, each read only in its
// file's own line shape, from its document:
// - strongSwan's and Libreswan's ipsec.secrets(5): `[selectors] : TYPE secret`, the selectors and the type parted by a
//   colon (strongSwan: with blanks around it; Libreswan also writes `10.1.0.1: PSK`); PSK, EAP, NTLM and XAUTH hold the
//   secret itself ("XAUTH passwords are stored in plaintext in this file", Libreswan's page), quoted, `0x` hex or `0s`
//   base64; RSA, ECDSA, BLISS, PKCS8 and P12 a key file's name and then its passphrase (`%prompt` asks for it: left); PIN a
//   smartcard selector, then the PIN.
// - pppd(8)'s chap-secrets and pap-secrets ("Authentication"): `client server secret [acceptable addresses…]`, `*` any,
//   a secret quoted where it holds blanks. The line has no word of its own: read in the table under the file's own
//   column header (Debian's and Red Hat's `# client⇥server⇥secret⇥IP addresses`), line by line to the first line of
//   another shape, or, without it, the secret quoted between `*` or an address on both sides, as the man page's
//   examples write it.
// - Samba's smbpasswd(5): `name:uid:LANMAN:NT:[flags]:LCT-hex:`; the two hashes are unsalted and, in the manual's words,
//   "anyone with a knowledge of this password hash will be able to impersonate the user on the network": a credential,
//   where crypt hashes elsewhere are not (32 `X` or `NO PASSWORD` mark none).
// Each expression starts at its line's start and reads a bounded stretch of it: linear.
import { looksPasswordPlaceholder } from '../placeholderValue';
import { patternRule, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsPasswordLiteral } from './secretValue';

// A secret up to the line's end or a comment: quoted (blanks allowed inside) or one bare word.
const SECRET_TO_END = `(?<q>"?)(?<secret>(?<=")[^\\s"][^"\\r\\n]{1,398}[^\\s"]|[^\\s"#]{3,400})(?=\\k<q>[ \\t]*(?:#[^\\r\\n]*)?(?:\\r?\\n|$))`;
// An ID selector (an address, a name, `user@FQDN`, `%any`; never a comment's `*` or `#`, a call's parenthesis or quote);
// the selectors parted from the type by a colon with a blank before it, or glued to an address's last digit (Libreswan).
const SELECTOR = `[\\w%@.\\[\\]/-][\\w%@.:\\[\\]/-]{0,252}`;
const SELECTORS = `(?:(?:${SELECTOR}[ \\t]+){1,9}|(?:${SELECTOR}[ \\t]+){0,8}[\\w%@.\\[\\]/-]{0,252}\\d)?`;

// A chap-/pap-secrets field: quoted, or a word (the client's never `*` or a comment's `#`).
const PPP_FIELD = `(?:"[^"\\r\\n]{0,100}"|[^\\s"#]{1,253})`;
const PPP_CLIENT = `(?:"[^"\\r\\n]{0,100}"|[^\\s"#*][^\\s"]{0,99})`;
// With no header: the client a user's name, the server a host's (`=`, `/*` and the like are code's).
const PPP_USER = `(?:"[^"\\r\\n]{0,100}"|[\\w][\\w.@\\\\-]{0,99})`;
const PPP_HOST = `[\\w][\\w.-]{0,252}`;
// Acceptable addresses, as pppd(8) writes them: `*`, `-`, an address or a range (`!` before one excludes it), to the end.
const PPP_ADDRESS_LIST = `(?:\\*|-|!?[\\d.:/]{1,64})(?:[ \\t]+(?:\\*|-|!?[\\d.:/]{1,64})){0,4}[ \\t]*(?:#[^\\r\\n]*)?(?:\\r?\\n|$)`;
// The acceptable addresses after the secret: words (`*`, `-`, an address or a range, `!` before one), up to the line's end.
const PPP_ADDRESSES = `(?:[ \\t]+[^\\s"#]{1,253}){0,4}[ \\t]*(?:#[^\\r\\n]*)?(?:\\r?\\n|$)`;

export const secretsFileLineRules: readonly SecretRule[] = [
  patternRule({
    // ipsec.secrets: `[selectors] : PSK|EAP|NTLM|XAUTH secret`, `: RSA|ECDSA|… file secret`, `: PIN %smartcard… secret`.
    id: 'ipsec-secrets-entry', keywords: [': psk ', ': eap ', ': xauth ', ': ntlm ', ': rsa ', ': ecdsa ', ': bliss ', ': pkcs8 ', ': p12 ', ': pin '],
    nearKeywords: true, passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: new RegExp(`^[ \\t]*${SELECTORS}:[ \\t]+(?:(?:PSK|EAP|NTLM|XAUTH)|(?:RSA|ECDSA|BLISS|PKCS8|P12|PIN)[ \\t]+[^\\s"]{1,300})[ \\t]+(?!%prompt)${SECRET_TO_END}`, 'm'),
  }),
  pppSecretsTableRule(),
  patternRule({
    // chap-/pap-secrets with no header, as pppd(8)'s examples: `client * "secret" *|address`, `client server "secret" *`;
    // the secret holding no blank (`ls * "my file" *` is a shell's).
    id: 'ppp-secrets-quoted', keywords: ['*\t"', '* "', '"\t*', '" *'], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: new RegExp(`^[ \\t]*${PPP_USER}[ \\t]+(?:\\*(?=[ \\t]+"[^\\s"]{3,400}"[ \\t]+${PPP_ADDRESS_LIST})|${PPP_HOST}(?=[ \\t]+"[^\\s"]{3,400}"[ \\t]+\\*[ \\t]*(?:#[^\\r\\n]*)?(?:\\r?\\n|$)))[ \\t]+"(?<secret>[^\\s"]{3,400})(?=")`, 'm'),
  }),
  patternRule({
    // smbpasswd: the LANMAN and NT hashes of `name:uid:LANMAN:NT:[flags]:LCT-…:` (the NT hash judged: the LANMAN one is
    // 32 `X` when unset).
    id: 'smbpasswd-hashes', keywords: [':lct-'], nearKeywords: true, secretEndsMatch: true,
    judged: (secret) => secret.slice(33),
    pattern: /^[^\s:#][^\s:]{0,63}:\d{1,10}:(?<secret>[0-9A-Fa-fX]{32}:[0-9A-Fa-f]{32})(?=:\[[A-Z ]{1,16}\]:LCT-[0-9A-Fa-f]{8}:)/m,
  }),
];

// The column header of chap-/pap-secrets as Debian and Red Hat ship it, and a line of the table under it (a client, a
// server, the secret, up to four addresses), or a comment or blank line within it.
const PPP_HEADER = /^[ \t]*#[ \t]*client(?:\tserver\tsecret| server secret)[^\r\n]{0,200}(?:\r?\n|$)/gm;
const PPP_ENTRY = new RegExp(`[ \\t]*${PPP_CLIENT}[ \\t]+${PPP_FIELD}[ \\t]+(?<q>"?)(?<secret>[^\\s"#][^\\s"]{2,399})\\k<q>${PPP_ADDRESSES}`, 'yd');
const PPP_OTHER = /[ \t]*(?:#[^\r\n]*)?(?:\r?\n|$)/y;
/** The most lines of one table read under its header. */
const PPP_MOST_LINES = 1000;
const PPP_KIND = spanKind('ppp-secrets-table');

/** chap-/pap-secrets' entries under their column header: each line read once, from the header down. */
function pppSecretsTableRule(): SecretRule {
  return {
    id: 'ppp-secrets-table',
    keywords: ['client\tserver\tsecret', 'client server secret'],
    find(text, found) {
      PPP_HEADER.lastIndex = 0;
      for (let header = PPP_HEADER.exec(text); header; header = PPP_HEADER.exec(text)) {
        let at = header.index + header[0].length;
        for (let line = 0; line < PPP_MOST_LINES && at < text.length; line++) {
          PPP_ENTRY.lastIndex = at;
          const entry = PPP_ENTRY.exec(text);
          if (entry) {
            const [start, end] = entry.indices!.groups!.secret!;
            if (!looksPasswordPlaceholder(entry.groups!.secret!) && acceptsPasswordLiteral(text, start, end)) found.push(PPP_KIND, start, end);
            at = PPP_ENTRY.lastIndex;
            continue;
          }
          PPP_OTHER.lastIndex = at;
          if (!PPP_OTHER.test(text) || PPP_OTHER.lastIndex === at) break;
          at = PPP_OTHER.lastIndex;
        }
        // (A table's lines are read once: the next header is looked for after them.)
        PPP_HEADER.lastIndex = Math.max(PPP_HEADER.lastIndex, at);
      }
    },
  };
}
