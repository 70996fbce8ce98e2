// Whether a value behind a secret-named key reads like a generated key rather than a word, an
// identifier or a path: the test a weak key word (`key`, `auth`, `pat`) needs its value to pass.
import { classSwitchRate, shannonEntropy, vowelShare, wordiness } from '../stringEntropy';

const WHITESPACE = /\s/;
const HEX = /^[0-9a-f]{16,}$/i;
const LOWER_ALNUM = /^[a-z0-9]{20,}$/;

/** A value that reads like a generated key rather than a word or an identifier. */
export function looksRandomValue(v: string): boolean {
  if (v.length < 12 || WHITESPACE.test(v)) return false;
  if (HEX.test(v)) return shannonEntropy(v) >= 3;
  // The loops without a logarithm first. Lower-case runs are words only when they can be read
  // aloud: a base36 token (`3kx19qpx748…`) is all lower-case runs, but few of its letters are vowels.
  const wordy = wordiness(v) >= 0.5 && !(LOWER_ALNUM.test(v) && vowelShare(v) < 0.3);
  return !wordy && classSwitchRate(v) >= 0.2 && shannonEntropy(v) >= Math.min(3.5, Math.log2(v.length) * 0.8);
}
