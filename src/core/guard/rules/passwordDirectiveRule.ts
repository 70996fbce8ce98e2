// Settings documented to take a password whose names hold no key word the assignment rule knows:
// redis.conf's `requirepass` and `masterauth`, sentinel.conf's `sentinel auth-pass <master>
// <password>`, HAProxy's `user <name> insecure-password <password>`, a Wi-Fi pre-shared key
// (wpa_supplicant.conf's and NetworkManager's `psk=…`, glued as those files write it: `psk = x` with
// blanks is code; hostapd's `wpa_psk=`, Debian interfaces' `wpa-psk …`), SSSD's
// `ldap_default_authtok`. Each at its line's start, as its file writes it; the value judged as a
// literal given to a password (a `${VAR}` or the slot's word is none). Linear: anchored at a
// line's start, a bounded stretch read.
import { patternRule } from '../secretRule';
import { acceptsQuotedLiteral } from './secretValue';

const DIRECTIVE = /^[ \t]*(?:(?:requirepass|masterauth)[ \t]+|sentinel[ \t]+auth-pass[ \t]+[^\s]{1,100}[ \t]+|user[ \t]+[^\s]{1,100}[ \t]+insecure-password[ \t]+|psk=|wpa[-_]psk(?:=|[ \t]+)|ldap_default_authtok[ \t]*=[ \t]*)(?<q>["']?)(?<secret>[^\s"']{3,400})(?=\k<q>[ \t]*(?:\r?\n|$|#))/m;

export const passwordDirectiveRule = patternRule({
  id: 'password-directive', keywords: ['requirepass', 'masterauth', 'auth-pass', 'insecure-password', 'psk', 'authtok'],
  pattern: DIRECTIVE,
  secretEndsMatch: true,
  allow: (secret, text, start) => !acceptsQuotedLiteral(text, start, start + secret.length, 'password'),
});
