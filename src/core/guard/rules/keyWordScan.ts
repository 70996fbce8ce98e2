// Where the next word that makes a key worth a look (pass, pwd, psw, secret, token, key, cred, auth,
// login, pw, sig, salt, bearer, pat, and password in other languages: contraseña, senha,
// wachtwoord, kennwort, lösenord, salasana) is in a text, found by hand. It is this expression:
//   /pass|pwd|psw|secret|token|key|cred|auth|login|pw|sig|salt|bearer|pat|contrase|senha|senord|salasana|wachtwoord|kennwort/gi
// (leftmost match, and of the words at one place the first listed), read one character at a
// time: a dense env file has a key every dozen characters, and a call into the regular
// expression engine per key cost more than the reading.

/** The assignment rule's keywords (lower case), as the prefilter takes them. */
export const keyWords: readonly string[] = ['pass', 'pwd', 'psw', 'secret', 'token', 'key', 'cred', 'auth', 'login', 'pw', 'sig', 'salt', 'bearer', 'pat', 'contrase', 'senha', 'senord', 'salasana', 'wachtwoord', 'kennwort'];

/** The offset of the last character of the first key word that starts at or after `from` (and before `to`), or -1. */
export function nextKeyWordEnd(text: string, from: number, to = text.length): number {
  const n = to;
  for (let i = from; i < n; i++) {
    // `| 0x20` folds A-Z onto a-z and maps no other character onto a lower-case letter.
    switch (text.charCodeAt(i) | 0x20) {
      case P:
        if (is(text, i + 1, A) && is(text, i + 2, S) && is(text, i + 3, S)) return i + 3;
        if (is(text, i + 1, W)) return is(text, i + 2, D) ? i + 2 : i + 1;
        if (is(text, i + 1, S) && is(text, i + 2, W)) return i + 2;
        if (is(text, i + 1, A) && is(text, i + 2, T)) return i + 2;
        break;
      case S:
        if (is(text, i + 1, E) && is(text, i + 2, C) && is(text, i + 3, R) && is(text, i + 4, E) && is(text, i + 5, T)) return i + 5;
        if (is(text, i + 1, I) && is(text, i + 2, G)) return i + 2;
        if (is(text, i + 1, A) && is(text, i + 2, L) && is(text, i + 3, T)) return i + 3;
        if (is(text, i + 1, E) && is(text, i + 2, N) && is(text, i + 3, H) && is(text, i + 4, A)) return i + 4;
        if (is(text, i + 1, E) && is(text, i + 2, N) && is(text, i + 3, O) && is(text, i + 4, R) && is(text, i + 5, D)) return i + 5;
        if (is(text, i + 1, A) && is(text, i + 2, L) && is(text, i + 3, A) && is(text, i + 4, S) && is(text, i + 5, A) && is(text, i + 6, N) && is(text, i + 7, A)) return i + 7;
        break;
      case T:
        if (is(text, i + 1, O) && is(text, i + 2, K) && is(text, i + 3, E) && is(text, i + 4, N)) return i + 4;
        break;
      case K:
        if (is(text, i + 1, E) && is(text, i + 2, Y)) return i + 2;
        if (is(text, i + 1, E) && is(text, i + 2, N) && is(text, i + 3, N) && is(text, i + 4, W) && is(text, i + 5, O) && is(text, i + 6, R) && is(text, i + 7, T)) return i + 7;
        break;
      case C:
        if (is(text, i + 1, R) && is(text, i + 2, E) && is(text, i + 3, D)) return i + 3;
        if (is(text, i + 1, O) && is(text, i + 2, N) && is(text, i + 3, T) && is(text, i + 4, R) && is(text, i + 5, A) && is(text, i + 6, S) && is(text, i + 7, E)) return i + 7;
        break;
      case A:
        if (is(text, i + 1, U) && is(text, i + 2, T) && is(text, i + 3, H)) return i + 3;
        break;
      case L:
        if (is(text, i + 1, O) && is(text, i + 2, G) && is(text, i + 3, I) && is(text, i + 4, N)) return i + 4;
        break;
      case W:
        if (is(text, i + 1, A) && is(text, i + 2, C) && is(text, i + 3, H) && is(text, i + 4, T) && is(text, i + 5, W) && is(text, i + 6, O) && is(text, i + 7, O) && is(text, i + 8, R) && is(text, i + 9, D)) return i + 9;
        break;
      case B:
        if (is(text, i + 1, E) && is(text, i + 2, A) && is(text, i + 3, R) && is(text, i + 4, E) && is(text, i + 5, R)) return i + 5;
        break;
    }
  }
  return -1;
}

/** A character of a key: letters (Latin ones with accents too: `contraseña`, `lösenord`), digits, `_`, `.`, `-`. */
export function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** The character at `at` is the lower-case letter `letter` in either case (past the end: no). */
function is(text: string, at: number, letter: number): boolean {
  return (text.charCodeAt(at) | 0x20) === letter;
}

const A = 0x61;
const B = 0x62;
const C = 0x63;
const D = 0x64;
const E = 0x65;
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
const Y = 0x79;
