// Whether a token is a name code gave something, made of words: `PBEWithHmacSHA384AndAES_256`,
// `SHA1withECDSAinP1363Format`, `myRelMBeanObjName2RelIdMap`, `CK_NSS_JPAKERound2Params`. A name
// glues its words in camelCase between separators (_ - .): words of two lower-case letters or
// more (capitalised or not), acronyms, letters and acronyms numbered (`v4`, `V6`, `SHA384`),
// numbers. A word is spoken, so a vowel comes at least every four letters (`Hmac`, `with`); a
// lone lower-case letter is a piece of its own, numbered, or a short word with its capital
// (`Id`, `To`). Two more kinds of words, from LLVM's and NSS's tables: a lower-case segment of
// its own between separators may be an abbreviation without a vowel (`HEXAGON_V6_vcvt_hf_h`),
// and capitals with a vowel every four letters (`CHAR`, `HEXAGON`) a word in upper case. A
// generated key breaks that at nearly every turn (`aB3dE6`, `Ljdwvma`): about 0.6% of random
// 24-character keys and 0.02-0.08% of 40-character ones read as names. Words must cover 30% of
// the token and be two at least, one of them in lower case: capitals and digits alone
// (`AB12CD34…`, a base32 secret) read as acronyms whatever they are.

import { isDigit, isLower, isUpper } from './charCodes';

const MAX_NUMBER = 6;
const LETTERS_PER_VOWEL = 4;
const WORD_COVER = 0.3;
const MAX_ABBREVIATION = 4;
const MIN_CAPITAL_WORD = 4;

export function readsAsIdentifier(token: string): boolean {
  const n = token.length;
  let words = 0;
  let spoken = 0;
  let inWords = 0;
  let i = 0;
  let afterSeparator = true;
  while (i < n) {
    const c = token.charCodeAt(i);
    if (isSeparator(c)) {
      i++;
      afterSeparator = true;
      continue;
    }
    if (isDigit(c)) {
      let k = i;
      while (k < n && isDigit(token.charCodeAt(k))) k++;
      if (k - i > MAX_NUMBER) return false;
      i = k;
    } else if (isUpper(c) || isLower(c)) {
      // Capitals (an acronym, the last one maybe opening a word), then lower-case letters.
      let j = i;
      while (j < n && isUpper(token.charCodeAt(j))) j++;
      let k = j;
      while (k < n && isLower(token.charCodeAt(k))) k++;
      const lower = k - j;
      const word = j === i ? i : j - 1;
      const next = k < n ? token.charCodeAt(k) : UNDERSCORE;
      if (lower >= 2) {
        if (vowels(token, word, k) * LETTERS_PER_VOWEL < k - word) {
          // A lower-case segment of its own between separators is an abbreviation (LLVM's `vcvt`, `hf`).
          if (j > i || !afterSeparator || !isSeparator(next) || lower > MAX_ABBREVIATION) return false;
        }
        words++;
        spoken++;
        inWords += k - word;
      } else if (lower === 0 && j - i >= MIN_CAPITAL_WORD && vowels(token, i, j) * LETTERS_PER_VOWEL >= j - i) {
        // A word in capitals (`CHAR`, `HEXAGON`): counted beside a word in lower case only, as
        // capitals and digits alone read as acronyms (a base32 secret).
        words++;
        inWords += j - i;
      } else if (lower === 1) {
        const alone = j === i && afterSeparator && isSeparator(next);
        const numbered = isDigit(next) && (j === i ? afterSeparator : j - i !== 2);
        const shortWord = j > i && !isDigit(next) && vowels(token, word, k) > 0;
        if (!alone && !numbered && !shortWord) return false;
      }
      i = k;
    } else {
      return false; // + / = : base64's, never a name's
    }
    afterSeparator = false;
  }
  return words >= 2 && spoken >= 1 && inWords >= WORD_COVER * n;
}

const UNDERSCORE = 95;

function vowels(token: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) if (isVowel(token.charCodeAt(i))) v++;
  return v;
}

function isSeparator(c: number): boolean {
  return c === UNDERSCORE || c === 45 || c === 46;
}

/** a e i o u y, either case. */
function isVowel(c: number): boolean {
  const l = c | 32;
  return l === 97 || l === 101 || l === 105 || l === 111 || l === 117 || l === 121;
}
