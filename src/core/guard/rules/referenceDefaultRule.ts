// The default a reference falls back to when its variable is unset: the shell's and Docker
// Compose's `${DB_PASSWORD:-…}` and `${DB_PASSWORD:=…}`, Spring's `${db.password:…}`. The
// variable's name is the key, the default a literal given to it: a secret when the name names
// one (a weak name's, `api.key`, when it looks random), however the placeholder tests read the whole reference. (`${X:?message}` and `${X:+alt}`
// give no default; `${X:0:8}` is a substring.)
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsLiteralForKey } from './literalForKey';

const KIND = spanKind('reference-default');
// (No match indices, the `d` flag: the default ends where the match does, less its `}`. With them
// each match cost about six times as much, see secretPlace.ts.)
const DEFAULTED = /\$\{(?<key>[A-Za-z_][\w.-]{0,63}):[-=]?(?<secret>[^\s{}$'"`?+][^\s{}$'"`]{2,199})\}/g;
const SUBSTRING = /^\d+(?::\d+)?$/;

export const referenceDefaultRule: SecretRule = {
  id: 'reference-default',
  keywords: ['${'],
  find(text, found) {
    DEFAULTED.lastIndex = 0;
    for (let m = DEFAULTED.exec(text); m; m = DEFAULTED.exec(text)) {
      const secret = m.groups!.secret!;
      const end = m.index + m[0].length - 1;
      const start = end - secret.length;
      if (!SUBSTRING.test(secret) && acceptsLiteralForKey(text, start, end, m.groups!.key!)) found.push(KIND, start, end);
    }
  },
};
