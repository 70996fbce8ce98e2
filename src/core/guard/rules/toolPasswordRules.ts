// Passwords and tokens tools take as their own option's argument, each as its manual writes it, where
// the option's name says nothing to the assignment rule (a letter, not a key word): zip's, unzip's
// and zipcloak's `-P PASSWORD`; 7-Zip's and RAR's glued `-pPASSWORD`; OpenSSL's `-k PASSWORD` and the
// pass-phrase arguments `-pass|-passin|-passout|-password pass:PASSWORD`; ssh-keygen's `-N`/`-P`
// passphrases; Vault's `vault login TOKEN`; Poetry's `config pypi-token.REPO TOKEN` (the setting's
// name ends with the repository's, not a key word); vsce's and ovsx's `-p|--pat TOKEN`; ldappasswd's
// `-s NEWPASSWORD` and `-a OLDPASSWORD`; doctl's and Codecov's `-t TOKEN`, `dotnet nuget push -k KEY`; curl's
// `-E|--cert CERTIFICATE:PASSWORD`. Each value judged as a literal given to a password (a `$VAR`, `-` for
// standard input or a word for the slot are none). Case-sensitive where the tool is. Each expression starts
// at the tool's name and reads a bounded stretch, or the tool's line once (toolLineOptions.ts): linear.
import { patternRule, type SecretRule } from '../secretRule';
import { acceptsQuotedLiteral } from './secretValue';
import { shellArgument } from './shellArgument';
import { letterOptions, toolLineOptionsRule } from './toolLineOptions';

/** Not a password: what the literal test turns down under a password's name. */
function notAPassword(secret: string, text: string, start: number): boolean {
  return !acceptsQuotedLiteral(text, start, start + secret.length, 'password');
}

/** The longest command's name (`zipcloak`), the run before the option and its blank. */
const ARCHIVE_OPTION_REACH = 8 + 200 + 1;

// The value: quoted (any character but its quote), or a run up to a blank or a shell's separator.
const VALUE = `${shellArgument('[^\\s"\'`;|&<>]', '[^\\s"\'`;|&<>]', 3, 400)}(?=[\\s;|&>]|$)`;

export const toolPasswordRules: readonly SecretRule[] = [
  patternRule({
    // The command's name holds a keyword (`unzip`, `7za`, `unrar`), at the match's start: `nearKeywords`.
    id: 'archive-password', keywords: ['zip', '7z', 'rar'], nearKeywords: true,
    pattern: new RegExp(`(?:\\b(?:zip|unzip|zipcloak|funzip)\\b[^\\r\\n]{0,200}?[ \\t]-P[ \\t]+|\\b(?:7z|7za|7zr|rar|unrar)\\b[^\\r\\n]{0,200}?[ \\t]-p(?!-))${VALUE}`),
    // (The option's `-P` or `-p` starts within the reach of the match's start.)
    needs: { literals: ['-P', '-p'], reach: ARCHIVE_OPTION_REACH },
    allow: notAPassword,
  }),
  patternRule({
    // openssl's `-k PASSWORD` and its pass-phrase arguments `-pass|-passin|-passout|-password pass:PASSWORD`
    // after `openssl` on the line. (`pass:` may sit inside the argument's quotes, `-passin "pass:…"`: its quote
    // closes after the value.) Its own id: `openssl-pass-argument` is the stated-credential rule's `pass:` anywhere.
    id: 'openssl-command-password', keywords: ['openssl'],
    pattern: new RegExp(
      `\\bopenssl\\b[^\\r\\n]{0,300}?[ \\t](?:-k[ \\t]+|-pass(?:in|out|word)?[ \\t]+(?<pq>["']?)pass:)` +
        `${shellArgument('[^\\s"\'`;|&<>]', '[^\\s"\'`;|&<>]', 3, 400)}\\k<pq>(?=[\\s;|&>]|$)`,
    ),
    // (`-k` or `-pass…` starts within the reach of the match's start: `openssl`, 300, a blank.)
    needs: { literals: ['-k', '-pass'], reach: 7 + 300 + 1 },
    allow: notAPassword,
  }),
  // ssh-keygen(1)'s `-N new_passphrase` (a new key's) and `-P passphrase` (the old one's), both on one line where `-p`
  // changes a key's passphrase (`ssh-keygen -p -f key -P old -N new`).
  toolLineOptionsRule({ id: 'ssh-keygen-passphrase', keywords: ['ssh-keygen'], tool: 'ssh-keygen', option: letterOptions('NP') }),
  patternRule({
    // `vault login TOKEN` (a method's `key=value` pairs are the assignment rule's; `-` reads stdin).
    id: 'vault-login-token', keywords: ['vault login'],
    pattern: new RegExp(
      `\\bvault[ \\t]+login(?:[ \\t]+-[\\w-]{1,30}(?:=[^\\s]{0,100})?){0,4}[ \\t]+${shellArgument('[^\\s"\'`;|&=-]', '[^\\s"\'`;|&=]', 3, 400)}(?=[ \\t]*(?:\\r?\\n|$|[;|&]))`,
    ),
    allow: notAPassword,
  }),
  // vsce(1) and ovsx: `publish|unpublish|verify-pat … -p, --pat <token>` (the Marketplace's, Open VSX's personal access token).
  toolLineOptionsRule({ id: 'extension-publish-token', keywords: ['vsce', 'ovsx'], tool: '(?:vsce|ovsx)', option: `[ \\t](?:-p|--pat)(?:[ \\t]+|=)${VALUE}` }),
  // ldappasswd(1): `-s newPasswd` sets it, `-a oldPasswd` proves the old one, both on one line (`-S`, `-A` prompt; `-w`
  // binds: cli-password-position).
  toolLineOptionsRule({ id: 'ldappasswd-password', keywords: ['ldappasswd'], tool: 'ldappasswd', option: letterOptions('as') }),
  // A service's token after a short option of the tool's own (a letter meaning nothing to the assignment rule): doctl's
  // global `-t, --access-token`, Codecov's uploader `-t, --token`, `dotnet nuget push|delete -k, --api-key`.
  toolLineOptionsRule({ id: 'doctl-access-token', keywords: ['doctl'], tool: 'doctl', option: letterOptions('t') }),
  toolLineOptionsRule({ id: 'codecov-token', keywords: ['codecov'], tool: 'codecov(?:cli)?', option: letterOptions('t') }),
  toolLineOptionsRule({ id: 'nuget-api-key', keywords: ['dotnet nuget'], tool: 'dotnet[ \\t]+nuget', option: letterOptions('k') }),
  // curl(1): `-E, --cert <certificate[:password]>` ("If the optional password is not specified, it is queried for on the
  // terminal"). A `:` in the file's name is written `\:`; the shell may quote the password alone (`file:'…'`); a Windows
  // drive's `C:\` is the path's (curl skips it); a PKCS#11 URI (`pkcs11:…`) names a token's object; `<…>` is the manual's.
  toolLineOptionsRule({
    id: 'curl-cert-password', keywords: ['curl'], tool: 'curl',
    option:
      `[ \\t](?:-E|--cert)(?:[ \\t]+|=)(?<cq>["']?)(?:[A-Za-z]:(?=[\\\\/])|(?![A-Za-z]:[\\\\/]|pkcs11:))(?:[^\\s:"'\\\\<>]|\\\\[^\\s]){1,300}:` +
      `(?<pq>["']?)(?<secret>[^\\s"'\\\\\`;|&<>$][^\\s"'\\\\\`;|&<>]{2,400})(?<q>\\k<pq>\\k<cq>)(?=[\\s;|&>]|$)`,
  }),
  patternRule({
    id: 'poetry-pypi-token', keywords: ['pypi-token.'],
    pattern: /\bpoetry[ \t]+config[ \t]+(?:--[\w-]{1,20}[ \t]+){0,2}pypi-token\.[^\s]{1,100}[ \t]+(?<q>["']?)(?<secret>[^\s"'`;|&$]{3,400})\k<q>/,
    allow: notAPassword,
  }),
];
