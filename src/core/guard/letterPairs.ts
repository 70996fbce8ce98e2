// Whether the letters of a value pair as the words of names do: a word's letters follow each
// other in a few hundred ways (`th`, `er`, `in`, `st`), a generator's in any of 676. The 250 pairs
// below are the commonest in the words of names in code (the letter runs, split at camelCase, of
// 17 MB of JavaScript, TypeScript and Python: node_modules and Python's standard library, 8.2
// million pairs), which they cover 96.9% of; uniformly random letters fall on them 37% of the
// time. So the share of a value's pairs among them tells words from generated letters with a
// few pairs already, where the share of vowels (words ~40%, random letters 23%) needs dozens.
const COMMON = 'ab ac ad ag ai ak al am an ap ar as at au av ax ay ba be bi bj bl bo br bs bu by ca cc ce ch ci ck cl co cr ct cu da dd de di dl do dr ds du ea eb ec ed ee ef eg el em en eo ep eq er es et ev ew ex ey fa fe ff fi fl fo fr ft fu ge gh gi gn gr gs gt gu ha he hi ho hr ht ia ib ic id ie if ig il im in io ip ir is it iv iz je ke ki la ld le lf li ll lo ls lt lu ly ma mb me mi mm mo mp ms mu na nc nd ne nf ng ni nk nl nn no np ns nt nu nv ny ob oc od of og oi ok ol om on oo op or os ot ou ov ow pa pe pi pl po pp pr ps pt pu py qu ra rc rd re rf rg ri rk rl rm rn ro rr rs rt ru rv ry sa sc se sh si so sp ss st su sy ta tc te th ti to tp tr ts tt tu ty ua ub uc ud ue uf ui ul um un up ur us ut va ve vi vo wa we wh wi wn wo wr xe xp xt yp ys yt ze';

/** The share of common pairs at or above which a name's letters pair as words' do (randomValue.ts' boundary). */
export const NAME_PAIRS = 0.6;

/** 1 where the pair of letters (a = 0 … z = 25) at first · 26 + second is common. */
export const COMMON_PAIRS = new Uint8Array(26 * 26);
for (const pair of COMMON.split(' ')) COMMON_PAIRS[(pair.charCodeAt(0) - 97) * 26 + pair.charCodeAt(1) - 97] = 1;

/**
 * The share of the value's letter pairs (adjacent letters, case folded, not across a camelCase
 * step from lower to upper case) that are common in names' words; 1 when it has no pair.
 */
export function commonPairShare(v: string): number {
  let pairs = 0;
  let hits = 0;
  let previous = -1;
  let previousLower = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const lower = c >= 97 && c <= 122;
    const letter = lower ? c - 97 : c >= 65 && c <= 90 ? c - 65 : -1;
    if (letter !== -1 && previous !== -1 && !(previousLower && !lower)) {
      pairs++;
      hits += COMMON_PAIRS[previous * 26 + letter]!;
    }
    previous = letter;
    previousLower = lower;
  }
  return pairs === 0 ? 1 : hits / pairs;
}
