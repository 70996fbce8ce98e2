// A value that counts: `1a2b3c4d`, `a1b2c3d4e5f6g7h8…`, `d4c3b2a1-f6e5-h8g7`, `12345678`, `0123456789abcdef`.
// A credential a machine issues is drawn from a random source (RFC 4086, "Randomness Requirements for
// Security"; RFC 6749 §10.10: tokens "MUST" be infeasible to guess), so its characters are independent of one
// another. A value where nearly every letter or digit is one step up or down from the one before it (one count)
// or two before it (two counts interleaved, letters and digits in turn) is typed by a person filling a slot:
// a guess of a few tries, whatever vendor's affixes it wears (a New Relic key's `NRAL`, Pixie's `px-dep-`).

import { isDigit, isLower, isUpper } from '../charCodes';

// Letters or digits asked, fewest (`1a2b3c4d` gives six), and the share of them that must step: of 8 random
// hex digits (each steps from a neighbour with chance at most 4/16) all six step once in 4,096; of letters
// and digits, once in some million.
const FEWEST_STEPS = 6;
const STEPPING_SHARE = 0.75;

/** The character's place in its count (digits 0–9, letters a–z either case), its class in the tens: -1 for no letter or digit. */
function countPlace(c: number): number {
  if (isDigit(c)) return c - 48;
  if (isLower(c)) return 100 + c - 97;
  if (isUpper(c)) return 100 + c - 65;
  return -1;
}

/** One step up or down between two places of a class (digits also 9 to 0 and back: a count goes on past 9). */
function steps(a: number, b: number): boolean {
  if (a < 0 || b < 0 || (a < 100) !== (b < 100)) return false;
  const d = a - b;
  return d === 1 || d === -1 || (a < 100 && (d === 9 || d === -9));
}

/**
 * Whether at least three in four of the value's letters and digits (from the third of each run of them on) step by
 * one from the character before or the one two before, and at least six do. Stops as soon as the misses make
 * the share unreachable: a random value misses from its first characters.
 */
export function countsInSteps(v: string): boolean {
  // (Past a quarter of the value's length, the misses are more than a quarter of the characters asked.)
  const allowedMisses = Math.floor(v.length * (1 - STEPPING_SHARE));
  let misses = 0;
  let stepped = 0;
  let before2 = -1;
  let before1 = -1;
  for (let i = 0; i < v.length; i++) {
    const place = countPlace(v.charCodeAt(i));
    if (place < 0) {
      before2 = before1 = -1;
      continue;
    }
    if (before2 >= 0) {
      if (steps(place, before2) && (place < 100) !== (before1 < 100)) stepped++;
      else if (++misses > allowedMisses) return false;
    }
    before2 = before1;
    before1 = place;
  }
  return stepped >= FEWEST_STEPS && stepped >= (stepped + misses) * STEPPING_SHARE;
}
