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

/**
 * The end of the blank-free run from `start` when it is a value in the sense above, else -1. In
 * a field of a connection string or a query (`;Pwd=…;`, `&pass=…&`) the run ends at the next
 * `;` or `&` instead of the line's end.
 */
export function punctuatedRunEnd(text: string, start: number, inField: boolean): number {
  let end = start;
  for (; end < text.length && end - start <= MAX_RUN; end++) {
    const c = text.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 13 || (inField && (c === 59 || c === 38))) break;
    // A quote or a backtick: a string or a command inside, code's business.
    if (c === 34 || c === 39 || c === 96) return -1;
  }
  if (end - start > MAX_RUN || (!inField && !endsItsLine(text, end))) return -1;
  const run = text.slice(start, end);
  if (!inField && NEXT_FIELD.test(run)) return -1;
  // `=== false);`, `resource_owner_key):`: a word, then what closes the code around it.
  if (!punctuatedBeforeClosers(run)) return -1;
  return opensValueLiteral(run.charCodeAt(0)) || (NAME_BEFORE_BRACKET.test(run) && nestsAsCode(run)) || CALL.test(run) || MEMBER.test(run) || codeOperatorOrPattern(run) ? -1 : end;
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

/** A shift or a closing tag (each needs a `<` or `>`), or a regular expression literal (opened by `/`): asked of runs about to be taken, so each expression only where its character is. */
function codeOperatorOrPattern(run: string): boolean {
  return ((run.includes('<') || run.includes('>')) && CODE_OPERATOR.test(run)) || (run.charCodeAt(0) === 47 && REGEX_LITERAL.test(run));
}

/** A bracket, `<`, `>`, `;` or `,` in the run before the closers and separators it ends with. */
function punctuatedBeforeClosers(run: string): boolean {
  let end = run.length;
  while (end > 0 && isCloserOrSeparator(run.charCodeAt(end - 1))) end--;
  for (let i = 0; i < end; i++) {
    const c = run.charCodeAt(i);
    if (isCloserOrSeparator(c) || c === 40 || c === 91 || c === 123 || c === 60 || c === 62) return true;
  }
  return false;
}

/** ) ] } ; , and the `:` or `{` that opens a block after them (`str):`, `){`). */
function isCloserOrSeparator(c: number): boolean {
  return c === 41 || c === 93 || c === 125 || c === 59 || c === 44 || c === 58 || c === 123;
}

/** [ ( { < : a literal, a tuple or markup opens with one. */
function opensValueLiteral(c: number): boolean {
  return c === 91 || c === 40 || c === 123 || c === 60;
}

/**
 * Every bracket closed by its own kind, in order, as code writes them; brackets left open are
 * code too (a call whose arguments go on over the next lines: `key = createKey({`).
 */
function nestsAsCode(run: string): boolean {
  const open: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) open.push(c);
    else if (c === 41 || c === 93 || c === 125) {
      const o = open.pop();
      if (o === undefined || (c === 41 ? o !== 40 : c - o !== 2)) return false;
    }
  }
  return true;
}
