// A completion meets the text after the cursor on the cursor's line. The editor auto-closed a
// bracket or a quote, or a `;`/`:` is already there, and the model writes it again: `print(█)`
// + `x)`. The suggestion then keeps its text and replaces those characters (the edit VS Code
// itself makes when you type over an auto-closed bracket), so nothing is doubled and the ghost
// text shows around the existing characters. Brackets are counted, not matched by eye:
// `max(min(█);` + `a, b), c` closes `min(` itself and leaves the `)` to `max(`.

export interface SuffixMerge {
  readonly text: string;
  /** Characters after the cursor the text replaces (0: a plain insertion). */
  readonly replace: number;
}

const OPEN_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const QUOTES = '"\'`';
// What may stand between the cursor and the repeated characters, and after them.
const MERGEABLE = /^[)\]}"'`;:,\s]*$/;

/**
 * Merges `text` with `restOfLine` (the cursor line after the cursor). `linePrefix` is the
 * cursor line before the cursor, whose open brackets and string the completion may close.
 */
export function mergeWithSuffix(text: string, linePrefix: string, restOfLine: string): SuffixMerge {
  const rest = restOfLine;
  if (rest.trim() === '' || text === '') return { text, replace: 0 };
  const opened = openBrackets(linePrefix);
  const after = applyBrackets(opened, text);
  if (!after) return { text, replace: 0 };
  // Walk the rest of the line while its closers are left with nothing to close.
  // A completion that leaves a bracket of its own open goes on past the rest of the line.
  if (after.stack.length > opened.stack.length || after.stack.some((b, i) => b !== opened.stack[i])) return { text, replace: 0 };
  const stack = after.stack;
  let closedString = after.closedString;
  let replace = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (c === ' ' || c === '\t') continue;
    if (c in OPEN_OF) {
      if (stack[stack.length - 1] === OPEN_OF[c]) break; // it closes something: the suffix's own
      if (!closes(opened, c, rest.slice(0, i))) break; // it closed nothing before either
      replace = i + 1;
    } else if (QUOTES.includes(c)) {
      if (closedString !== c) break;
      replace = i + 1;
      closedString = undefined; // one string, one closing quote
    } else if (c === ';' || c === ':' || c === ',') {
      // Repeated punctuation: the completion ended with it, and it comes right after what we replace.
      if (!text.trimEnd().endsWith(c) || rest.slice(replace, i).trim() !== '') break;
      replace = i + 1;
      break;
    } else break;
  }
  if (replace === 0) return { text, replace: 0 };
  const replaced = rest.slice(0, replace);
  if (!MERGEABLE.test(replaced) || !isSubsequence(replaced.replace(/\s/g, ''), text)) return { text, replace: 0 };
  return { text, replace };
}

/** Closers at the end of `text` that close nothing anywhere (the model over-closed): cut them. */
export function dropOverClosers(text: string, linePrefix: string): string {
  const result = applyBrackets(openBrackets(linePrefix), text);
  if (!result || result.overClosedAt === -1) return text;
  const tail = text.slice(result.overClosedAt);
  return /^[)\]}\s]*[;,]?\s*$/.test(tail) ? text.slice(0, result.overClosedAt).trimEnd() : text;
}

interface BracketState {
  readonly stack: string[];
  /** The quote that closed the string the cursor was in, if the completion closed it. */
  readonly closedString: string | undefined;
  /** Index in the text of the first closer with nothing to close, or -1. */
  readonly overClosedAt: number;
}

// The brackets and string left open at the end of the cursor line's prefix.
function openBrackets(linePrefix: string): { stack: string[]; string?: string } {
  const stack: string[] = [];
  let string: string | undefined;
  for (let i = 0; i < linePrefix.length; i++) {
    const c = linePrefix[i]!;
    if (string) {
      if (c === '\\') i++;
      else if (c === string) string = undefined;
    } else if (QUOTES.includes(c)) string = c;
    else if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c in OPEN_OF && stack[stack.length - 1] === OPEN_OF[c]) stack.pop();
  }
  return { stack, ...(string !== undefined && { string }) };
}

function applyBrackets(opened: { stack: string[]; string?: string }, text: string): BracketState | undefined {
  const stack = opened.stack.slice();
  let string = opened.string;
  let inherited = string !== undefined;
  let closedString: string | undefined;
  let overClosedAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (string) {
      if (c === '\\') i++;
      else if (c === string) {
        if (inherited) closedString = c;
        inherited = false;
        string = undefined;
      } else if (c === '\n' && string !== '`') string = undefined; // an unterminated string ends with its line
    } else if (QUOTES.includes(c)) string = c;
    else if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c in OPEN_OF) {
      if (stack[stack.length - 1] === OPEN_OF[c]) stack.pop();
      else if (overClosedAt === -1) overClosedAt = i;
    }
  }
  if (string) return undefined; // the completion leaves a string open: no judgement on quotes after it
  return { stack, closedString, overClosedAt };
}

// Whether closer `c` would have closed a bracket opened before the cursor, had the completion
// not been there (the characters of the rest before it are closers too).
function closes(opened: { stack: string[] }, c: string, before: string): boolean {
  const stack = opened.stack.slice();
  for (const b of before) {
    if (b in OPEN_OF) {
      if (stack[stack.length - 1] !== OPEN_OF[b]) return false;
      stack.pop();
    }
  }
  return stack[stack.length - 1] === OPEN_OF[c];
}

function isSubsequence(needle: string, haystack: string): boolean {
  let j = 0;
  for (let i = 0; i < haystack.length && j < needle.length; i++) if (haystack[i] === needle[j]) j++;
  return j === needle.length;
}
