// Where a name's words start and end, the one reading every rule that splits a name shares (a key's
// name, a value that may be a name, a value that spells its key). A word is a run of letters and digits,
// beyond ASCII too as JavaScript's, Python's, Java's and C#'s identifiers allow (`contraseña`, `lösenord`):
// anything else joins two words (`_` snake, `-` kebab, `.` a member, `$`, `:`, a blank). Inside a
// run, camelCase starts a word at a capital after a lower-case letter or a digit (`keyId`, `x509Cert`),
// and an acronym ends at its last capital when a lower-case word follows (`HTTPServer`: HTTP, Server;
// `isAToken`: is, A, Token), as Java's and .NET's naming guidelines write acronyms in a name. A digit
// starts no word (`v2`, `md5sum`, `Ed25519`): a number belongs to the word it is written in.
// bench/guard/README.md, "One way to split a name into its words" (twenty-first round).

// A letter, a digit or an accent's combining mark beyond ASCII (`ñ`, `ö`, `n\u0303`).
const LETTER_BEYOND_ASCII = /[\p{L}\p{N}\p{M}]/u;

/** A letter or digit: what a word is made of. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER_BEYOND_ASCII.test(String.fromCharCode(c));
}

/** Whether `name[i]` starts a word: a letter or digit first, after a joint, or where camelCase starts one. */
export function startsWord(name: string, i: number): boolean {
  const c = name.charCodeAt(i);
  if (!isWordChar(c)) return false;
  if (i === 0 || !isWordChar(name.charCodeAt(i - 1))) return true;
  return startsCamelWord(name, i, c);
}

/** Whether `name[i]` starts a word inside a run of letters and digits (`keyId`'s `I`, `OIDName`'s `N`); camelCase is ASCII's. */
export function startsCamelWord(name: string, i: number, c = name.charCodeAt(i)): boolean {
  if (c < 65 || c > 90) return false;
  const before = name.charCodeAt(i - 1);
  if ((before >= 97 && before <= 122) || (before >= 48 && before <= 57)) return true;
  if (before < 65 || before > 90) return false;
  const after = name.charCodeAt(i + 1);
  return after >= 97 && after <= 122;
}

/** The words of a name, as written (`AdminAPIKeys`: Admin, API, Keys; `db.user_password2`: db, user, password2). */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const inWord = i < name.length && isWordChar(name.charCodeAt(i));
    if (inWord && (start === -1 || !startsCamelWord(name, i))) {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1) words.push(name.slice(start, i));
    start = inWord ? i : -1;
  }
  return words;
}
