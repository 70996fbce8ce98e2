// A Kubernetes bootstrap token (kubernetes.io, "Authenticating with Bootstrap Tokens": "Bootstrap Tokens take
// the form of abcdef.0123456789abcdef. More formally, they must match the regular expression
// [a-z0-9]{6}\.[a-z0-9]{16}"): a public token id, `.`, the token secret; `kubeadm join --token`, a kubeadm
// config's `token:` and a bootstrap-token Secret carry it, and it is written on a line of its own
// (`kubeadm token create` prints it so). The whole token authenticates, so the whole is taken.
// It has no prefix: the format is the shape, 6 lower-case letters or digits, the dot, 16 more, standing apart
// (not inside a name, a path, a host or a longer dotted run: a package `org.apache.commons.lang3`, a file
// `vendor.0123456789abcdef.js`), its secret holding letters and digits both (a generated one does, but for one
// in 180). Read from each dot of the text (the engine's own search finds them): a text of long words and
// no dots, where a scan by runs read every character, is passed over at once.
import type { SecretRule } from '../secretRule';
import { looksPlaceholder } from '../secretRule';
import { asciiClass } from '../longRuns';
import { spanKind } from '../spanList';
import { afterEscape } from './tokenBoundary';

const KIND = spanKind('kubernetes-bootstrap-token');
const ID = 6;
const SECRET = 16;
const TOKEN_CHAR = asciiClass((c) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57));
// Beside the token: a letter, digit, `_`, `.`, `-`, `/` or `@` makes it part of a longer name, path or address
// (a `\` or `%` after it opens an escape: `\n` in a JSON string, `%26` in a query).
const JOINS = asciiClass((c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || c === 47 || c === 64);

export const bootstrapTokenRule: SecretRule = {
  id: 'kubernetes-bootstrap-token',
  keywords: [],
  find(text, found) {
    for (let dot = text.indexOf('.', ID); dot !== -1 && dot + SECRET < text.length; dot = text.indexOf('.', dot + 1)) {
      const start = dot - ID;
      const end = dot + 1 + SECRET;
      if (end < text.length && JOINS[text.charCodeAt(end)] === 1) continue;
      // (An escape's last letter before it, `\n`'s n, is no part of a longer word.)
      if (start > 0 && JOINS[text.charCodeAt(start - 1)] === 1 && !afterEscape(text, start)) continue;
      if (!allTokenChars(text, start, dot) || !allTokenChars(text, dot + 1, end)) continue;
      const secret = text.slice(dot + 1, end);
      if (!/[a-z]/.test(secret) || !/[0-9]/.test(secret)) continue;
      const token = text.slice(start, end);
      if (!looksPlaceholder(token)) found.push(KIND, start, end);
    }
  },
};

function allTokenChars(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (TOKEN_CHAR[text.charCodeAt(i)] !== 1) return false;
  return true;
}
