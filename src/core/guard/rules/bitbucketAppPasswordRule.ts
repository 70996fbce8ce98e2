// Bitbucket Cloud's app passwords: `ATBB`, then letters, digits and `_=.-` (trufflehog's detector reads any
// length before its 8-character checksum; Nosey Parker's, 32 after `ATBB`). An app password is used only
// with its account's user name, as Basic credentials (`user:ATBB…`, `https://user:ATBB…@bitbucket.org`),
// and the detectors report the pair: a user name glued before it by `:` is redacted with it.
// Linear: the expression opens with the literal prefix; the user name is read back at most 30 characters.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { shannonEntropy } from '../stringEntropy';
import { TOKEN_START } from './tokenBoundary';

const KIND = spanKind('bitbucket-app-password');
const PASSWORD = new RegExp(`${TOKEN_START}ATBB[A-Za-z0-9_=.-]{12,40}(?![A-Za-z0-9_=.-])`, 'g');
/** A Bitbucket user name: 1 to 30 letters, digits, `_` and `-` (trufflehog's reading). */
const MAX_USER = 30;

export const bitbucketAppPasswordRule: SecretRule = {
  id: 'bitbucket-app-password',
  keywords: ['atbb'],
  find(text, found) {
    PASSWORD.lastIndex = 0;
    for (let m = PASSWORD.exec(text); m; m = PASSWORD.exec(text)) {
      if (looksPlaceholder(m[0]) || shannonEntropy(m[0]) < 3) continue;
      found.push(KIND, userBefore(text, m.index), m.index + m[0].length);
    }
  },
};

/** Where a user name glued before `at` by `:` starts (`user1:ATBB…`), or `at` when there is none. */
function userBefore(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 58) return at;
  let start = at - 1;
  while (start > 0 && at - 1 - start < MAX_USER && isUserChar(text.charCodeAt(start - 1))) start--;
  if (start === at - 1 || isUserChar(text.charCodeAt(start - 1))) return at;
  return start;
}

/** [A-Za-z0-9_-] */
function isUserChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}
