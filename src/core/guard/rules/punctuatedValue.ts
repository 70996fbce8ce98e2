// A bare value on a config line that runs on past a bracket or `<`/`>`: the punctuation a password
// generator puts in (`password = K9(w}e$[tR#2>pQ`, `PASSWORD=p@ss%w0rd(2)`), which ended the
// value at its first bracket. Code puts brackets in a value too, but in code's shape: a call or
// a subscript of a name (`token = derive(seed)`, `key = keys[0]`), balanced and nested, or a
// literal that opens with one (`[…]`, `{…}`, `<tag>`). A run that is neither, alone to its
// line's end, is the value.
import { endsItsLine } from './valueContext';

const MAX_RUN = 400;
// A name, maybe a member chain or taken by address (`&p.tokens[i]`), right before its first bracket:
// a call's, a subscript's, a Rust macro's (`Token![;]`) or Go's type assertion's shape (`p.(*PublicKey)`).
// (A member reached through a pointer or a namespace too: `InfoObj->ReadKey(`, `std::get(`.)
const NAME_BEFORE_BRACKET = /^[&*!]{0,2}[A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)*[.!]?[([]/;

/** [ ( ) [ ] { } < >, and ; or , with more of the value glued after them. */
export function opensPunctuatedRun(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 59 || c === 44) {
    const d = text.charCodeAt(at + 1);
    return d === d && d !== 32 && d !== 9 && d !== 10 && d !== 13;
  }
  return c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 60 || c === 62;
}

// `;Database=…`, `&next=…`: a list of fields goes on after the value.
const NEXT_FIELD = /[;&][ \t]{0,4}[A-Za-z][\w .]{0,30}=/;

// What each character of a run is to the tests below (0: a letter, a digit or other punctuation, the
// common case, read at one load and one comparison).
const STOP = 1; // a blank or a line break: the run ends
const QUOTE = 2; // a string or a command inside
const CLOSER = 4; // ) ] } ; , and the `:` or `{` that opens a block after them (`str):`, `){`)
const OPENER = 8; // ( [ < >: punctuation that is no closer
const NOTED = 16; // ; & ( ) [ ] { } . - < > /: read for a separator, the nesting, a call, a member, a shift or a tag
const RUN_CHAR = new Uint8Array(128);
for (const c of [32, 9, 10, 13]) RUN_CHAR[c] |= STOP;
for (const c of [34, 39, 96]) RUN_CHAR[c] |= QUOTE;
for (const c of [41, 93, 125, 59, 44, 58, 123]) RUN_CHAR[c] |= CLOSER;
for (const c of [40, 91, 60, 62]) RUN_CHAR[c] |= OPENER;
for (const c of [59, 38, 40, 41, 91, 93, 123, 125, 46, 45, 60, 62, 47]) RUN_CHAR[c] |= NOTED;
// The brackets still open, innermost last (a run is at most MAX_RUN + 1 characters).
const openBrackets = new Uint8Array(MAX_RUN + 2);

/**
 * The end of the blank-free run from `start` when it is a value in the sense above, else -1. In
 * a field of a connection string or a query (`;Pwd=…;`, `&pass=…&`) the run ends at the next
 * `;` or `&` instead of the line's end.
 */
export function punctuatedRunEnd(text: string, start: number, inField: boolean): number {
  // The run is read once: beside its end, what each test below needs is noted (the closers' test and
  // the nesting answered, the characters each expression needs seen), so an expression runs only on a run that holds them.
  let end = start;
  let prev = -1;
  let fieldSeparator = false; // `;` or `&`: NEXT_FIELD
  let opened = false;
  let closedAfterOpen = false; // `(` then `)`: CALL
  let member = false; // `.` or `->`: MEMBER
  let shiftOrTag = false; // `<<`, `>>` or `</`: CODE_OPERATOR
  // `=== false);`, `resource_owner_key):`: a word, then what closes the code around it, is no value: a
  // bracket, `<`, `>`, a closer or a separator must stand before the closers and separators ending the run.
  let firstPunctuation = -1;
  let lastOther = -1; // the last character that is no closer nor separator
  // Code's brackets: every one closed by its own kind, in order (brackets left open are code too: a
  // call whose arguments go on over the next lines, `key = createKey({`).
  let nests = true;
  let depth = 0;
  for (; end < text.length && end - start <= MAX_RUN; end++) {
    const c = text.charCodeAt(end);
    const kind = c < 128 ? RUN_CHAR[c]! : 0;
    if (kind === 0) {
      lastOther = end;
      prev = c;
      continue;
    }
    if ((kind & STOP) !== 0) break;
    // A quote or a backtick: a string or a command inside, code's business.
    if ((kind & QUOTE) !== 0) return -1;
    if (c === 59 || c === 38) {
      if (inField) break;
      fieldSeparator = true;
    }
    if ((kind & CLOSER) !== 0) {
      if (firstPunctuation === -1) firstPunctuation = end;
    } else {
      lastOther = end;
      if (firstPunctuation === -1 && (kind & OPENER) !== 0) firstPunctuation = end;
    }
    if ((kind & NOTED) !== 0) {
      if (c === 40 || c === 91 || c === 123) {
        opened ||= c === 40;
        openBrackets[depth++] = c;
      } else if (c === 41 || c === 93 || c === 125) {
        closedAfterOpen ||= c === 41 && opened;
        if (nests) {
          const o = depth === 0 ? -1 : openBrackets[--depth]!;
          if (o === -1 || (c === 41 ? o !== 40 : c - o !== 2)) nests = false;
        }
      } else if (c === 46 || (c === 62 && prev === 45)) member = true;
      if ((prev === 60 && (c === 60 || c === 47)) || (prev === 62 && c === 62)) shiftOrTag = true;
    }
    prev = c;
  }
  if (end - start > MAX_RUN || (!inField && !endsItsLine(text, end))) return -1;
  if (firstPunctuation === -1 || firstPunctuation > lastOther) return -1;
  const run = text.slice(start, end);
  if (!inField && fieldSeparator && NEXT_FIELD.test(run)) return -1;
  return opensValueLiteral(run.charCodeAt(0)) || (nests && NAME_BEFORE_BRACKET.test(run)) || (closedAfterOpen && CALL.test(run)) || (member && MEMBER.test(run)) || codeOperatorOrPattern(run, shiftOrTag) ? -1 : end;
}

// `self.tokens_taken+len(self.tokens)`, `;k=function(e,t){…` (minified code looks like fields): a name
// called with its arguments closed, anywhere in the run. The whole name: code calls one after an
// operator or a separator, never glued to a password generator's `@`, `%` or `#`
// (`p@ss%w0rd(2)`), nor one that starts with a digit.
const CALL = /(?<![\w$@%#])[A-Za-z_$][\w$]+\([^()]{0,400}\)/;
// `y?n.altKey:n.ctrlKey,i}`, `__it->second;`: an object's member, named in words.
const MEMBER = /[A-Za-z_$][\w$]*(?:\.|->)[A-Za-z_$][a-z]+[A-Z]?[a-z]*/;
// `1<<8,`, `(trail>>SHIFT)&~MASK;`: a shift between operands; `y</code>.`: a closing tag of markup.
const CODE_OPERATOR = /[\w)]<<[\w(]|[\w)]>>>?[\w(]|<\/[A-Za-z][\w-]{0,30}>/;
// `/^[a-z_]\w*$/;`: a regular expression literal, slashes around it and maybe its flags.
const REGEX_LITERAL = /^\/[^/\s].*\/[dgimsuy]{0,6}[;,)\]]*$/;

/** A shift or a closing tag (each needs `<<`, `>>` or `</`, noted by the run's reading), or a regular expression literal (opened by `/`): asked of runs about to be taken. */
function codeOperatorOrPattern(run: string, shiftOrTag: boolean): boolean {
  return (shiftOrTag && CODE_OPERATOR.test(run)) || (run.charCodeAt(0) === 47 && REGEX_LITERAL.test(run));
}

/** [ ( { < : a literal, a tuple or markup opens with one. */
function opensValueLiteral(c: number): boolean {
  return c === 91 || c === 40 || c === 123 || c === 60;
}
