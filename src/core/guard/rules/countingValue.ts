// A value that counts, two counts interleaved, letters and digits in turn: `1a2b3c4d`, `a1b2c3d4e5f6g7h8…`,
// `d4c3b2a1-f6e5-h8g7`. A credential a machine issues is drawn from a random source (RFC 4086, "Randomness Requirements
// for Security"; RFC 6749 §10.10: tokens "MUST" be infeasible to guess), so its characters are independent of one
// another. A value where nearly every letter is the letter one up or down from the letter before it, and every digit
// so from the digit before it, is typed by a person filling a slot, whatever vendor's affixes it wears (a New Relic
// key's `NRAL`, Pixie's `px-dep-`). (One count alone, `12345678`, is left to the rules: detectors' tests write such
// runs into their valid keys' formats, `3aBcDFE5678901234567890_…`.)

// Each ASCII character's place in its count: digits 0–9, letters 100–125 either case; -1 for any other character.
const PLACE = new Int16Array(128).fill(-1);
for (let c = 48; c <= 57; c++) PLACE[c] = c - 48;
for (let c = 97; c <= 122; c++) PLACE[c] = PLACE[c - 32] = 100 + c - 97;

// Letters or digits asked, fewest (`1a2b3c4d` gives six), and the share of them that must step: of 8 random
// hex digits (each steps from a neighbour with chance at most 4/16) all six step once in 4,096; of letters
// and digits, once in some million.
const FEWEST_STEPS = 6;
const STEPPING_SHARE = 0.75;

/** One step up or down between two places of one class (digits also 9 to 0 and back: a count goes on past 9). */
function steps(a: number, b: number): boolean {
  const d = a - b;
  return d === 1 || d === -1 || (a < 100 && (d === 9 || d === -9));
}

/**
 * Whether at least three in four of the value's letters and digits (from the third of each run of them on) step by
 * one from the character two before, the one between them of the other class, and at least six do. Stops as soon as the misses make
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
    const c = v.charCodeAt(i);
    const place = c < 128 ? PLACE[c]! : -1;
    if (place < 0) {
      before2 = before1 = -1;
      continue;
    }
    if (before2 >= 0) {
      // (A letter and a digit in turn: `place` and `before1` of two classes, `place` one step from `before2`, of its own.)
      if ((place < 100) !== (before1 < 100) && (place < 100) === (before2 < 100) && steps(place, before2)) stepped++;
      else if (++misses > allowedMisses) return false;
    }
    before2 = before1;
    before1 = place;
  }
  return stepped >= FEWEST_STEPS && stepped >= (stepped + misses) * STEPPING_SHARE;
}
