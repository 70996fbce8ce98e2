// A Kubernetes bootstrap token (kubernetes.io, "Authenticating with Bootstrap Tokens": "Bootstrap Tokens take
// the form of abcdef.0123456789abcdef. More formally, they must match the regular expression
// [a-z0-9]{6}\.[a-z0-9]{16}"): a public token id, `.`, the token secret; `kubeadm join --token`, a kubeadm
// config's `token:` and a bootstrap-token Secret carry it, and it is written on a line of its own
// (`kubeadm token create` prints it so). The whole token authenticates, so the whole is taken.
// It has no prefix: the format is the shape, a run of exactly 23 lower-case letters, digits and one dot in
// the seventh place, standing apart (not inside a name, a path, a host or a longer dotted run: a package
// `org.apache.commons.lang3`, a file `vendor.0123456789abcdef.js`), its secret holding letters and digits
// both (a generated one does, but for one in 180). Linear, and read a character in 23 where no run is that
// long (longRuns.ts), as the WIF rule reads its runs.
import type { SecretRule } from '../secretRule';
import { looksPlaceholder } from '../secretRule';
import { asciiClass, forEachLongRun } from '../longRuns';
import { spanKind } from '../spanList';
import { afterEscape, escapeLength } from './tokenBoundary';

const KIND = spanKind('kubernetes-bootstrap-token');
const LENGTH = 23;
const DOT = 6;
const RUN_CHAR = asciiClass((c) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46);
// Beside the run: a letter, digit, `_`, `-`, `/` or `@` makes it part of a longer name, path or address (a `\` or
// `%` after it opens an escape: `\n` in a JSON string, `%26` in a query).
const JOINS = asciiClass((c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 47 || c === 64);

export const bootstrapTokenRule: SecretRule = {
  id: 'kubernetes-bootstrap-token',
  keywords: [],
  find(text, found) {
    forEachLongRun(text, LENGTH, RUN_CHAR, (runStart, end) => {
      // A run opened by an escape's last characters (`\n`, `%3D`) holds the token after them.
      const start = runStart + escapeLength(text, runStart);
      if (end - start !== LENGTH || text.charCodeAt(start + DOT) !== 46) return;
      if (start === runStart && start > 0 && JOINS[text.charCodeAt(start - 1)] === 1 && !afterEscape(text, start)) return;
      if (end < text.length && JOINS[text.charCodeAt(end)] === 1) return;
      const token = text.slice(start, end);
      if (token.indexOf('.', DOT + 1) !== -1 || !/[a-z]/.test(token.slice(DOT + 1)) || !/[0-9]/.test(token.slice(DOT + 1))) return;
      if (!looksPlaceholder(token)) found.push(KIND, start, end);
    });
  },
};
