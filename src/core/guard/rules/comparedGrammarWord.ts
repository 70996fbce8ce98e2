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
// Only in a comparison: assigned, the same literal is a value (the placeholder policy's `token = "letmein"`).
import { namesTokenAlone } from './keyStrength';

const OPTION_NAME = /^--?[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
// A word of lower-case letters, maybe hyphened (`big-endian`), as a language's keywords and a grammar's names are.
const LOWER_WORD = /^[a-z]{2,16}(?:-[a-z]{2,16})?$/;
// Marks and the escapes of a line's end, with no letter or digit: `%>\n`, `-%>\r\n`, `=>`.
const MARKS = /^(?:[!#-&(-/:-@[\]^_`{-~]|\\[nrt])+$/;

/** The literal `value`, compared with a name `key`, is an option's name or (under `token` alone) a lexeme. */
export function comparedGrammarWord(value: string, key: string): boolean {
  if (value.length > 40) return false;
  if (value.charCodeAt(0) === 45 && OPTION_NAME.test(value)) return true;
  return (LOWER_WORD.test(value) || (MARKS.test(value) && /[^\\nrt]/.test(value))) && namesTokenAlone(key);
}

/** A comparison's operator (`==`, `===`, `!=`, `!==`) between a key's end and its quoted value, past blanks only. */
export function comparedAt(text: string, keyEnd: number, valueStart: number): boolean {
  let at = keyEnd;
  while (at < valueStart && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  const c = text.charCodeAt(at);
  return (c === 61 || c === 33) && text.charCodeAt(at + 1) === 61 && valueStart - at <= 8;
}
