// Settings documented to take a password whose names hold no key word the assignment rule knows:
// redis.conf's `requirepass` and `masterauth`, sentinel.conf's `sentinel auth-pass <master>
// <password>`, HAProxy's `user <name> insecure-password <password>`, a Wi-Fi pre-shared key
// (wpa_supplicant.conf's and NetworkManager's `psk=…`, glued as those files write it: `psk = x` with
// blanks is code; hostapd's `wpa_psk=`, Debian interfaces' `wpa-psk …`), SSSD's
// `ldap_default_authtok`, nslcd.conf(5)'s `rootpwmodpw` (the password `rootpwmoddn` binds with), Apache
// mod_authnz_ldap's `AuthLDAPBindPassword` (httpd.apache.org/docs/2.4/mod/mod_authnz_ldap.html:
// the bind DN's password; its `exec:/path/to/program` form, 2.4.5 on, names a program that prints it, and is left).
// Each at its line's start, as its file writes it; the value judged as a
// literal given to a password (a `${VAR}` or the slot's word is none).
// A line of such a file is also written inside a string (a notebook's `"source"` line, `echo
// "requirepass …" >> redis.conf`, Ansible's `line: "…"`): there the string's opening quote is the
// line's start and its closing quote (or an escaped line break, `\n"`) the line's end. Only the
// directives whose names are their own words: `psk=` opens query strings and messages too.
// Redis also takes every directive on its command line prefixed with `--` (`redis-server
// --requirepass …`, Compose's `command: ["redis-server", "--requirepass", "…"]`).
// Linear: each expression is anchored at a line's start, a quote or the option, and reads a bounded stretch.
import { patternRule, type SecretRule } from '../secretRule';
import { acceptsPasswordLiteral } from './secretValue';

const DIRECTIVE = /^[ \t]*(?:(?:requirepass|masterauth|rootpwmodpw)[ \t]+|sentinel[ \t]+auth-pass[ \t]+[^\s]{1,100}[ \t]+|user[ \t]+[^\s]{1,100}[ \t]+insecure-password[ \t]+|psk=|wpa[-_]psk(?:=|[ \t]+)|ldap_default_authtok[ \t]*=[ \t]*|(?:AuthLDAPBindPassword|authldapbindpassword)[ \t]+(?!["']?exec:))(?<q>["']?)(?<secret>[^\s"']{3,400})(?=\k<q>[ \t]*(?:\r?\n|$|#))/m;
// In a string: no quote inside the line's words, and the value ends at an escape (`\n`, `\"`) as at its quote.
const DIRECTIVE_IN_STRING = /(?<sq>["'])[ \t]*(?:(?:requirepass|masterauth|rootpwmodpw)[ \t]+|sentinel[ \t]+auth-pass[ \t]+[^\s"'\\]{1,100}[ \t]+|user[ \t]+[^\s"'\\]{1,100}[ \t]+insecure-password[ \t]+|wpa[-_]psk(?:=|[ \t]+)|ldap_default_authtok[ \t]*=[ \t]*)(?<secret>[^\s"'\\]{3,400})(?=[ \t]*(?:\k<sq>|\\[nr]|#))/;
// redis-server's `--requirepass VALUE`, bare or quoted, or the next item of an argument list.
// (The option's dashes first, what may stand before them behind: the expression is tried where `--` stands, not at every blank.)
const REDIS_OPTION = /(?<=^|[\s"'[,])--(?:requirepass|masterauth)(?:[ \t]+|["'][ \t]*,[ \t]*)(?<q>["']?)(?<secret>[^\s"'`;|&<>,\]\\]{3,400})(?=\k<q>(?:[\s"';|&>,\]\\]|$))/;

const KEYWORDS = ['requirepass', 'masterauth', 'rootpwmodpw', 'auth-pass', 'insecure-password', 'psk', 'authtok', 'authldapbindpassword'];
const lines = patternRule({ id: 'password-directive', keywords: KEYWORDS, pattern: DIRECTIVE, secretEndsMatch: true, nearKeywords: true, passwordSlot: acceptsPasswordLiteral });
const inStrings = patternRule({ id: 'password-directive', keywords: KEYWORDS, pattern: DIRECTIVE_IN_STRING, secretEndsMatch: true, nearKeywords: true, passwordSlot: acceptsPasswordLiteral });
const redisOptions = patternRule({ id: 'password-directive', keywords: KEYWORDS, pattern: REDIS_OPTION, secretEndsMatch: true, nearKeywords: true, passwordSlot: acceptsPasswordLiteral });

export const passwordDirectiveRule: SecretRule = {
  id: 'password-directive',
  keywords: KEYWORDS,
  // Each form's name holds a keyword, and nothing before it in the match crosses a line: tried only on their lines.
  nearKeywords: true,
  find(text, found, near) {
    lines.find(text, found, near);
    // Each other form only where what it starts with stands: a quote, the option's dashes (a redis.conf
    // holds neither on most lines, and each expression tried at every character of it cost 5-8 ms/MB).
    if (text.includes('"') || text.includes("'")) inStrings.find(text, found, near);
    if (text.includes('--requirepass') || text.includes('--masterauth')) redisOptions.find(text, found, near);
  },
};
