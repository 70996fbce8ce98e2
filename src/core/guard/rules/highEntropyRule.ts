// A long random-looking string that no other rule named (detect-secrets' high-entropy plugins):
// only inside quotes or right after an assignment, never a bare word of code or prose, and
// never what is public by design (hex digests, UUIDs, integrity hashes, data URIs, paths).
import type { SecretRule } from '../secretRule';
import { looksPlaceholder } from '../secretRule';
import { classSwitchRate, shannonEntropy, wordiness } from '../stringEntropy';

// A run of base64/base64url characters, 24 to 1000 long, right after a quote, `=` or `: `.
const CANDIDATE = /(?<=["'`]|[=:][ \t]?)[A-Za-z0-9+/_=-]{24,1000}(?![A-Za-z0-9+/_=-])/g;

export const highEntropyRule: SecretRule = {
  id: 'high-entropy',
  keywords: [],
  *find(text) {
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (looksRandom(m[0], before)) yield { kind: 'high-entropy', start: m.index, end: m.index + m[0].length };
    }
  }
};

/** A token that reads like a random key, not like a word, path, hash or id. */
export function looksRandom(token: string, before: string): boolean {
  if (/(?:base64,|integrity["']?\s*[:=]\s*["']?)$/i.test(before)) return false;
  if (/(?:^|[^A-Za-z0-9])(?:sha\d*|sha3|md5|blake2b?|h1)[-:]$/i.test(before)) return false;
  if (/^(?:sha\d*|sha3|md5|blake2b?)-/i.test(token)) return false;
  const core = token.replace(/^[-_=]+|[-_=]+$/g, '');
  if (core.length < 24 || looksPlaceholder(core)) return false;
  if (/^[0-9a-fA-F]+$/.test(core)) return false; // commit ids, checksums, hex digests
  if (/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-/.test(core)) return false;
  if (/\/.*\//.test(core) && !/[+=]/.test(core) && wordiness(core) > 0.3) return false; // a path
  // Mixed case and digits: all-letter runs are too often names.
  if (!/[a-z]/.test(core) || !/[A-Z]/.test(core) || !/[0-9]/.test(core)) return false;
  if (wordiness(core) >= 0.4) return false;
  const threshold = 0.8 * Math.log2(Math.min(core.length, 64));
  return shannonEntropy(core) >= threshold && classSwitchRate(core) >= 0.3;
}
