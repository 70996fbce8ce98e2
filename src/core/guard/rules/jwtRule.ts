// JSON Web Tokens: three base64url segments joined by dots, the first two starting with "eyJ"
// (base64 of `{"`); an unsigned token ends with the dot. It is this expression:
//   (?<![A-Za-z0-9_])eyJ[A-Za-z0-9_-]{10,4000}\.eyJ[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{0,2000}(?![A-Za-z0-9_-])
// read by hand, because "eyJ" is itself made of the segments' alphabet: in `eyJh-eyJh-…` the
// expression reads up to 4000 characters after every "eyJ" hunting for a dot (2 s per MB). A
// segment can only end where its run of the alphabet ends, so each run's end is found once and
// shared by every "eyJ" inside it.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { shannonEntropy } from '../stringEntropy';
import { RunEnds } from './runEnds';

const KIND = spanKind('jwt');
const DOT = 46;

export const jwtRule: SecretRule = {
  id: 'jwt',
  keywords: ['eyj'],
  find(text, found) {
    // One cursor per segment: the places each segment is asked about rise with the first's.
    const runs = [new RunEnds(text, isSegmentChar), new RunEnds(text, isSegmentChar), new RunEnds(text, isSegmentChar)] as const;
    for (let at = text.indexOf('eyJ'); at !== -1; ) {
      const end = tokenEnd(text, at, runs);
      if (end === -1 || !isToken(text.slice(at, end))) {
        at = text.indexOf('eyJ', at + 1);
        continue;
      }
      found.push(KIND, at, end);
      at = text.indexOf('eyJ', end);
    }
  },
};

/** The end of the token that starts at `at`, or -1. */
function tokenEnd(text: string, at: number, runs: readonly [RunEnds, RunEnds, RunEnds]): number {
  if (at > 0 && isWordChar(text.charCodeAt(at - 1))) return -1;
  const header = runs[0].from(at + 3);
  if (header - (at + 3) < 10 || header - (at + 3) > 4000 || text.charCodeAt(header) !== DOT) return -1;
  const payloadAt = header + 1;
  if (!text.startsWith('eyJ', payloadAt)) return -1;
  const payload = runs[1].from(payloadAt + 3);
  if (payload - (payloadAt + 3) < 4 || payload - (payloadAt + 3) > 8000 || text.charCodeAt(payload) !== DOT) return -1;
  const signature = runs[2].from(payload + 1);
  return signature - (payload + 1) > 2000 ? -1 : signature;
}

function isToken(token: string): boolean {
  return !looksPlaceholder(token) && shannonEntropy(token) >= 3;
}

/** [A-Za-z0-9_] */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** [A-Za-z0-9_-] */
function isSegmentChar(c: number): boolean {
  return isWordChar(c) || c === 45;
}
