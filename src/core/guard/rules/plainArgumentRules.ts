// Passwords tools take as a plain argument, in each tool's own grammar: `redis-cli -a SECRET`,
// `sqlcmd -U sa -P SECRET` (bcp, osql), `net use \\host\share /user:NAME SECRET`, PowerShell's
// `ConvertTo-SecureString "SECRET" -AsPlainText`, and a Terraform variable whose secret-named
// block gives a default (`variable "db_password" { default = "SECRET" }`). Case-sensitive where
// the tool is (`-P` is sqlcmd's password, `-p` is not). Each expression starts at its own word
// and reads a bounded stretch after it: linear.
import { patternRule, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsPasswordLiteral, acceptsQuotedLiteral } from './secretValue';
import { commandStretch, optionGap, shellArgument } from './shellArgument';

const VARIABLE_DEFAULT = /\bvariable[ \t]+"([A-Za-z_][\w-]{0,63})"[ \t]*\{[^{}]{0,400}?\bdefault[ \t]*=[ \t]*"([^"\r\n]{3,400})"/g;
const DEFAULT_KIND = spanKind('secret-variable-default');

export const plainArgumentRules: readonly SecretRule[] = [
  patternRule({
    id: 'cli-password-argument', keywords: ['redis-cli', 'sqlcmd', 'bcp', 'osql', 'net use'],
    pattern: new RegExp(
      `(?:\\bredis-cli\\b${commandStretch(100)}[ \\t](?:-a|--pass)${optionGap(1)}|\\b(?:sqlcmd|bcp|osql)\\b${commandStretch(100)}[ \\t]-P${optionGap(0)}|\\bnet[ \\t]+use\\b[^\\n]{0,120}?[ \\t]\\/user:[^\\s]{1,100}[ \\t]+)` +
        shellArgument('[^\\s"\'`;|&]', '[^\\s"\'`;|&]', 3, 200),
    ),
  }),
  patternRule({
    // ldapsearch and its kin take the bind password after -w; htpasswd's -b its last argument;
    // rabbitmqctl a user's password after the user; `net user NAME SECRET` (not `*`, which prompts, nor an option).
    id: 'cli-password-position', keywords: ['ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldappasswd', 'ldapwhoami', 'htpasswd', 'rabbitmqctl', 'net user'],
    pattern: new RegExp(`(?:\\bldap(?:search|modify|add|delete|passwd|whoami)\\b${commandStretch(200)}[ \\t]-w${optionGap(1)}|\\bhtpasswd[ \\t]+-(?:(?=[a-zA-Z]*n)[a-zA-Z]*b[a-zA-Z]*|(?![a-zA-Z]*n)[a-zA-Z]*b[a-zA-Z]*[ \\t]+[^\\s-][^\\s]{0,200})[ \\t]+[^\\s-][^\\s]{0,200}[ \\t]+|\\brabbitmqctl[ \\t]+(?:add_user|change_password)[ \\t]+[^\\s]{1,100}[ \\t]+|\\bnet[ \\t]+user[ \\t]+[^\\s/]{1,100}[ \\t]+)(?<q>["']?)(?<secret>[^\\s"'\`;|&/*][^\\s"'\`]{2,200})\\k<q>(?=[ \\t\\r\\n;|&>]|$)`),
  }),
  // A password echoed into a tool that reads it from standard input: `echo "user:SECRET" |
  // chpasswd`, `echo "SECRET" | docker login … --password-stdin`, `gh auth login --with-token <<< TOKEN` (a `$VAR` there is
  // a reference).
  patternRule({
    id: 'chpasswd-password', keywords: ['chpasswd'],
    pattern: /\b(?:echo|printf)[ \t]+(?:-[en][ \t]+)?(?<q>["']?)[^\s:"'$]{1,64}:(?<secret>[^\s"'$`]{3,200})\k<q>[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd\b/,
  }),
  patternRule({
    // gh(1)'s `auth login --with-token` reads the token from standard input as docker's `--password-stdin` does.
    id: 'password-stdin-echo', keywords: ['--password-stdin', '--with-token'],
    pattern: /\b(?:echo|printf)[ \t]+(?:-[en][ \t]+)?(?<q>["']?)(?<secret>[^\s"'$`]{3,200})\k<q>[ \t]*\|[ \t]*(?:(?:docker|podman|helm[ \t]+registry)[ \t]+login\b[^\r\n]{0,200}?--password-stdin|gh[ \t]+auth[ \t]+login\b[^\r\n]{0,200}?--with-token)/,
  }),
  patternRule({
    // The same standard input given as a here-string (Bash manual 3.6.7, `<<< word`): `gh auth login --with-token <<< TOKEN`.
    id: 'password-stdin-here-string', keywords: ['--password-stdin', '--with-token'], passwordSlot: acceptsPasswordLiteral,
    pattern: new RegExp(
      `(?:\\b(?:docker|podman|helm[ \\t]+registry)[ \\t]+login\\b[^\\r\\n]{0,200}?--password-stdin|\\bgh[ \\t]+auth[ \\t]+login\\b[^\\r\\n]{0,200}?--with-token)` +
        `[^\\r\\n<]{0,200}<<<[ \\t]*${shellArgument('[^\\s"\'`;|&<>$]', '[^\\s"\'`;|&<>]', 3, 400)}(?=[\\s;|&>]|$)`,
    ),
  }),
  patternRule({
    id: 'plaintext-secure-string', keywords: ['convertto-securestring'],
    // The string may follow the switches (`-AsPlainText -Force "…"`): PowerShell binds it by position either way.
    pattern: /\bConvertTo-SecureString(?:[ \t]+-Force)?(?:[ \t]+-AsPlainText(?:[ \t]+-Force)?(?=[ \t]+(?:-String[ \t]+)?["'])|(?=[ \t]+(?:-String[ \t]+)?(["'])[^"'\r\n]{3,200}\1[^\r\n]{0,60}?-AsPlainText))[ \t]+(?:-String[ \t]+)?(?<q>["'])(?<secret>[^"'\r\n]{3,200})\k<q>/i,
  }),
  {
    id: 'secret-variable-default',
    keywords: ['variable'],
    find(text, found) {
      VARIABLE_DEFAULT.lastIndex = 0;
      for (let m = VARIABLE_DEFAULT.exec(text); m; m = VARIABLE_DEFAULT.exec(text)) {
        const end = m.index + m[0].length - 1;
        const start = end - m[2]!.length;
        if (acceptsQuotedLiteral(text, start, end, m[1]!)) found.push(DEFAULT_KIND, start, end);
      }
    },
  },
];
