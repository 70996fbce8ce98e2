// OpenAI keys: `sk-` (or sk-proj-, sk-svcacct-, sk-admin-) and a body, in the newer formats with
// the marker `T3BlbkFJ` inside it. One expression for every format would read up to 200
// characters after each `sk-` hunting for a marker that is not there (`sk-sk-sk-…` costs 200
// steps a character), so the marker's places are found first and the marked format is tried
// only where a marker is within its reach.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { shannonEntropy } from '../stringEntropy';
import { TOKEN_START } from './tokenBoundary';

const MARKER = 'T3BlbkFJ';
const MARKED = new RegExp(String.raw`${TOKEN_START}sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}`, 'y');
const UNMARKED = /sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200}|sk-[A-Za-z0-9]{48}(?![A-Za-z0-9_])/y;
/** The farthest a marker can start after `sk-`: the longest prefix (svcacct-) and 200 body characters. */
const REACH = 3 + 8 + 200;
const KIND = spanKind('openai-key');

export const openaiKeyRule: SecretRule = {
  id: 'openai-key',
  keywords: ['sk-'],
  find(text, found) {
    const markers = new MarkerCursor(text);
    for (let at = text.indexOf('sk-'); at !== -1; ) {
      const end = keyEnd(text, at, markers.within(at + 23, at + REACH));
      if (end === -1) {
        at = text.indexOf('sk-', at + 1);
        continue;
      }
      const secret = text.slice(at, end);
      if (!looksPlaceholder(secret) && shannonEntropy(secret) >= 3) found.push(KIND, at, end);
      at = text.indexOf('sk-', end);
    }
  },
};

/** The end of the key that starts at `at`, or -1; the marked format only when a marker is in reach. */
function keyEnd(text: string, at: number, markerInReach: boolean): number {
  const end = markerInReach ? matchEnd(MARKED, text, at) : -1;
  return end !== -1 ? end : matchEnd(UNMARKED, text, at);
}

/** The marker's places, asked for in rising order: one pass over the text in all. */
class MarkerCursor {
  private next: number;

  constructor(private readonly text: string) {
    this.next = text.indexOf(MARKER);
  }

  /** Whether a marker starts in [from, to]. */
  within(from: number, to: number): boolean {
    while (this.next !== -1 && this.next < from) this.next = this.text.indexOf(MARKER, this.next + 1);
    return this.next !== -1 && this.next <= to;
  }
}

function matchEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}
