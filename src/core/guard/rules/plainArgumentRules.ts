// Passwords tools take as a plain argument, in each tool's own grammar: `redis-cli -a SECRET`,
// `sqlcmd -U sa -P SECRET` (bcp, osql), `net use \\host\share /user:NAME SECRET`, PowerShell's
// `ConvertTo-SecureString "SECRET" -AsPlainText`, and a Terraform variable whose secret-named
// block gives a default (`variable "db_password" { default = "SECRET" }`). Case-sensitive where
// the tool is (`-P` is sqlcmd's password, `-p` is not). Each expression starts at its own word
// and reads a bounded stretch after it: linear.
import { patternRule, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsQuotedLiteral } from './secretValue';

const VARIABLE_DEFAULT = /\bvariable[ \t]+"([A-Za-z_][\w-]{0,63})"[ \t]*\{[^{}]{0,400}?\bdefault[ \t]*=[ \t]*"([^"\r\n]{3,400})"/g;
const DEFAULT_KIND = spanKind('secret-variable-default');

export const plainArgumentRules: readonly SecretRule[] = [
  patternRule({
    id: 'cli-password-argument', keywords: ['redis-cli', 'sqlcmd', 'bcp', 'osql', 'net use'],
    pattern: /(?:\bredis-cli\b[^\n]{0,100}?[ \t](?:-a|--pass)[ \t]+|\b(?:sqlcmd|bcp|osql)\b[^\n]{0,100}?[ \t]-P[ \t]*|\bnet[ \t]+use\b[^\n]{0,120}?[ \t]\/user:[^\s]{1,100}[ \t]+)(?<q>["']?)(?<secret>[^\s"'`;|&]{3,200})\k<q>/,
  }),
  patternRule({
    id: 'plaintext-secure-string', keywords: ['convertto-securestring'],
    pattern: /\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?<q>["'])(?<secret>[^"'\r\n]{3,200})\k<q>[^\r\n]{0,60}?-AsPlainText/i,
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
