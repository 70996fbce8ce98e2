// Whether a value behind a secret-named key reads like a generated key rather than a word, an
// identifier or a path: the test a weak key word (`key`, `auth`, `pat`) needs its value to pass.
import { classSwitchRate, shannonEntropy, wordiness } from '../stringEntropy';
import { commonPairShare } from '../letterPairs';

const WHITESPACE = /\s/;
const HEX = /^[0-9a-f]{16,}$/i;
// Words' pairs are nearly all common (97% of names' pairs), random letters' 37%: the boundary between.
const WORD_PAIRS = 0.6;

/** A value that reads like a generated key rather than a word or an identifier. */
export function looksRandomValue(v: string): boolean {
  if (v.length < 12 || WHITESPACE.test(v)) return false;
  if (HEX.test(v)) return shannonEntropy(v) >= 3;
  // The loops without a logarithm first. Lower-case runs are words only when their letters pair
  // as words' do: a base36 token (`3kx19qpx748…`) is all lower-case runs, but few of its pairs are a word's.
  const wordy = wordiness(v) >= 0.5 && commonPairShare(v) >= WORD_PAIRS;
  return !wordy && classSwitchRate(v) >= 0.2 && shannonEntropy(v) >= Math.min(3.5, Math.log2(v.length) * 0.8);
}
