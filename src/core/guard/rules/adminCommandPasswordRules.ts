// Passwords administration commands take by position or by an option whose name says nothing to
// the assignment rule, each as its manual writes it: Windows' `net use \\server\share PASSWORD
// /user:NAME` and `schtasks … /p|/rp PASSWORD`; NetworkManager's `nmcli … password|wifi-sec.psk
// PASSWORD`; `wpa_passphrase SSID PASSPHRASE`; `echo PASSWORD | passwd --stdin USER`; MinIO's
// `mc alias set ALIAS URL ACCESS_KEY SECRET_KEY`; Vault's `vault write auth/userpass/users/NAME
// password=…`. Each value judged as a literal given to a password (a `$VAR`, `*` for a prompt or
// the slot's word is none). Each expression starts at its command's name and reads a bounded
// stretch of its line: linear.
import { patternRule, type SecretRule } from '../secretRule';
import { acceptsQuotedLiteral } from './secretValue';
import { shellArgument } from './shellArgument';

function notAPassword(secret: string, text: string, start: number): boolean {
  return !acceptsQuotedLiteral(text, start, start + secret.length, 'password');
}

// A quoted value (any character but its quote) or a bare one up to a blank or a shell's separator.
const VALUE = `${shellArgument('[^\\s"\'`;|&<>*]', '[^\\s"\'`;|&<>]', 3, 400)}(?=[\\s;|&>]|$)`;

export const adminCommandPasswordRules: readonly SecretRule[] = [
  patternRule({
    // `net use [device|*] \\computer\share [password|*] [/user:[domain\]name] …`
    id: 'net-use-password', keywords: ['net use'],
    pattern: new RegExp(`\\bnet[ \\t]+use[ \\t]+(?:[A-Za-z]:[ \\t]+|\\*[ \\t]+)?\\\\\\\\[^\\s]{1,260}[ \\t]+(?<q>["']?)(?<secret>[^\\s"'/*][^\\s"']{2,400})\\k<q>(?=[ \\t]+/|[ \\t]*(?:\\r?\\n|$))`),
    allow: notAPassword,
  }),
  patternRule({
    // schtasks' `/p PASSWORD` (the account running the command) and `/rp PASSWORD` (the task's).
    id: 'schtasks-password', keywords: ['schtasks'],
    pattern: new RegExp(`\\bschtasks(?:\\.exe)?\\b[^\\r\\n]{0,400}?[ \\t]/[Rr]?[Pp][ \\t]+${VALUE}`),
    allow: notAPassword,
  }),
  patternRule({
    // `nmcli device wifi connect SSID password PASSWORD`, `nmcli connection modify ID wifi-sec.psk PASSWORD`.
    id: 'nmcli-password', keywords: ['nmcli'],
    pattern: new RegExp(`\\bnmcli\\b[^\\r\\n]{0,300}?[ \\t](?:password|(?:wifi-sec|802-11-wireless-security)\\.psk)[ \\t]+${VALUE}`),
    allow: notAPassword,
  }),
  patternRule({
    // `wpa_passphrase SSID [PASSPHRASE]` (without it the passphrase is read from standard input).
    id: 'wpa-passphrase-argument', keywords: ['wpa_passphrase'],
    pattern: new RegExp(`\\bwpa_passphrase[ \\t]+(?:"[^"\\r\\n]{1,64}"|'[^'\\r\\n]{1,64}'|[^\\s"'|;&<>]{1,64})[ \\t]+${VALUE}`),
    allow: notAPassword,
  }),
  patternRule({
    // `echo PASSWORD | passwd --stdin USER` (Red Hat's passwd).
    id: 'passwd-stdin', keywords: ['--stdin'],
    pattern: /\b(?:echo|printf)[ \t]+(?:-[en]{1,2}[ \t]+)?(?<q>["']?)(?<secret>[^\s"'`;|&<>$][^\s"'`;|&<>]{2,400})\k<q>[ \t]*\|[ \t]*(?:sudo[ \t]+)?passwd[ \t]+--stdin\b/,
    allow: notAPassword,
  }),
  patternRule({
    // MinIO's client: `mc alias set ALIAS URL ACCESS_KEY SECRET_KEY` (formerly `mc config host add`).
    id: 'minio-alias-secret', keywords: ['mc alias', 'mc config'],
    pattern: new RegExp(`\\bmc[ \\t]+(?:alias[ \\t]+set|config[ \\t]+host[ \\t]+add)[ \\t]+[^\\s]{1,100}[ \\t]+[^\\s]{1,400}[ \\t]+[^\\s]{1,200}[ \\t]+${VALUE}`),
    allow: notAPassword,
  }),
  patternRule({
    // Vault's userpass method: `vault write auth/<mount>/users/NAME password=PASSWORD …`.
    id: 'vault-userpass-password', keywords: ['vault write'],
    pattern: /\bvault[ \t]+write[ \t]+(?:-[\w-]{1,30}(?:=[^\s]{0,100})?[ \t]+){0,4}[^\s]{1,200}\/users\/[^\s]{1,100}(?:[ \t]+[\w.-]{1,64}=[^\s]{0,200}){0,6}[ \t]+password=(?<q>["']?)(?<secret>[^\s"'`;|&<>$@][^\s"'`;|&<>]{2,400})\k<q>(?=[\s;|&]|$)/,
    allow: notAPassword,
  }),
];
