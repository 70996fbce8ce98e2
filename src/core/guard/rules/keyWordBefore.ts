// Whether a key word (keyWordScan's: key, token, secret, pass, auth…; not sess, csrf, xsrf) starts on a candidate's line before it
// or on the line above (a key its value is written under: Java's `KEY\n = "…"`, C++'s `Key{\n "…"`), within
// MAX_BEFORE characters: the high-entropy rule's gate. No trusted tool redacts a random string for its
// randomness alone: gitleaks' generic-api-key needs a key word before the value, trufflehog v3 has no
// entropy-only detector, SonarSource's secret rules need a key word or a documented prefix.
// Read forward once per text: the rule asks at rising offsets, and a line of candidates a MB long
// (`samsara_api_="samsara_api_…`) read 240 characters back for each of them, five times the whole redaction.
// Handed where the key words start (the redactor's prefilter pass records them for the assignment rule), it
// seeks none of its own: its scan was a tenth of a line-of-values text's redaction.
import { keyWords, nextKeyWordEnd } from './keyWordScan';
import type { Places } from '../keywordPrefilter';

const MAX_BEFORE = 240;
const LONGEST_KEY_WORD = Math.max(...keyWords.map((w) => w.length));

let memoText = '';
let lastAsked = -1;
let readTo = 0;
// Of the characters read: where the last key word starts, the last line break and the one before it.
let lastKeyWord = -1;
let lastBreak = -1;
let breakBefore = -1;
// The first line break at or after `readTo` (-1: none to the text's end; -2: not sought yet), sought by indexOf
// from the last one found: still each character once, but a vectorised search, not a loop a character at a time.
let nextBreak = -2;
// The key words' starts handed (rising), and the first not yet read.
let memoStarts: Places | undefined;
let nextStart = 0;

/** `starts`, when given, are where every key word in the text starts, rising (keyWordScan's places). */
export function keyWordBefore(text: string, start: number, starts?: Places): boolean {
  const limit = Math.max(0, start - MAX_BEFORE);
  if (text !== memoText || starts !== memoStarts || start < lastAsked) {
    memoStarts = starts;
    readTo = 0;
    nextStart = 0;
    lastKeyWord = lastBreak = breakBefore = -1;
    nextBreak = -2;
  }
  // Kept whatever the answer: a new text equal to the last (the same document read again) would
  // otherwise be compared with the old one, character by character, at every call.
  memoText = text;
  lastAsked = start;
  // Nothing before `limit` can count: a key word or a line break there is as good as none.
  if (readTo < limit) readTo = limit;
  if (readTo < start) {
    if (nextBreak !== -1 && nextBreak < readTo) nextBreak = text.indexOf('\n', readTo);
    for (; nextBreak !== -1 && nextBreak < start; nextBreak = text.indexOf('\n', nextBreak + 1)) {
      breakBefore = lastBreak;
      lastBreak = nextBreak;
    }
    // The last key word starting in [readTo, start): the scan names each one's end; its start is the first
    // place within the longest key word's reach of that end where a key word starts.
    if (starts !== undefined) {
      for (; nextStart < starts.length && starts[nextStart]! < start; nextStart++) if (opensGate(text, starts[nextStart]!)) lastKeyWord = starts[nextStart]!;
    } else for (let from = readTo, end = nextKeyWordEnd(text, from, start); end !== -1; end = nextKeyWordEnd(text, from, start)) {
      let at = Math.max(from, end - LONGEST_KEY_WORD + 1);
      while (nextKeyWordEnd(text, at, at + 1) === -1) at++;
      if (opensGate(text, at)) lastKeyWord = at;
      from = at + 1;
    }
    readTo = start;
  }
  // The candidate's line starts after `lastBreak`; when that is within reach, the line above counts too.
  const lineStart = lastBreak + 1;
  const from = lineStart > limit ? Math.max(limit, breakBefore + 1) : limit;
  return lastKeyWord >= from && lastKeyWord < start;
}

/**
 * A key word at `at` opens the gate but a session's and an anti-forgery token's (`sess`, `csrf`, `xsrf`): those name a
 * credential as a key's own name, which the assignment rule reads; in prose near a random run ("User session has been
 * revoked", `claims="eyJ…"`) they say nothing of it.
 */
const NOT_GATE_WORDS = ['sess', 'csrf', 'xsrf'];

function opensGate(text: string, at: number): boolean {
  return !NOT_GATE_WORDS.some((word) => startsWithWord(text, at, word));
}

/** Whether `word` (lower case) is at `at`, in any case: read by code unit, nothing sliced. */
function startsWithWord(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}
