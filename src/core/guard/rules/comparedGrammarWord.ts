// A literal a program compares with a word of a grammar, not with a credential (bench/guard/README.md, thirty-first round,
// guardfp1). Two grammars say so by the literal's shape:
// - a command line's option name (`token.equals("-connect")`, `arg == "--help"`): POSIX's Utility Syntax Guidelines
//   (XBD 12.2, guidelines 3-5) write an option as `-` and a name, GNU's getopt_long(3) a long one as `--name`; a loop
//   comparing the command line's words with such names parses arguments, and a credential written so would be read as
//   an option by the very parser it is compared in;
// - under a key that names a `token` alone, a lexeme: a tokenizer compares its token with its language's keywords
//   (`token == "lambda"`, `token.equals("released")`, `"big-endian"`) and marks (ERB's `token == "%>\n"`). An issued
//   token is neither a word of lower-case letters nor marks without a letter or digit run; a chosen secret is under a
//   key saying so (`password`, `secret_token`), which this leaves alone.
// - judged strictly (redactionStrictness.ts), under a key that names a `key` alone, an identifier: a program comparing a
//   mapping's or an object's key with a literal compares it with a name it looks up (`key === 'mode'`, `key0 ===
//   "columns"`, `$row['Key'] === 'PRI'`, `key == "platlib"`). The literal is spelt as the language's grammar spells an
//   identifier (ECMA-262 §12.7 IdentifierName; Python's reference §2.3 identifiers; PHP's manual, "Variables" basics), the
//   name a property key is (ECMA-262 §6.1.7: a property is identified by its key, a String), and does not look generated.
//   Balanced leaves these already (a weak key's value must look random); strict took them, 298 of its 1,877 real-code
//   spans a comparison (bench/guard/README.md, thirty-seventh round, guardstrict4). A chosen or issued credential
//   compared is under a key saying so (`api_key == "…"`, `password === "…"`), which this leaves alone.
// Only in a comparison: assigned, the same literal is a value (the placeholder policy's `token = "letmein"`).
import { judgingStrictly } from '../redactionStrictness';
import { namesKeyAlone, namesTokenAlone } from './keyStrength';
import { looksRandomValue } from './randomValue';

const OPTION_NAME = /^--?[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
// A word of lower-case letters, maybe hyphened (`big-endian`), as a language's keywords and a grammar's names are.
const LOWER_WORD = /^[a-z]{2,16}(?:-[a-z]{2,16})?$/;
// Marks and the escapes of a line's end, with no letter or digit: `%>\n`, `-%>\r\n`, `=>`.
const MARKS = /^(?:[!#-&(-/:-@[\]^_`{-~]|\\[nrt])+$/;
// An identifier as ECMAScript, Python and PHP spell one in ASCII: a letter, `_` or `$` first, then letters, digits, `_`, `$`.
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The literal `value`, compared with a name `key`, is an option's name, (under `token` alone) a lexeme or (judged strictly, under `key` alone) a looked-up name. */
export function comparedGrammarWord(value: string, key: string): boolean {
  if (value.length > 40) return false;
  if (value.charCodeAt(0) === 45 && OPTION_NAME.test(value)) return true;
  if ((LOWER_WORD.test(value) || (MARKS.test(value) && /[^\\nrt]/.test(value))) && namesTokenAlone(key)) return true;
  return judgingStrictly() && IDENTIFIER.test(value) && namesKeyAlone(key) && !looksRandomValue(value);
}

/** A comparison's operator (`==`, `===`, `!=`, `!==`) between a key's end and its quoted value, past blanks only. */
export function comparedAt(text: string, keyEnd: number, valueStart: number): boolean {
  let at = keyEnd;
  while (at < valueStart && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  const c = text.charCodeAt(at);
  return (c === 61 || c === 33) && text.charCodeAt(at + 1) === 61 && valueStart - at <= 8;
}
