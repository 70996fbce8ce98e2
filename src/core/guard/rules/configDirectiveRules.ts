// Credentials written as a configuration language's directive: a word, blanks, the value (no `=` or `:` between), often
// after other fields of the same line. Each read only in its language's own line shape, from its document:
// - debconf's preseed lines (Debian installation guide, appendix B: `owner question type value`; a question of type
//   `password` holds a password, `d-i passwd/root-password password r00tme`; a `…-crypted` question holds its hash);
// - Cisco IOS / NX-OS (the Security Command Reference: `enable secret|password [level N] [0|7] P`,
//   `username U [privilege N] password|secret [0|7] P`, `snmp-server community S`, `key-string [0|7] K`,
//   `tacacs-server|radius-server … key [0|7] K`; types 5, 8 and 9 are hashes, left) and FRR's `enable password P`;
// - HAProxy's `stats auth user:password` (configuration manual, `stats auth`);
// - fetchmail(1)'s `poll host … user NAME … password|pass P` with the name unquoted;
// - Kickstart's `rootpw --plaintext P` (the `--iscrypted` form holds a hash, left);
// - Postfix's sasl_passwd (SASL_README: `[mail.isp.example]:587 username:password`), the host a domain name and a port
//   or a mail address as the user: a log line's `[worker.pool] state:running` is neither (`[host] user:pass`, left);
// - squid.conf's `cache_peer … login=user:password`;
// - OpenVPN's inline `<auth-user-pass>` (its manual, "Inline file support": the username line, then the password's);
// - redis's ACL rules (redis.io "ACL": in `user NAME rule…` lines of redis.conf or an ACL file and in `ACL SETUSER`,
//   `>password` adds a password; `#sha256` a hash, left);
// - ntp.keys(5) and chrony.conf(5)'s key file: `ID TYPE KEY`, the key ASCII or hex (chrony's `HEX:`/`ASCII:` prefix);
// - Windows unattend's `<AdministratorPassword>`/`<Password>` with its `<Value>` (Unattended Windows Setup Reference);
// - GRUB's `password USER CLEAR-PASSWORD` (GRUB manual, "Authentication and authorisation"; `password_pbkdf2 USER
//   grub.pbkdf2.…` holds a salted PBKDF2 hash GRUB recomputes, no credential: left), read where the line before is
//   GRUB's (`set superusers=`, another user's `password`/`password_pbkdf2`);
// - isync's mbsync(1) `Pass PASSWORD` in an account's lines (`PassCmd` runs a command), the line before one of them;
// - ProFTPD's mod_sql `SQLConnectInfo connection-info [username] [password] [policy]` (mod_sql's documentation);
// - Net-SNMP's snmpd.conf(5) "SNMPv3 Users": `createUser [-e ENGINEID] username (MD5|SHA|SHA-512|…) authpassphrase
//   [DES|AES] [privpassphrase]`, both passphrases;
// - Monit's control file (monit(1), "Authentication"): `allow user:password [read-only]` under `set httpd`, the clear
//   text credential the command line itself logs in with (`allow md5 FILE`, `allow @group`, `allow localhost` are none).
// Each rule's keywords are the directive's own words with the blanks around them (` password `, ` >`, ` sha`): the
// bare words (`password`, `user`, `enable`, `sha`) stand on most lines of credential code, and each such line was tried.
// Every value judged as a literal given to a password (`acceptsPasswordLiteral`: a reference, a mask, the slot's word is
// none). Each expression starts at its line's start or its own literal and reads a bounded stretch: linear.
import { patternRule, type SecretRule } from '../secretRule';
import { acceptsPasswordLiteral } from './secretValue';
import { lineBeforeOpensWith, proseWordShape } from './toolConfigCredentialRules';

// snmpd.conf's `createUser` up to its authentication passphrase: `[-e ENGINEID] NAME AUTHTYPE `; and a privacy type.
const SNMP_USER = `(?:-e[ \\t]+[^\\s]{1,100}[ \\t]+)?[^\\s"'-][^\\s"']{0,100}[ \\t]+(?:MD5|SHA(?:-(?:512|384|256|224))?)[ \\t]+`;
const SNMP_PRIV = '(?:DES|AES(?:128|192|256)?)';

// snmpd.conf: `createUser [-e ENGINEID] NAME AUTHTYPE authpassphrase [PRIVTYPE [privpassphrase]]`: the authentication
// passphrase and the privacy one (the manual: at least 8 characters each; a `-l`/`-m` key is a localized hash, left).
const SNMP_SPEC = { id: 'snmpd-create-user', keywords: ['createuser'], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true } as const;
const snmpAuth = patternRule({
  ...SNMP_SPEC,
  pattern: new RegExp(`^[ \\t]*createUser[ \\t]+${SNMP_USER}(?<q>["']?)(?<secret>[^\\s"'-][^\\s"']{7,400})(?=\\k<q>(?:[ \\t]+${SNMP_PRIV}(?:[ \\t]|$)|[ \\t]*(?:\\r?\\n|$)))`, 'm'),
});
const snmpPriv = patternRule({
  ...SNMP_SPEC,
  pattern: new RegExp(`^[ \\t]*createUser[ \\t]+${SNMP_USER}["']?[^\\s"'-][^\\s"']{7,400}["']?[ \\t]+${SNMP_PRIV}[ \\t]+(?<q>["']?)(?<secret>[^\\s"'-][^\\s"']{7,400})(?=\\k<q>[ \\t]*(?:\\r?\\n|$))`, 'm'),
});
const snmpdCreateUserRule: SecretRule = {
  id: SNMP_SPEC.id,
  keywords: SNMP_SPEC.keywords,
  nearKeywords: true,
  find(text, found, near) {
    snmpAuth.find(text, found, near);
    snmpPriv.find(text, found, near);
  },
};

// A value up to the line's end (blanks after it allowed), bare or quoted.
const LINE_VALUE = `(?<q>["']?)(?<secret>[^\\s"']{3,400})(?=\\k<q>[ \\t]*(?:\\r?\\n|$))`;

// The words an IOS or FRR configuration line opens with (`show running-config`'s top-level and indented commands).
const IOS_LINE = /[ \t]*(?:!|hostname|enable|username|service|line|interface|ip|ipv6|aaa|snmp-server|key|version|boot|logging|no|password|login|tacacs-server|radius-server|router|banner|end|exit|transport|exec-timeout|privilege|crypto|ntp|access-list|spanning-tree|vlan|feature|role|log)(?=[ \t\r\n]|$)/y;

/**
 * Whether the IOS line's value at `start` may be prose: a word of letters alone (`enable password encryption`) on a line
 * that says no more (no digit before the value, as a type, a level, a privilege or a host's address write one; nothing
 * after it, as `RO` or `role R`) where the line before (200 characters at most) opens with none of IOS's configuration
 * words. Read in place.
 */
function iosProse(secret: string, text: string, start: number): boolean {
  const shape = proseWordShape(secret);
  if (shape === 1) return true;
  if (shape === -1) return false;
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) {
    const c = text.charCodeAt(--lineStart);
    if (c >= 48 && c <= 57) return false;
  }
  for (let i = start + secret.length; i < text.length && text.charCodeAt(i) !== 10; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 34 && c !== 39) return false;
  }
  return !lineBeforeOpensWith(text, lineStart, IOS_LINE);
}

// Types 0 (clear text) and 7 (Cisco's reversible cipher) hold the password; 5, 8 and 9 a hash (not matched: the digit
// then stands where the expression wants the value, and the hash after it is no line's end).
const IOS_TYPE = `(?:[ \\t]+[07])?[ \\t]+`;

// An ACL rule before the password's (redis.io "ACL rules"): `on`/`off`, `nopass`, `reset…`, `all…`, `nocommands`, a key,
// channel, command or category rule (`~k:*`, `%R~k`, `&ch`, `+get`, `-@all`), a hash added or removed (`#…`, `!…`), a
// password removed (`<…`). Each starts with none of the others' characters and none with `>`.
const ACL_RULE = `(?:on|off|nopass|reset[a-z]{0,12}|all[a-z]{0,12}|nocommands|[~%&+@#!<-][^\\s]{0,200})`;
// The digest names ntp.keys(5) (`M` is MD5) and chrony.conf(5) document for a key.
const KEY_TYPE = `(?:M|MD5|SHA|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3-(?:224|256|384|512)|AES128|AES256|AES128CMAC|AES-128-CMAC|RMD160)`;

// GRUB's lines before a user's password: `set superusers=…`, another user's `password`/`password_pbkdf2`.
const GRUB_LINE = /[ \t]*(?:set[ \t]+superusers=|password(?:_pbkdf2)?[ \t])/y;
// mbsync's IMAPAccount and store commands (mbsync(1), "CONFIGURATION"), each opening its line, spelt as the manual does.
const MBSYNC_LINE = /[ \t]*(?:IMAPAccount|IMAPStore|MaildirStore|Account|Host|Port|User|UserCmd|AuthMechs|SSLType|TLSType|SSLVersions|TLSVersions|CertificateFile|SystemCertificates|Tunnel|PipelineDepth|Timeout|DisableExtensions?)(?=[ \t])/y;

export const configDirectiveRules: readonly SecretRule[] = [
  patternRule({
    // debconf: `owner question/name password value`; a `…crypted` question holds a crypt hash.
    id: 'debconf-password', keywords: [' password '], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: new RegExp(`^[ \\t]*[\\w.+-]{1,64}[ \\t]+(?![^\\s]{0,200}crypted)[\\w.+-]{1,64}(?:/[\\w.+-]{1,64}){1,4}[ \\t]+password[ \\t]+${LINE_VALUE}`, 'm'),
  }),
  patternRule({
    // IOS / NX-OS / FRR credential commands, each opening its line (indented under its mode or not).
    id: 'ios-credential', keywords: [' password ', ' secret ', 'key-string', 'tacacs-server', 'radius-server'], nearKeywords: true,
    passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: new RegExp(
      `^[ \\t]*(?:enable[ \\t]+(?:secret|password)(?:[ \\t]+level[ \\t]+\\d{1,2})?${IOS_TYPE}` +
        `|username[ \\t]+[^\\s]{1,64}(?:[ \\t]+privilege[ \\t]+\\d{1,2})?[ \\t]+(?:password|secret)${IOS_TYPE}` +
        `|key-string${IOS_TYPE}` +
        `|(?:tacacs|radius)-server[ \\t]+(?:host[ \\t]+[^\\s]{1,253}[ \\t]+)?key${IOS_TYPE})` +
        // NX-OS: `username U password P role R`.
        `(?<q>["']?)(?<secret>[^\\s"']{3,400})(?=\\k<q>(?:[ \\t]+role[ \\t]+[\\w-]{1,64})?[ \\t]*(?:\\r?\\n|$))`,
      'm',
    ),
    allow: iosProse,
  }),
  patternRule({
    // IOS: `snmp-server community STRING [view V] [RO|RW] [ACL]`.
    id: 'ios-snmp-community', keywords: ['snmp-server'], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: /^[ \t]*snmp-server[ \t]+community[ \t]+(?<secret>[^\s"']{3,400})(?=(?:[ \t]+view[ \t]+[\w-]{1,64})?(?:[ \t]+(?:RO|RW|ro|rw))?(?:[ \t]+[\w-]{1,64})?[ \t]*(?:\r?\n|$))/m,
    allow: iosProse,
  }),
  patternRule({
    // HAProxy's `stats auth <user>:<passwd>`.
    id: 'haproxy-stats-auth', keywords: ['stats auth'], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, pair: ':', secretEndsMatch: true,
    pattern: /^[ \t]*stats[ \t]+auth[ \t]+[^\s:"']{1,100}:(?<secret>[^\s"']{3,400})(?=[ \t]*(?:\r?\n|$))/m,
  }),
  patternRule({
    // fetchmail's poll or skip statement, its user name unquoted (fetchmail-password reads the quoted one).
    id: 'fetchmail-poll-password', keywords: ['poll ', 'skip '], nearKeywords: true, passwordSlot: acceptsPasswordLiteral,
    pattern: /^[ \t]*(?:poll|skip)[ \t][^\r\n]{0,300}?[ \t]user(?:name)?[ \t]+[^\s"']{1,100}(?:[ \t]+(?:there|with|and|has|is|wants|options|using)){0,4}[ \t]+pass(?:word)?[ \t]+(?<q>["']?)(?<secret>[^\s"'`;|&<>]{3,400})\k<q>(?=\s|$)/m,
  }),
  patternRule({
    // Kickstart's `rootpw --plaintext [--lock] P` (bare-password-directive reads `rootpw P`).
    id: 'kickstart-rootpw', keywords: ['rootpw'], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: new RegExp(`^[ \\t]*rootpw(?:[ \\t]+--(?:plaintext|lock)){1,2}[ \\t]+${LINE_VALUE}`, 'm'),
  }),
  patternRule({
    // Postfix's sasl_passwd: `[host]:port username:password` or `[host] user@domain:password`, alone on the line.
    id: 'postfix-sasl-passwd', keywords: ['] ', ']:'], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, pair: ':', secretEndsMatch: true,
    pattern: /^[ \t]*\[[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[A-Za-z][\w-]{0,62}\](?::\d{1,5}[ \t]+[^\s:"']{1,200}|[ \t]+[^\s:"'@]{1,100}@[^\s:"'@]{1,200}):(?<secret>[^\s"']{3,400})(?=[ \t]*(?:\r?\n|$))/m,
  }),
  patternRule({
    // squid.conf: `cache_peer host type http-port icp-port [options]`, its `login=user:password` option.
    id: 'squid-peer-login', keywords: ['cache_peer'], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, pair: ':', secretEndsMatch: true,
    pattern: /^[ \t]*cache_peer[ \t][^\r\n]{0,300}?[ \t]login=[^\s:"']{1,100}:(?<secret>[^\s"']{3,400})(?=\s|$)/m,
  }),
  patternRule({
    // OpenVPN's inline credentials: the block's first line the username, its second the password.
    id: 'openvpn-inline-auth', keywords: ['<auth-user-pass>'], passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: /<auth-user-pass>[ \t]*\r?\n[ \t]*[^\s<]{1,200}[ \t]*\r?\n[ \t]*(?<secret>[^\s<]{3,400})(?=[ \t]*\r?\n[ \t]*<\/auth-user-pass>)/,
  }),
  patternRule({
    // redis: `user NAME [rule…] >password` (a redis.conf or ACL file line), `ACL SETUSER NAME [rule…] >password`.
    id: 'redis-acl-password', keywords: [' >'], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: new RegExp(`^[ \\t]*(?:user|[^\\r\\n]{0,200}?(?<![\\w-])(?:ACL|acl)[ \\t]+(?:SETUSER|setuser))[ \\t]+[^\\s>]{1,100}(?:[ \\t]+${ACL_RULE}){0,30}[ \\t]+>(?<secret>[^\\s"']{3,400})(?=[\\s"']|$)`, 'm'),
  }),
  patternRule({
    // A key file's line: `ID TYPE KEY [IP,…] [# comment]` (ntpsec writes the type in lower case).
    id: 'ntp-key-line', keywords: [' m ', ' md5 ', ' sha', ' aes', ' rmd160 '], nearKeywords: true,
    passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: new RegExp(`^[ \\t]*\\d{1,5}[ \\t]+${KEY_TYPE}[ \\t]+(?:(?:HEX|ASCII):)?(?<secret>[^\\s#]{3,400})(?=(?:[ \\t]+[\\d.:/,a-f]{2,400})?[ \\t]*(?:#[^\\r\\n]*)?(?:\\r?\\n|$))`, 'mi'),
  }),
  patternRule({
    // Windows unattend: a password element's `<Value>` (with `<PlainText>false</PlainText>` base64 of the password
    // and the element's name: encoded, not hashed). Setup writes `*SENSITIVE*DATA*DELETED*` there once it has read it.
    id: 'unattend-password-value', keywords: ['<value>'], passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: /<(?:AdministratorPassword|Password|DomainAdminPassword)>[ \t\r\n]{0,200}<Value>(?!\*SENSITIVE\*DATA\*DELETED\*<)(?<secret>[^<\s]{3,400})(?=<\/Value>)/,
  }),
  patternRule({
    // GRUB: `password USER CLEAR-PASSWORD` after another of GRUB's lines.
    id: 'grub-password', keywords: ['password'], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: new RegExp(`^[ \\t]{0,40}password[ \\t]+[\\w.@-]{1,64}[ \\t]+${LINE_VALUE}`, 'm'),
    allow: (_secret, text, start) => !lineBeforeOpensWith(text, text.lastIndexOf('\n', start) + 1, GRUB_LINE),
  }),
  patternRule({
    // mbsync: `Pass PASSWORD` after another of its account's commands, spelt as its manual spells them (an FTP session's
    // `USER`/`PASS`, as Net::Config's manual shows a firewall's, is left: its examples are words standing in).
    id: 'mbsync-pass', keywords: ['pass '], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: new RegExp(`^[ \\t]{0,40}Pass[ \\t]+${LINE_VALUE}`, 'm'),
    allow: (_secret, text, start) => !lineBeforeOpensWith(text, text.lastIndexOf('\n', start) + 1, MBSYNC_LINE),
  }),
  patternRule({
    // ProFTPD: `SQLConnectInfo db@host[:port] user password [PERSESSION|PERCONNECTION|PERCALL|seconds]` (directive names are
    // matched case-insensitively by ProFTPD; written as its documentation spells it, or in lower case).
    id: 'proftpd-sql-connect', keywords: ['sqlconnectinfo'], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, secretEndsMatch: true,
    pattern: /^[ \t]*(?:SQLConnectInfo|sqlconnectinfo)[ \t]+[^\s"']{1,300}[ \t]+[^\s"']{1,100}[ \t]+(?!PER(?:SESSION|CONNECTION|CALL)\b)(?<q>["']?)(?<secret>[^\s"']{3,400})(?=\k<q>(?:[ \t]+(?:PERSESSION|PERCONNECTION|PERCALL|\d{1,6}))?[ \t]*(?:\r?\n|$))/m,
  }),
  snmpdCreateUserRule,
  patternRule({
    // Monit: `allow user:password [read-only]`, alone on its line or after `set httpd …` on it (a host's `name:port` is none).
    id: 'monit-allow-credentials', keywords: ['allow '], nearKeywords: true, passwordSlot: acceptsPasswordLiteral, pair: ':', secretEndsMatch: true,
    pattern: /^[ \t]*(?:set[ \t]+httpd[ \t][^\r\n]{0,200}?[ \t])?allow[ \t]+[\w.-]{1,64}:(?!\d{1,5}(?:[\s#]|$))(?<secret>[^\s"':]{3,400})(?=(?:[ \t]+read-only)?[ \t]*(?:#[^\r\n]*)?(?:\r?\n|$))/m,
  }),
];
