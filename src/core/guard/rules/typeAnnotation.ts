// What may stand between a secret-named key and its `=`, read past to the operator: a type
// annotation, Visual Basic's `As String`, a C array's brackets, C#'s property accessors.
import { isBlank } from '../charCodes';
import { looksRandomValue } from './randomValue';
import type { LastBefore } from './valueContext';
import * as charCodes from './charCodes';
// Bound here once: run unbundled, every use of an imported binding calls the module's getter.
const { AMPERSAND, BANG, CLOSE_BRACKET, COLON: COLON_SIGN, EQUALS: EQUALS_SIGN, LESS, OPEN_BRACE, OPEN_BRACKET, PIPE, QUESTION, SPACE } = charCodes;

// `apiKey: string = "…"`, `password: str = "…"`, `val pw: String? = "…"`, `token?: string | null = "…"`.
// Also a reference or a slice before the type's name (Rust's `let password: &str = "…"`, `&[u8]`, Zig's
// `[]const u8`), and Dhall's `let password : Text = "…"` (a blank before the colon).
const TYPE_ANNOTATION = /[?!]?[ \t]*:[ \t]*(?:&(?:mut[ \t]+)?|\[\][ \t]*(?:const[ \t]+)?)?(?:[A-Za-z_][\w.]{0,40}|\[[\w; ]{1,20}\])(?:<[\w., ]{0,40}>|\[[\w., ]{0,40}\])?\??(?:[ \t]*\|[ \t]*[A-Za-z_][\w.]{0,40}){0,3}[ \t]*(?==[^=>])/y;

/**
 * Past what may stand between a key and its `=`: a type annotation (TypeScript, Python, Kotlin,
 * Swift), Visual Basic's `As String`, a C array's brackets (`char password[32] = "…"`); else the key's end.
 * `equalsOnLine`: an `=` between the key's end and its line's end, which TYPE_ANNOTATION ends before (none of its
 * classes holds a line break; asked by the caller only after a blank, `:`, `?` or `!`, from the text's memos): a YAML or
 * JSON file's `key: value` lines have none, and are spared reading the value as a type's name.
 */
export function typeAnnotationEnd(text: string, keyEnd: number, lineEnds: LastBefore, equalsOnLine: boolean): number {
  const c = text.charCodeAt(keyEnd);
  if (c === SPACE && text.charCodeAt(keyEnd + 1) === CAPITAL_A && text.charCodeAt(keyEnd + 2) === LOWER_S) {
    VB_TYPE.lastIndex = keyEnd;
    return VB_TYPE.test(text) ? VB_TYPE.lastIndex : keyEnd;
  }
  // C#'s auto-property initializer: `public string Password { get; set; } = "…";`.
  if (c === SPACE && text.charCodeAt(keyEnd + 1) === OPEN_BRACE) {
    ACCESSORS.lastIndex = keyEnd;
    return ACCESSORS.test(text) ? ACCESSORS.lastIndex : keyEnd;
  }
  if (c === OPEN_BRACKET) {
    C_ARRAY.lastIndex = keyEnd;
    return C_ARRAY.test(text) ? C_ARRAY.lastIndex : keyEnd;
  }
  // (An `=` on the line first, whatever follows the key: a `key : word` run with none, as a secrets file's `: PSK : PSK`
  // or YAML's, reads no name for a type.)
  if ((c !== SPACE && c !== COLON_SIGN && c !== QUESTION && c !== BANG) || !equalsOnLine || !mayAnnotateType(text, keyEnd)) return keyEnd;
  // A reference type under a constant (`const KEY: &str = "…"`) is rust-str-item's to judge: Rust's
  // constants name protocols' words as often (bench/guard/README.md, fifteenth round).
  if (text.charCodeAt(afterColon(text, keyEnd)) === AMPERSAND && constItemBefore(text, keyEnd, lineEnds)) return keyEnd;
  TYPE_ANNOTATION.lastIndex = keyEnd;
  return TYPE_ANNOTATION.test(text) ? TYPE_ANNOTATION.lastIndex : keyEnd;
}

/**
 * What TYPE_ANNOTATION needs, read by hand (asked at every `key:` of a YAML or JSON file, whose
 * value is no type): a `:`, a name, then `=`, or what may stand before it (`<`, `[`, `?`, `|`).
 */
function mayAnnotateType(text: string, keyEnd: number): boolean {
  let i = keyEnd;
  const c = text.charCodeAt(i);
  if (c === QUESTION || c === BANG) i++;
  while (isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== COLON_SIGN) return false;
  i++;
  const colonEnd = i;
  while (isBlank(text.charCodeAt(i))) i++;
  // `&`, `&mut `, `[]`, `[]const `, `[u8]`: what may stand before or for the type's name.
  if (text.charCodeAt(i) === AMPERSAND) {
    i++;
    if (text.startsWith('mut', i) && isBlank(text.charCodeAt(i + 3))) i += 4;
  } else if (text.charCodeAt(i) === OPEN_BRACKET && text.charCodeAt(i + 1) === CLOSE_BRACKET) {
    i += 2;
    while (isBlank(text.charCodeAt(i))) i++;
    if (text.startsWith('const', i) && isBlank(text.charCodeAt(i + 5))) i += 6;
  }
  if (text.charCodeAt(i) === OPEN_BRACKET) i++;
  const name = i;
  while (i - name <= 41 && isTypeNameChar(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === CLOSE_BRACKET && i > name) i++;
  if (i === name) return false;
  // `password: Xk9pQ2mL=r7aB3dE6gH`: after `: `, an `=` glued on both sides to bare characters
  // that read as a generated value (no type is named so) is inside YAML's plain scalar, which runs
  // to the line's end, not an annotation's operator: code spaces it (`: string = …`), glues a
  // literal to it (`password: str="…"`) or spaces nothing (`a:T=v`).
  if (i > colonEnd && name > colonEnd && text.charCodeAt(i) === EQUALS_SIGN && insideScalar(text.charCodeAt(i + 1)) && looksRandomValue(scalarAt(text, name))) return false;
  while (isBlank(text.charCodeAt(i))) i++;
  const next = text.charCodeAt(i);
  return next === EQUALS_SIGN || next === LESS || next === OPEN_BRACKET || next === QUESTION || next === PIPE;
}

/** The bare run at `at`: to a blank, a quote or the line's end, at most 400 characters. */
function scalarAt(text: string, at: number): string {
  let end = at;
  while (end - at < 400 && (insideScalar(text.charCodeAt(end)) || text.charCodeAt(end) === EQUALS_SIGN)) end++;
  return text.slice(at, end);
}

/** A character a bare value goes on with after `=`: not a blank, a quote, a line's end, nor `=` or `>` of an operator. */
function insideScalar(c: number): boolean {
  return c === c && c > SPACE && c !== 34 && c !== 39 && c !== 96 && c !== EQUALS_SIGN && c !== 62;
}

/** Where the type starts: past the blanks, the colon and the blanks after the key. */
function afterColon(text: string, keyEnd: number): number {
  let i = keyEnd;
  while (isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === QUESTION || text.charCodeAt(i) === BANG) i++;
  i++;
  while (isBlank(text.charCodeAt(i))) i++;
  return i;
}

const CONST_ITEM = /\b(?:const|static)[ \t]+(?:mut[ \t]+)?[A-Za-z_]\w{0,63}$/;

/** `const NAME`, `static NAME` right before the key's end (on its line: the expression holds no line break, so it is read from the line's start). */
function constItemBefore(text: string, keyEnd: number, lineEnds: LastBefore): boolean {
  return CONST_ITEM.test(text.slice(Math.max(0, keyEnd - 80, lineEnds.at(keyEnd) + 1), keyEnd));
}

/** [A-Za-z0-9_.] */
function isTypeNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46;
}

// `Dim password As String = "…"`, `password[] = "…"`, `password[32] = "…"`.
const VB_TYPE = / As[ \t]+[A-Za-z_][\w.]{0,40}[ \t]*(?==[^=>])/y;
const ACCESSORS = / \{[ \t]*get;[ \t]*(?:(?:private|protected|internal)[ \t]+)?(?:(?:set|init);[ \t]*)?\}[ \t]*(?==[^=>])/y;
const C_ARRAY = /\[\d{0,5}\][ \t]*(?==[^=])/y;
const CAPITAL_A = 65;
const LOWER_S = 115;
