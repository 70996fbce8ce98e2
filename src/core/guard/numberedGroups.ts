// A pattern's named groups written as plain ones. `exec` on a pattern with named groups builds a
// `groups` object for every match; a pattern rule reads one group, so on text where every line is a
// match (a MB of `bindpw abc⏎`: 90,909 matches) that object cost ~3 ms a MB, a third of the
// expression's own time. A named group is numbered in the order its `(` opens, as a plain one is
// (ECMA-262 §22.2.1, "GroupSpecifier"), so writing `(?<name>` as `(` keeps every group's number.

export interface NumberedGroups {
  /** The source with `(?<name>` written `(` and `\k<name>` written `(?:\N)` (a digit after it stays a character). */
  readonly source: string;
  /** Each name's group number. */
  readonly numbers: ReadonlyMap<string, number>;
}

const NAMED_OPEN = /^\(\?<([A-Za-z_$][\w$]*)>/;
const BACKREFERENCE = /^\\k<([A-Za-z_$][\w$]*)>/;

export function numberedGroups(source: string): NumberedGroups {
  const numbers = new Map<string, number>();
  let groups = 0;
  forEachToken(source, (token, at) => {
    if (token !== '(') return;
    const named = NAMED_OPEN.exec(source.slice(at, at + 70));
    if (named) numbers.set(named[1]!, ++groups);
    else if (source[at + 1] !== '?') groups++;
  });
  let out = '';
  let copied = 0;
  forEachToken(source, (token, at) => {
    const rest = source.slice(at, at + 70);
    const named = token === '(' ? NAMED_OPEN.exec(rest) : null;
    const reference = token === '\\' ? BACKREFERENCE.exec(rest) : null;
    if (named) {
      out += `${source.slice(copied, at)}(`;
      copied = at + named[0].length;
    } else if (reference && numbers.has(reference[1]!)) {
      out += `${source.slice(copied, at)}(?:\\${numbers.get(reference[1]!)!})`;
      copied = at + reference[0].length;
    }
  });
  return { source: out + source.slice(copied), numbers };
}

/** Calls `visit` with each `(` and `\` outside a character class, and where it stands (an escape's next character skipped). */
function forEachToken(source: string, visit: (token: '(' | '\\', at: number) => void): void {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (!inClass) visit('\\', i);
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') visit('(', i);
  }
}
