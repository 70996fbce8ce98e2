// Where a pattern rule's `secret` group lies in a match, without match indices. The `d` flag
// allocates an array of indices per match: on text where every line is a match it made each
// match cost about six times as much (fifteenth round, `secretEndsMatch`). Most rules end their
// pattern with the secret and a short tail of known width: its closing quote (`\k<q>`, the
// backreference to the opening one), a delimiter and one character (`@[A-Za-z0-9.[\]-]`: a URL's
// password, then its host), maybe then a lookahead. The secret ends where the match ends less
// that tail: a fact of the pattern's shape, read once when the rule is made.

/** What follows the `secret` group to the match's end: characters one code unit each, and groups' text again. */
export interface SecretTail {
  readonly units: number;
  readonly groups: readonly string[];
}

/**
 * The `secret` group's tail, where every match gives it the same width but for backreferences:
 * single characters, escapes and classes (no quantifier, no alternation), `\k<name>`, and at most
 * one lookahead (or negative lookahead) at the pattern's end. Else undefined, and the rule keeps
 * match indices. Under the `u` or `v` flag a class or an escape may take two code units: only
 * backreferences and plain characters count there.
 */
export function secretTail(source: string, flags: string): SecretTail | undefined {
  const open = source.indexOf('(?<secret>');
  const close = open === -1 ? -1 : closingParen(source, open);
  if (close === -1) return undefined;
  const unicode = flags.includes('u') || flags.includes('v');
  const groups: string[] = [];
  let units = 0;
  for (let i = close + 1; i < source.length; ) {
    const rest = source.slice(i);
    const backreference = /^\\k<(\w+)>/.exec(rest);
    const lookahead = /^\(\?[=!](?:[^()\\]|\\.|\([^()]*\))*\)$/.test(rest);
    let width = 0;
    if (lookahead) break;
    if (backreference) {
      groups.push(backreference[1]!);
      width = backreference[0].length;
    } else if (source[i] === '[' && !unicode) {
      width = closingBracket(source, i) + 1 - i;
      if (width <= 0) return undefined;
    } else if (source[i] === '\\' && /^\\[.@\-:/#=;,'"`\][(){}|?*+^$\\sSdDwWnrt]/.test(rest) && !(unicode && /^\\[sSdDwW]/.test(rest))) {
      width = 2;
    } else if (/^[A-Za-z0-9@:/#=;,'"`~%&!<> -]/.test(rest)) {
      width = 1;
    } else return undefined;
    i += width;
    // A quantifier makes the width vary: not this shape.
    if (/^[?*+{]/.test(source.slice(i))) return undefined;
    if (!backreference) units++;
  }
  return { units, groups };
}

/** Where the group opened at `open` closes, past escapes and character classes; -1 if it never does. */
export function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Where the class opened at `open` closes, past escapes; -1 if it never does. */
function closingBracket(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** Where the `secret` group lies, read off the match's end past a tail of known width. */
export function spanBeforeTail(m: RegExpExecArray, tail: SecretTail): [number, number] {
  let end = m.index + m[0].length - tail.units;
  for (const name of tail.groups) end -= m.groups![name]?.length ?? 0;
  return [end - m.groups!.secret!.length, end];
}

/**
 * For rules of their own that read the `secret` group's indices: the pattern without the `d` flag
 * and its tail where the tail's width is known (then read the span with `spanBeforeTail`), else the
 * pattern as it is.
 */
export function withoutIndices(pattern: RegExp): { readonly pattern: RegExp; readonly tail: SecretTail | undefined } {
  const tail = secretTail(pattern.source, pattern.flags);
  return tail ? { pattern: new RegExp(pattern.source, pattern.flags.replace('d', '')), tail } : { pattern, tail };
}
