// A config line of the plain shape: blanks alone before the key on its line, `:` or `=` right after
// the key, up to 40 blanks, then a run of 1 to 400 plain value characters ([A-Za-z0-9_.+/~%@-]) that
// ends the line (`\n`, `\r\n` or the text's end). Most lines of env, properties and YAML files are
// this, and on it every grammar check of `valueAfterKey.ts` has one answer, read from the shape alone
// (plainConfigLine.test.ts asks each of them on random lines of the shape and beside it):
// - no setter's call (`(`/`{` after the key), XML tag (no `<` between the line's start and the key),
//   flag (the key's first character is no `-`), `ENV`/`#define` line (no blank after the key),
//   environment entry (no quote before the key) nor list of names (no `,` or blank after the key);
// - `readAssignedValue` reads the operator at the key's end (no `::`, `:=`, `==`, `=>`: the character
//   after it is a blank or a value character) and the run, which ends at the line's end, bare;
//   `subscriptEnd` is 0 and `typeAnnotationEnd` the key's end (after `:`, no `=` on the line);
// - no block scalar, anchor, alias or tag (the run's first character is none of `| > & * !`);
// - no comma's operator, string prefix (no quote after the run), fallback (`||`, `??`, ` or`, a
//   bracket), converted literal, punctuated run, call or subscript after the run, backtick template,
//   authorization scheme (no blank in the run, none after it on the line), `&` of a query;
// - no connection string's field (no `;`/`?`/`&` before the key, none after the run) nor header
//   argument (no quote after the run);
// - the line is a config line (`isConfigLine`: blanks alone before the key) and the run is no composite's
//   field (no `,` or `;` after it).
// What is left to ask is the value's length, whether the next line goes on with the expression's chain
// (`endsItsLine`), whether the line is a member of `this` or a statement of code (`memberOfSelf`,
// `codeStatement`) and whether the text binds the value as a name (`namesBoundInText`).

const MAX_BLANKS_AFTER_OPERATOR = 40;
const MAX_VALUE = 400;
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const COLON = 58;
const EQUALS = 61;
const DASH = 45;

// [A-Za-z0-9_.+/~%@-]
const PLAIN = new Uint8Array(128);
for (let c = 48; c <= 57; c++) PLAIN[c] = 1;
for (let c = 65; c <= 90; c++) PLAIN[c] = 1;
for (let c = 97; c <= 122; c++) PLAIN[c] = 1;
for (const ch of '_.+/~%@-') PLAIN[ch.charCodeAt(0)] = 1;

/**
 * Where the value of a plain config line starts (past its operator and blanks), or -1 when the line
 * before the value is not of the shape. `from` is where the key's context on its line starts.
 */
export function plainValueStart(text: string, from: number, keyStart: number, keyEnd: number): number {
  const op = text.charCodeAt(keyEnd);
  if ((op !== COLON && op !== EQUALS) || text.charCodeAt(keyStart) === DASH) return -1;
  // (Read back from the key: on a long line of keys the character before one is seldom a blank.)
  for (let i = keyStart - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return -1;
  }
  let p = keyEnd + 1;
  while ((text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB) && p - keyEnd <= MAX_BLANKS_AFTER_OPERATOR) p++;
  return isPlain(text.charCodeAt(p)) ? p : -1;
}

/** The end of the plain value starting at `start`, where it ends its line; -1 elsewhere. */
export function plainValueEnd(text: string, start: number): number {
  let e = start;
  while (e - start < MAX_VALUE && isPlain(text.charCodeAt(e))) e++;
  const c = text.charCodeAt(e);
  return c === LF || (c === CR && text.charCodeAt(e + 1) === LF) || e === text.length ? e : -1;
}

function isPlain(c: number): boolean {
  return c < 128 && PLAIN[c] === 1;
}
