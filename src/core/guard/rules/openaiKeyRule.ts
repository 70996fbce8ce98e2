// OpenAI keys: `sk-` (or sk-proj-, sk-svcacct-, sk-admin-) and a body, in the newer formats with
// the marker `T3BlbkFJ` inside it. One expression for every format would read up to 200
// characters after each `sk-` hunting for a marker that is not there (`sk-sk-sk-…` costs 200
// steps a character), so the marker's places are found first and the marked format is tried
// only where a marker is within its reach.
import { looksPlaceholder, type SecretRule, type SecretSpan } from '../secretRule';
import { shannonEntropy } from '../stringEntropy';

const MARKER = 'T3BlbkFJ';
const MARKED = /(?<![A-Za-z0-9_])sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}/y;
const UNMARKED = /sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200}|sk-[A-Za-z0-9]{48}(?![A-Za-z0-9_])/y;
/** The farthest a marker can start after `sk-`: the longest prefix (svcacct-) and 200 body characters. */
const REACH = 3 + 8 + 200;

export const openaiKeyRule: SecretRule = {
  id: 'openai-key',
  keywords: ['sk-'],
  find(text) {
    const found: SecretSpan[] = [];
    let marker = text.indexOf(MARKER);
    for (let at = text.indexOf('sk-'); at !== -1; at = text.indexOf('sk-', at)) {
      while (marker !== -1 && marker < at + 23) marker = text.indexOf(MARKER, marker + 1);
      let end = -1;
      if (marker !== -1 && marker <= at + REACH) end = matchEnd(MARKED, text, at);
      if (end === -1) end = matchEnd(UNMARKED, text, at);
      if (end === -1) {
        at += 1;
        continue;
      }
      const secret = text.slice(at, end);
      if (!looksPlaceholder(secret) && shannonEntropy(secret) >= 3) found.push({ kind: 'openai-key', start: at, end });
      at = end;
    }
    return found;
  },
};

function matchEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}
