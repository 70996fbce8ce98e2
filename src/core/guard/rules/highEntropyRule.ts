// A long random-looking string that no other rule named (detect-secrets' high-entropy plugins):
// only inside quotes or right after an assignment, never a bare word of code or prose, and
// never what is public by design (hex digests, UUIDs, integrity hashes, data URIs, paths).
import type { SecretRule } from '../secretRule';
import { looksPlaceholder } from '../secretRule';
import { spanKind } from '../spanList';
import { classSwitchRate, shannonEntropy, wordiness } from '../stringEntropy';

const MIN_TOKEN = 24;
const MAX_TOKEN = 1000;
const KIND = spanKind('high-entropy');

export const highEntropyRule: SecretRule = {
  id: 'high-entropy',
  keywords: [],
  afterOthers: true,
  find(text, found) {
    // `found` holds the other rules' spans, sorted and apart: a candidate inside one is already named.
    const known = found.length;
    let k = 0;
    forEachCandidate(text, (start, end) => {
      while (k < known && found.end(k) < end) k++;
      if (k < known && found.start(k) <= start) return;
      const before = text.slice(Math.max(0, start - 24), start);
      if (looksRandom(text.slice(start, end), before)) found.push(KIND, start, end);
    });
  }
};

function isTokenChar(c: number): boolean {
  // A-Z a-z 0-9 + / _ = -
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 95 || c === 61 || c === 45;
}

/**
 * The end of a run of base64/base64url characters, 24 to 1000 long, that starts right after a
 * quote, `=` or `: ` (from the first such place in the run). One pass over the text: a run is
 * read once, so no run, however long, is read again from each of its characters.
 */
function forEachCandidate(text: string, candidate: (start: number, end: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    if (!isTokenChar(text.charCodeAt(i))) continue;
    const runStart = i;
    while (i < text.length && isTokenChar(text.charCodeAt(i))) i++;
    const runEnd = i;
    for (let start = Math.max(runStart, runEnd - MAX_TOKEN); start <= runEnd - MIN_TOKEN; start++) {
      if (valueStartsAt(text, start)) {
        candidate(start, runEnd);
        break;
      }
    }
  }
}

/** Right after a quote or backtick, or after `=` or `:` and at most one blank. */
function valueStartsAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c === 34 || c === 39 || c === 96 || c === 61 || c === 58) return true;
  if (c !== 32 && c !== 9) return false;
  const b = text.charCodeAt(at - 2);
  return b === 61 || b === 58;
}

const DATA_OR_INTEGRITY_BEFORE = /(?:base64,|integrity["']?\s*[:=]\s*["']?)$/i;
const DIGEST_NAME_BEFORE = /(?:^|[^A-Za-z0-9])(?:sha\d*|sha3|md5|blake2b?|h1)[-:]$/i;
const DIGEST_PREFIX = /^(?:sha\d*|sha3|md5|blake2b?)-/i;
const HEX = /^[0-9a-fA-F]+$/;
const UUID_START = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-/;
const TWO_SLASHES = /\/.*\//;
const BASE64_PAD_OR_PLUS = /[+=]/;
const LOWER = /[a-z]/;
const UPPER = /[A-Z]/;
const DIGIT = /[0-9]/;

/** A token that reads like a random key, not like a word, path, hash or id. */
export function looksRandom(token: string, before: string): boolean {
  const core = withoutEdgePadding(token);
  if (core.length < 24) return false;
  // Mixed case and digits: all-letter runs are too often names. (The cheap tests that turn most
  // candidates away come first.)
  if (!LOWER.test(core) || !UPPER.test(core) || !DIGIT.test(core)) return false;
  if (wordiness(core) >= 0.4) return false;
  if (DATA_OR_INTEGRITY_BEFORE.test(before)) return false;
  if (DIGEST_NAME_BEFORE.test(before)) return false;
  if (DIGEST_PREFIX.test(token)) return false;
  if (looksPlaceholder(core)) return false;
  if (HEX.test(core)) return false; // commit ids, checksums, hex digests
  if (UUID_START.test(core)) return false;
  if (TWO_SLASHES.test(core) && !BASE64_PAD_OR_PLUS.test(core) && wordiness(core) > 0.3) return false; // a path
  const threshold = 0.8 * Math.log2(Math.min(core.length, 64));
  return shannonEntropy(core) >= threshold && classSwitchRate(core) >= 0.3;
}

/** Without leading and trailing - _ = (a loop: a `[-_=]+$` search is quadratic on a long inner run of them). */
function withoutEdgePadding(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && pad(token.charCodeAt(start))) start++;
  while (end > start && pad(token.charCodeAt(end - 1))) end--;
  return token.slice(start, end);
}

function pad(c: number): boolean {
  return c === 45 || c === 95 || c === 61;
}
