// Where the next word that makes a key worth a look (pass, pwd, psw, psk, secret, token, key, cred, auth,
// login, pw, sig, salt, bearer, pat, password in other languages: contraseña, senha, wachtwoord, kennwort,
// lösenord, salasana; and a session's and an anti-forgery token's: sess, csrf, xsrf) is in a text, found by hand.
// It is this expression:
//   /pass|pwd|psw|psk|secret|token|key|cred|auth|login|pw|sig|salt|bearer|pat|contrase|senha|senord|salasana|wachtwoord|kennwort|sess|csrf|xsrf/gi
// (leftmost match, and of the words at one place the first listed), read one character at a
// time: a dense env file has a key every dozen characters, and a call into the regular
// expression engine per key cost more than the reading.

/** The assignment rule's keywords (lower case), as the prefilter takes them. */
export const keyWords: readonly string[] = ['pass', 'pwd', 'psw', 'psk', 'secret', 'token', 'key', 'cred', 'auth', 'login', 'pw', 'sig', 'salt', 'bearer', 'pat', 'contrase', 'senha', 'senord', 'salasana', 'wachtwoord', 'kennwort', 'sess', 'csrf', 'xsrf'];

/** The offset of the last character of the first key word that starts at or after `from` (and before `to`), or -1. */
export function nextKeyWordEnd(text: string, from: number, to = text.length): number {
  const n = to;
  for (let i = from; i < n; i++) {
    // `| 0x20` folds A-Z onto a-z and maps no other character onto a lower-case letter (past the end, NaN | 0x20 is a blank).
    // (A first letter no key word has is passed by one look; the next two letters are read once into locals, not once
    // per key word tried: at a text's every key word place and in every value judged, those reads were the scan's cost.
    // The letters after them are folded in place, not by a helper: this function is past V8's inlining budget, so a
    // helper here was a call a letter.)
    const c = text.charCodeAt(i);
    if (!(c < 128) || FIRST[c] === 0) continue;
    const c0 = c | 0x20;
    const c1 = text.charCodeAt(i + 1) | 0x20;
    const c2 = text.charCodeAt(i + 2) | 0x20;
    switch (c0) {
      case P:
        if (c1 === A && c2 === S && (text.charCodeAt(i + 3) | 0x20) === S) return i + 3;
        if (c1 === W) return c2 === D ? i + 2 : i + 1;
        if (c1 === S && (c2 === W || c2 === K)) return i + 2;
        if (c1 === A && c2 === T) return i + 2;
        break;
      case S:
        if (c1 === E && c2 === C && (text.charCodeAt(i + 3) | 0x20) === R && (text.charCodeAt(i + 4) | 0x20) === E && (text.charCodeAt(i + 5) | 0x20) === T) return i + 5;
        if (c1 === E && c2 === S && (text.charCodeAt(i + 3) | 0x20) === S) return i + 3;
        if (c1 === I && c2 === G) return i + 2;
        if (c1 === A && c2 === L) {
          const c3 = text.charCodeAt(i + 3) | 0x20;
          if (c3 === T) return i + 3;
          if (c3 === A && (text.charCodeAt(i + 4) | 0x20) === S && (text.charCodeAt(i + 5) | 0x20) === A && (text.charCodeAt(i + 6) | 0x20) === N && (text.charCodeAt(i + 7) | 0x20) === A) return i + 7;
        } else if (c1 === E && c2 === N) {
          const c3 = text.charCodeAt(i + 3) | 0x20;
          if (c3 === H && (text.charCodeAt(i + 4) | 0x20) === A) return i + 4;
          if (c3 === O && (text.charCodeAt(i + 4) | 0x20) === R && (text.charCodeAt(i + 5) | 0x20) === D) return i + 5;
        }
        break;
      case T:
        if (c1 === O && c2 === K && (text.charCodeAt(i + 3) | 0x20) === E && (text.charCodeAt(i + 4) | 0x20) === N) return i + 4;
        break;
      case K:
        if (c1 === E && c2 === Y) return i + 2;
        if (c1 === E && c2 === N && (text.charCodeAt(i + 3) | 0x20) === N && (text.charCodeAt(i + 4) | 0x20) === W && (text.charCodeAt(i + 5) | 0x20) === O && (text.charCodeAt(i + 6) | 0x20) === R && (text.charCodeAt(i + 7) | 0x20) === T) return i + 7;
        break;
      case C:
        if (c1 === R && c2 === E && (text.charCodeAt(i + 3) | 0x20) === D) return i + 3;
        if (c1 === S && c2 === R && (text.charCodeAt(i + 3) | 0x20) === F) return i + 3;
        if (c1 === O && c2 === N && (text.charCodeAt(i + 3) | 0x20) === T && (text.charCodeAt(i + 4) | 0x20) === R && (text.charCodeAt(i + 5) | 0x20) === A && (text.charCodeAt(i + 6) | 0x20) === S && (text.charCodeAt(i + 7) | 0x20) === E) return i + 7;
        break;
      case A:
        if (c1 === U && c2 === T && (text.charCodeAt(i + 3) | 0x20) === H) return i + 3;
        break;
      case L:
        if (c1 === O && c2 === G && (text.charCodeAt(i + 3) | 0x20) === I && (text.charCodeAt(i + 4) | 0x20) === N) return i + 4;
        break;
      case W:
        if (c1 === A && c2 === C && (text.charCodeAt(i + 3) | 0x20) === H && (text.charCodeAt(i + 4) | 0x20) === T && (text.charCodeAt(i + 5) | 0x20) === W && (text.charCodeAt(i + 6) | 0x20) === O && (text.charCodeAt(i + 7) | 0x20) === O && (text.charCodeAt(i + 8) | 0x20) === R && (text.charCodeAt(i + 9) | 0x20) === D) return i + 9;
        break;
      case X:
        if (c1 === S && c2 === R && (text.charCodeAt(i + 3) | 0x20) === F) return i + 3;
        break;
      case B:
        if (c1 === E && c2 === A && (text.charCodeAt(i + 3) | 0x20) === R && (text.charCodeAt(i + 4) | 0x20) === E && (text.charCodeAt(i + 5) | 0x20) === R) return i + 5;
        break;
    }
  }
  return -1;
}

/** A character of a key: letters (Latin ones with accents too: `contraseña`, `lösenord`), digits, `_`, `.`, `-`. */
export function isKeyChar(c: number): boolean {
  // (One look in a table, not seven ranges tried: the assignment rule widens every key word to its key over these.)
  return c < KEY_CHAR_LIMIT && KEY_CHARS[c] === 1;
}

/** [A-Za-z0-9_.-] and the Latin letters of U+00C0–U+024F but × and ÷ (NaN is no key character: past the text's ends). */
export const KEY_CHAR_LIMIT = 0x250;
export const KEY_CHARS = new Uint8Array(KEY_CHAR_LIMIT);
for (let c = 0; c < KEY_CHAR_LIMIT; c++) {
  KEY_CHARS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 1 : 0;
}

const A = 0x61;
const B = 0x62;
const C = 0x63;
const D = 0x64;
const E = 0x65;
const F = 0x66;
const G = 0x67;
const H = 0x68;
const I = 0x69;
const K = 0x6b;
const L = 0x6c;
const N = 0x6e;
const O = 0x6f;
const P = 0x70;
const R = 0x72;
const S = 0x73;
const T = 0x74;
const U = 0x75;
const W = 0x77;
const X = 0x78;
const Y = 0x79;
// Per ASCII character, 1 for the letters a key word starts with in either case (a b c k l p s t w x).
const FIRST = new Uint8Array(128);
for (const c of [A, B, C, K, L, P, S, T, W, X]) FIRST[c] = FIRST[c - 0x20] = 1;
