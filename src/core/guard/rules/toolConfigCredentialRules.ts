// Credentials written in the grammars of tools' own configuration files and commands, where the
// setting's name holds no key word the assignment rule reads or the password sits in a place no
// other rule looks: curl's config file (`user = "name:password"`, `proxy-user`), Yarn's `npmAuthIdent`,
// anaconda.org's token in a channel's URL (`/t/TOKEN/channel`), mysqladmin's `password NEW` command,
// msmtp's, ldap.conf's and slapd.conf's bare `password|bindpw|rootpw VALUE` lines, fetchmail's
// `user "name" … password "secret"` and OfflineIMAP's `remotepass`, Bundler's host-keyed
// `BUNDLE_GEMS__EXAMPLE__COM="user:password"` and `bundle config HOST user:password`, and a
// password inside a comma-separated option list (`mount -o user=a,password=…`, StackExchange.Redis'
// `host:port,password=…,ssl=True`, Helm's `--set a=b,auth.password=…`). Each value judged as a
// literal given to a password (a `$VAR`, `${…}`, a mask or the slot's word is none). Each expression
// is anchored at its tool's word or line start and reads a bounded stretch: linear.
import { patternRule, type SecretRule } from '../secretRule';
import { amongDirectiveLines } from './directiveBlock';
import { looksRandomValue } from './randomValue';
import { acceptsPasswordLiteral } from './secretValue';
import { namesASecret } from './valueNames';

/** A `(` opened before `start` on its line (within 200 characters) and not closed: a call's arguments. */
function insideCall(text: string, start: number): boolean {
  // (Read back by hand, 200 characters at most: a search back over a MB-long line per match is quadratic.)
  for (let i = start - 1; i >= 0 && i >= start - 200; i--) {
    const c = text.charCodeAt(i);
    if (c === 40) return true;
    if (c === 41 || c === 10) return false;
  }
  return false;
}

// msmtp(1)'s account commands ("Configuration files", marlam.de/msmtp/msmtp.html), netrc(5)'s tokens, and the
// commands FRR's daemons' files ("Basic Commands": `hostname`, then `password`) and IOS's `line vty 0 4` mode open the
// line before a `password` with, each starting a line of the file with its argument after a blank; read where the
// line before starts (sticky).
const ACCOUNT_COMMAND = /[ \t]*(?:account|defaults|host|port|user|from|auth|tls\w{0,20}|logfile|syslog|domain|timeout|protocol|machine|login|hostname|line)(?=[ \t\r\n])/y;

/**
 * Whether the lone word at `start`, after a password directive's word, may be prose wrapped at the line's end:
 * the directive is `password` (its last letter a `d`: `bindpw` and `rootpw` end in `w`), the line before it
 * (200 characters at most) is none of an account file's commands, and the line stands in no block of directive lines
 * (`amongDirectiveLines`: `username admin` before it, `</server>` after). Read in place, no copy of any line.
 */
function proseWrapped(text: string, start: number): boolean {
  let i = start;
  // Back over the value's quote and the blanks to the directive's last letter.
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9 || text.charCodeAt(i - 1) === 34 || text.charCodeAt(i - 1) === 39)) i--;
  if (text.charCodeAt(i - 1) !== 100) return false;
  let lineStart = i - 8;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineBeforeOpensWith(text, lineStart, ACCOUNT_COMMAND)) return false;
  // A quoted word in a block is a string given to a call (Gradle's `credentials { password 'secret' }`, Groovy): the
  // block reading is a directive file's, whose values are bare. (The value ends its line: the expression reads it so.)
  if (text.charCodeAt(start - 1) === 34 || text.charCodeAt(start - 1) === 39) return true;
  const lineEnd = text.indexOf('\n', start);
  return !amongDirectiveLines(text, lineStart, lineEnd === -1 ? text.length : lineEnd);
}

/** Whether the line before the one starting at `lineStart` (its last 200 characters at most) opens with `opener` (sticky). */
export function lineBeforeOpensWith(text: string, lineStart: number, opener: RegExp): boolean {
  if (lineStart === 0) return false;
  let previous = lineStart - 1;
  while (previous > 0 && lineStart - previous <= 200 && text.charCodeAt(previous - 1) !== 10) previous--;
  opener.lastIndex = previous;
  return opener.test(text);
}

// `[.,;:!?)]`: what ends a clause.
const CLAUSE_ENDS = new Set([...'.,;:!?)'].map((c) => c.charCodeAt(0)));

/**
 * A password directive's value in prose's shape: 1 for a word of ASCII letters ending a clause (`reset.`), 0 for the
 * letters alone, -1 for anything else (`^[A-Za-z]+[.,;:!?)]*$`, then `[.,;:!?)]$`, read by code unit: two expressions,
 * each a new object in the rule's `allow`, were ~5% of a MB of `bindpw abc⏎`, where the rule matches every line).
 */
export function proseWordShape(s: string): number {
  let i = 0;
  // (`| 0x20` folds A-Z onto a-z and maps no other character there.)
  while (i < s.length && (s.charCodeAt(i) | 0x20) >= 97 && (s.charCodeAt(i) | 0x20) <= 122) i++;
  if (i === 0) return -1;
  const letters = i;
  while (i < s.length && CLAUSE_ENDS.has(s.charCodeAt(i))) i++;
  return i !== s.length ? -1 : i > letters ? 1 : 0;
}
// A bare or quoted value up to a blank or a shell's separator.
const VALUE = `(?<q>["']?)(?<secret>[^\\s"'\`;|&<>]{3,400})\\k<q>(?=[\\s;|&>]|$)`;

export const toolConfigCredentialRules: readonly SecretRule[] = [
  patternRule({
    // curl(1): a config file's long options without dashes, separated by blanks, `=` or `:`; `user`'s
    // parameter is `name:password`. A password of digits only is a uid:gid (Compose's `user: "1000:1000"`). A name
    // holds no `(`: `user = warden.instance_variable_get(:@users)` is a call, its colon a Ruby symbol's.
    id: 'curl-config-user', keywords: ['user'], passwordSlot: acceptsPasswordLiteral,
    pattern: /^[ \t]*(?:--)?(?:proxy-)?user[ \t]*[=: \t][ \t]*(?<q>["']?)[^\s:"'$(]{1,100}:(?<secret>(?!\d+\k<q>)[^\s"']{3,400})\k<q>[ \t]*(?=\r?\n|$)/m,
  }),
  patternRule({
    // Yarn Berry's `npmAuthIdent: "user:password"` (npm's `_auth` before base64; a weak name, so the
    // assignment rule asks a random look of a password a person chose).
    id: 'yarn-auth-ident', keywords: ['npmauthident'], passwordSlot: acceptsPasswordLiteral,
    pattern: /\bnpmAuthIdent[ \t]*:[ \t]*(?<q>["']?)[^\s:"'$]{1,100}:(?<secret>[^\s"']{3,400})\k<q>(?=\s|$)/,
  }),
  patternRule({
    // anaconda.org: a token in a channel's URL, `https://conda.anaconda.org/t/<TOKEN>/<channel>`; an
    // issued token, so it must look random (a word or a slug there is a path's segment).
    id: 'conda-channel-token', keywords: ['/t/'],
    pattern: /https?:\/\/[\w.-]{1,253}(?::\d{1,5})?\/t\/(?<secret>[\w.~-]{8,200})\//,
    allow: (secret, text, start) => !looksRandomValue(secret) || !acceptsPasswordLiteral(text, start, start + secret.length),
  }),
  patternRule({
    // mysqladmin(1): `mysqladmin [options] password NEW_PASSWORD` sets the account's password.
    id: 'mysqladmin-password', keywords: ['mysqladmin'], passwordSlot: acceptsPasswordLiteral,
    pattern: new RegExp(`\\bmysqladmin\\b[^\\r\\n]{0,300}?[ \\t]password[ \\t]+${VALUE}`),
  }),
  patternRule({
    // A password directive as the files write it, a word and its value alone on a line: msmtp's
    // `password SECRET`, ldap.conf(5)'s `bindpw SECRET`, slapd.conf(5)'s `rootpw SECRET`. Lower case,
    // as those files write it (prose opens a sentence with a capital). A lone word ending a sentence or a
    // clause is prose wrapped at the line's end (`password reset.`, `bindpw secretly,`); so is one after the
    // English word `password` unless the line before is one of msmtp's commands (`proseWrapped`): `bindpw` and
    // `rootpw` are no prose's words.
    id: 'bare-password-directive', keywords: ['password', 'bindpw', 'rootpw'], passwordSlot: acceptsPasswordLiteral,
    // (Kickstart's `rootpw --lock` alone locks the account: an option, no password. After slappasswd's `{CLEARTEXT}`
    // the password is the cleartext-scheme rule's to judge, ldapPasswordValueRules.ts.)
    pattern: /^[ \t]*(?:password|bindpw|rootpw)[ \t]+(?<q>["']?)(?!--|\{[Cc][Ll][Ee][Aa][Rr][Tt][Ee][Xx][Tt]\})(?<secret>[^\s"'`;|&<>]{3,400})(?=\k<q>[ \t]*(?:\r?\n|$))/m,
    secretEndsMatch: true,
    allow: (secret, text, start) => {
      const prose = proseWordShape(secret);
      return prose === 1 || (prose === 0 && proseWrapped(text, start));
    },
  }),
  patternRule({
    // fetchmail(1)'s rc file: `user "name" [there] [with] password|pass "secret"`.
    id: 'fetchmail-password', keywords: ['user'], passwordSlot: acceptsPasswordLiteral,
    pattern: /\buser(?:name)?[ \t]+(["'])[^"'\r\n]{1,100}\1(?:[ \t]+(?:there|with|and|has|is|wants|options|using)){0,4}[ \t]+pass(?:word)?[ \t]+(?<q>["']?)(?<secret>[^\s"'`;|&<>]{3,400})\k<q>(?=\s|$)/,
  }),
  patternRule({
    // OfflineIMAP's `remotepass = secret` (its `remotepasseval` is Python, `remotepassfile` a path).
    id: 'offlineimap-remotepass', keywords: ['remotepass'], passwordSlot: acceptsPasswordLiteral,
    pattern: /^[ \t]*remotepass[ \t]*[=:][ \t]*(?<q>["']?)(?<secret>[^\s"'`;|&<>]{3,400})\k<q>[ \t]*(?=\r?\n|$)/m,
  }),
  patternRule({
    // Bundler's config: credentials for a source keyed by its host (dots written `__`, dashes `___`),
    // as an env variable or a `.bundle/config` entry: `BUNDLE_GEMS__EXAMPLE__COM="user:password"`.
    id: 'bundler-host-credentials', keywords: ['bundle_'], passwordSlot: acceptsPasswordLiteral,
    pattern: /BUNDLE_(?!BUILD__|MIRROR__)[A-Z0-9]{1,63}(?:_{2,3}[A-Z0-9]{1,63}){1,8}[ \t]*[=:][ \t]*(?<q>["']?)[^\s:"'$/]{1,100}:(?<secret>[^\s"'/$][^\s"']{2,400})\k<q>(?=\s|$)/,
    pair: ':',
  }),
  patternRule({
    // The same credentials given to `bundle config [set] [--global|--local] HOST user:password`.
    id: 'bundle-config-credentials', keywords: ['bundle config'], passwordSlot: acceptsPasswordLiteral,
    pattern: /\bbundle[ \t]+config[ \t]+(?:set[ \t]+)?(?:--[\w-]{1,20}[ \t]+){0,2}[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[ \t]+(?<q>["']?)[^\s:"'$/]{1,100}:(?<secret>[^\s"'/$][^\s"']{2,400})\k<q>(?=\s|$)/,
    pair: ':',
  }),
  patternRule({
    // A password in a comma-separated option list: mount(8)'s `-o`, fstab's options field,
    // StackExchange.Redis' configuration string, Helm's `--set a=b,auth.password=…`. The comma
    // follows a list's element, not a blank (a call's argument list is code, its values names: inside
    // a call's parentheses, a name naming the slot, `f(a=1,password=pw_var)`, is a variable; in a list,
    // `auth.password=letmein`, it is the policy's literal).
    // (The option's name, `pass` or `pwd` in it, follows the `,` on its line: `nearKeywords`.)
    id: 'option-list-password', keywords: ['pass', 'pwd'], nearKeywords: true, passwordSlot: acceptsPasswordLiteral,
    pattern: /,(?<=[\w.\]:-],)(?:[\w-]{1,60}\.){0,6}[\w-]{0,40}?(?:password|Password|PASSWORD|passwd|pass|pwd)=(?<secret>[^,\s"'`;|&()<>]{3,400})(?=[,\s"']|$)/,
    allow: (secret, text, start) => insideCall(text, start) && namesASecret(secret),
  }),
];
