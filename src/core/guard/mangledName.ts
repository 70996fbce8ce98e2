// Whether a token is a symbol as a C++ compiler names it for the linker (the Itanium C++ ABI's
// mangling, which GCC and Clang use and Rust's legacy scheme copies): `_Z`, then the encoding,
// whose names are each written as their length and their characters (`_ZNKSs12find_last_ofEPKcm`
// holds `find_last_of`, 12 characters; `_ZN3foo17h05af221e174051e9E` holds `foo`). Linker maps,
// symbol lists and backtraces are full of them; a generated key is no such encoding: its digits
// are not followed by as many characters of a word.
import { commonPairShare } from './letterPairs';

const WORD_PAIRS = 0.6;
const MIN_WORD = 3;
/** Characters of such names in all: a random key's digits now and then precede a short word's letters by chance. */
const MIN_NAMED = 7;

/** `_Z` and length-prefixed names in it that read as words of a program, 7 characters of them at least, or a nested name read whole. */
export function looksMangledName(token: string): boolean {
  if (token.charCodeAt(0) !== 95 || token.charCodeAt(1) !== 90) return false;
  if (isNestedName(token)) return true;
  let named = 0;
  for (let i = 2; i < token.length; i++) {
    if (!isDigit(token.charCodeAt(i)) || token.charCodeAt(i) === 48) continue;
    let n = 0;
    let j = i;
    while (j < token.length && j - i < 3 && isDigit(token.charCodeAt(j))) n = n * 10 + token.charCodeAt(j++) - 48;
    const name = token.slice(j, j + n);
    if (name.length !== n) break;
    if (n >= MIN_WORD && NAME_WORDS.test(name) && commonPairShare(name) >= WORD_PAIRS) {
      named += n;
      if (named >= MIN_NAMED) return true;
    }
    // On past the name, read or not: its digits (`__cxx11`) are not a length.
    i = j + n - 1;
  }
  return false;
}

// A name's words: lower-case letters joined by `_` (`find_last_of`, `_S_construct_aux_2`), maybe capitalised or numbered.
// (Each `_` run is followed by a letter or a digit, so the expression reads a name one way only.)
const NAME_WORDS = /^_{0,2}[A-Za-z][a-z]*\d*(?:__?(?:[A-Za-z][a-z]*\d*|\d+))*$/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `_ZN`, names each written as its length and characters, `E`, and nothing after: a nested name
 * (`_ZN3foo17h05af221e174051e9E`, Rust's legacy symbols with their hash name). Read whole, whatever
 * its names say: of random base64url tokens after `_ZN`, about 0.15% read as a mangled name by either
 * test, and a random token starts with `_ZN` one time in a quarter of a million.
 */
function isNestedName(token: string): boolean {
  if (token.charCodeAt(2) !== 78) return false;
  let i = 3;
  let names = 0;
  while (i < token.length - 1) {
    if (!isDigit(token.charCodeAt(i)) || token.charCodeAt(i) === 48) return false;
    let n = 0;
    while (i < token.length && isDigit(token.charCodeAt(i)) && n < 1000) n = n * 10 + token.charCodeAt(i++) - 48;
    i += n;
    names++;
  }
  return names >= 2 && i === token.length - 1 && token.charCodeAt(i) === 69;
}
