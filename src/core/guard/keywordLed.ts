// Whether every match of a pattern rule holds one of the rule's keywords on the line it starts on: a
// literal holding a keyword (a vendor's prefix: `AKIA…`, `(?:mainnet|preprod|…)…`, `\blftp\b…`), at the
// match's start or after atoms that match no line break (`[a-z0-9]{14}\.atlasv1\.`, `[0-9a-f]{32}-us`,
// Azure's `[A-Za-z0-9]{52}JQQJ9`), read once from the pattern's source when the rule is made. Such a
// rule may look only on the lines where its keywords occur (`nearKeywords`): a keyword found inside
// random values (`sk`, `cio`, `aiza`), or only in a rule file's first lines, then costs the rule a few
// lines, not a pass of its expression over the whole text. A shape not read here is not near.
import { closingParen } from './secretPlace';

/**
 * True when every match of `pattern` holds one of `keywords` (lower-case, as the prefilter folds
 * ASCII letters) inside a literal (characters, plain character classes, whole-literal groups, an
 * optional character or group), before which it matches no line break (`\n`): only atoms that
 * match none (classes without it, `\w`, `\d`, `\S`, `.`, groups of such), any quantifier, and
 * zero-width assertions. A run of blanks (spaces and tabs) holds a keyword's one blank, as the
 * redactor's prefilter reads keywords (`blankRuns`: `docker[ \t]+login` holds `docker login`). Under
 * the `i` flag with `u` or `v`, a non-ASCII character may fold onto an ASCII letter (`K`, the Kelvin
 * sign), which the prefilter does not read: such a pattern is not led.
 */
export function leadsWithKeyword(pattern: RegExp, keywords: readonly string[]): boolean {
  return keywordLead(pattern, keywords) !== undefined;
}

/**
 * As `leadsWithKeyword`, and then the most characters a match holds from its start to the end of
 * the literal that holds its keyword (Infinity past an unbounded quantifier): a match starts at most
 * that far before the end of a keyword's occurrence. Undefined when the pattern is not led.
 */
export function keywordLead(pattern: RegExp, keywords: readonly string[]): number | undefined {
  const { flags, source } = pattern;
  if (keywords.length === 0 || (flags.includes('i') && (flags.includes('u') || flags.includes('v')))) return undefined;
  // (Under `u` or `v` a character of a class or `.` may be a surrogate pair: two of the string's units.)
  const read = { source, keywords, dotAll: flags.includes('s'), unit: flags.includes('u') || flags.includes('v') ? 2 : 1 };
  const budget = { left: MOST_READS };
  const lead = leadOfEvery(splitAlternatives(source, 0, source.length), (alternative) => holdsKeyword(read, [alternative], [''], 0, budget));
  return lead === -1 ? undefined : lead;
}

/**
 * True when every match of `pattern` starts at a line's start: under the `m` flag, each of its alternatives opens with
 * `^` (which then holds only at the input's start and after a line terminator: lineStarts.ts). Read from the source as
 * written; a `^` inside a group (`(?:^|;)`) is not read, and such a pattern is tried everywhere, as before.
 */
export function startsAtLineStarts(pattern: RegExp): boolean {
  if (!pattern.flags.includes('m')) return false;
  const alternatives = splitAlternatives(pattern.source, 0, pattern.source.length);
  return alternatives !== undefined && alternatives.every(([from, to]) => from < to && pattern.source[from] === '^');
}

interface Read {
  readonly source: string;
  readonly keywords: readonly string[];
  /** The `s` flag: `.` matches a line break. */
  readonly dotAll: boolean;
  /** String units a character matched by a class or `.` may take. */
  readonly unit: number;
}

/** How many literal strings are followed at once, and how many ways through groups: a pattern with more is not read. */
const MOST_LEADS = 64;
const MOST_READS = 256;

/** The `|`-separated alternatives of source[from, to) at this depth, as [from, to) pairs; undefined for an unclosed atom. */
function splitAlternatives(source: string, from: number, to: number): [number, number][] | undefined {
  const parts: [number, number][] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && source[i] !== '|') {
      const end = atomEnd(source, i);
      if (end === -1) return undefined;
      i = end - 1;
      continue;
    }
    parts.push([start, i]);
    start = i + 1;
  }
  return parts;
}

/**
 * Whether every match of the source's stretches `parts`, read in order (each without `|` at its
 * depth), holds a keyword in a literal with no line break before it: then the most characters read
 * up to that literal's end (`width`, those read before the parts), else -1. `texts` are the literal
 * strings just read that hold no keyword yet; a line-break-free atom that is no literal starts them
 * again from ''. A group is read into: each of its alternatives, then what follows it.
 */
function holdsKeyword(read: Read, parts: readonly (readonly [number, number])[], texts: string[], width: number, budget: { left: number }): number {
  const { source, keywords } = read;
  if (--budget.left < 0) return -1;
  const holds = (text: string) => keywords.some((keyword) => text.toLowerCase().includes(keyword));
  for (let p = 0; p < parts.length; p++) {
    const to = parts[p]![1];
    for (let i = parts[p]![0]; i < to; ) {
      const end = atomEnd(source, i);
      if (end === -1 || end > to) return -1;
      const quantifierEnd = afterQuantifier(source, end);
      // A zero-width assertion matches no character.
      if (/^(?:\\[bB]|\^|\(\?<?[=!])/.test(source.slice(i, i + 4))) {
        i = end;
        continue;
      }
      // A run of blanks reads as a keyword's one blank (the prefilter's `blankRuns`: `docker[ \t]+login` holds `docker login`).
      const blanks = blankRunLeast(source, i, end, quantifierEnd);
      if (blanks !== -1) {
        width += mostTimes(source, end, quantifierEnd);
        // (A blank after a blank stays in the one run: the text read so far, as the prefilter reads it.)
        const next = (blanks === 0 ? [...texts, ...texts.map(withBlank)] : texts.map(withBlank)).filter((text, k, all) => !holds(text) && all.indexOf(text) === k);
        if (next.length === 0) return width;
        if (next.length > MOST_LEADS) return -1;
        texts = next;
        i = quantifierEnd;
        continue;
      }
      const literal = literalAt(source, i, end);
      const optional = quantifierEnd > end && /^\?\??$/.test(source.slice(end, quantifierEnd));
      const inner = groupInner(source, i);
      const repeated = quantifierEnd > end && !optional ? repeatedLiteral(source, i, end, quantifierEnd) : undefined;
      // (A literal's characters are the string's units: ASCII.)
      const literalWidth = literal ?? (repeated ? literalAt(source, i, end) ?? DIGITS : undefined);
      if (literalWidth) width += Math.max(...literalWidth.map((text) => text.length)) * mostTimes(source, end, quantifierEnd);
      if (literal && (quantifierEnd === end || optional)) {
        const longer = texts.flatMap((text) => literal.map((more) => text + more));
        const next = (optional ? [...texts, ...longer] : longer).filter((text) => !holds(text));
        if (next.length === 0) return width;
        if (next.length > MOST_LEADS) return -1;
        texts = next;
      } else if (repeated) {
        // (Repeated exactly, the literal follows the texts; else the match holds at least its least count of it, last.)
        const next = (repeated.exact ? texts.flatMap((text) => repeated.texts.map((more) => text + more)) : repeated.texts).filter((text) => !holds(text));
        if (next.length === 0) return width;
        if (next.length > MOST_LEADS) return -1;
        texts = next;
      } else if (inner !== -1 && quantifierEnd === end) {
        const rest = [[end, to] as const, ...parts.slice(p + 1)];
        const alternatives = splitAlternatives(source, inner, end - 1);
        return leadOfEvery(alternatives, (alternative) => holdsKeyword(read, [alternative, ...rest], texts, width, budget));
      } else if (noLineBreak(read, i, end)) {
        width += maxWidth(read, i, end, read.unit) * mostTimes(source, end, quantifierEnd);
        texts = [''];
      } else {
        return -1;
      }
      i = quantifierEnd;
    }
  }
  return -1;
}

/**
 * For an atom of blanks (` `, `\t`, `[ \t]`) quantified by source[end, quantifierEnd): the least number of blanks it
 * matches, 0 or 1 (a run of any length reads as one blank); -1 for any other atom.
 */
function blankRunLeast(source: string, at: number, end: number, quantifierEnd: number): number {
  if (!BLANK_ATOMS.has(source.slice(at, end))) return -1;
  if (quantifierEnd === end) return 1;
  const q = source.slice(end, quantifierEnd).replace(/\?$/, '') || '?';
  if (q === '?' || q === '*') return 0;
  if (q === '+') return 1;
  const m = /^\{(\d+)/.exec(q);
  return m ? Math.min(Number(m[1]), 1) : -1;
}

const BLANK_ATOMS = new Set([' ', '\\t', '[ \\t]', '[\\t ]', '[ ]', '[\\t]']);

function withBlank(text: string): string {
  return text.endsWith(' ') ? text : `${text} `;
}

/** The largest of `lead` over the alternatives, or -1 as soon as one is -1 (or none can be read). */
function leadOfEvery(alternatives: [number, number][] | undefined, lead: (alternative: [number, number]) => number): number {
  if (alternatives === undefined) return -1;
  let most = 0;
  for (const alternative of alternatives) {
    const one = lead(alternative);
    if (one === -1) return -1;
    most = Math.max(most, one);
  }
  return most;
}

/** The most string units the atom source[at, end) matches once (`unit` a character of a class or `.`); Infinity when unbounded. */
function maxWidth(read: Read, at: number, end: number, unit: number): number {
  const { source } = read;
  if (/^(?:\\[bB]|\^|\$|\(\?<?[=!])/.test(source.slice(at, at + 4))) return 0;
  // (A backreference matches what its group matched.)
  if (source[at] === '\\' && /[k1-9]/.test(source[at + 1]!)) {
    const group = referencedGroup(source, at, end);
    return group === -1 ? Infinity : maxWidth(read, group, atomEnd(source, group), unit);
  }
  if (source[at] !== '(') return source[at] === '[' || source[at] === '.' || source[at] === '\\' ? unit : 1;
  const inner = groupInner(source, at);
  const alternatives = inner > at ? splitAlternatives(source, inner, end - 1) : undefined;
  if (!alternatives) return Infinity;
  let most = 0;
  for (const [from, to] of alternatives) {
    let sum = 0;
    for (let i = from; i < to; ) {
      const atomStop = atomEnd(source, i);
      if (atomStop === -1 || atomStop > to) return Infinity;
      const quantifierEnd = afterQuantifier(source, atomStop);
      sum += maxWidth(read, i, atomStop, unit) * mostTimes(source, atomStop, quantifierEnd);
      i = quantifierEnd;
    }
    most = Math.max(most, sum);
  }
  return most;
}

/** The most times the quantifier source[at, end) repeats its atom: 1 for none or `?`, Infinity for `*`, `+`, `{n,}`. */
function mostTimes(source: string, at: number, end: number): number {
  if (end === at) return 1;
  const q = source.slice(at, end).replace(/\?$/, '') || '?';
  if (q === '?') return 1;
  if (q === '*' || q === '+') return Infinity;
  const m = /^\{(\d+)(?:(,)(\d*))?\}$/.exec(q);
  if (!m) return Infinity;
  return m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
}

/**
 * A literal atom (or `\d`) under a quantifier whose least count is 1 or more (`A{20}`, `\d{1,2}`, `x+`): every
 * string of that many of its strings, which the match holds last in its run; `exact` when the count is fixed.
 * Undefined for another atom, a least count of 0, or more than MOST_LEADS strings.
 */
function repeatedLiteral(source: string, at: number, end: number, quantifierEnd: number): { texts: string[]; exact: boolean } | undefined {
  const literal = source.slice(at, end) === '\\d' ? DIGITS : literalAt(source, at, end);
  const m = /^(?:(\+)|\{(\d+)(?:(,)(\d*))?\})\??$/.exec(source.slice(end, quantifierEnd));
  if (!literal || !m) return undefined;
  const least = m[1] ? 1 : Number(m[2]);
  const exact = m[2] !== undefined && (m[3] === undefined || m[4] === m[2]);
  if (least < 1 || literal.length ** least > MOST_LEADS) return undefined;
  let texts = [''];
  for (let k = 0; k < least; k++) texts = texts.flatMap((text) => literal.map((more) => text + more));
  return { texts, exact };
}

const DIGITS = [...'0123456789'];

/** Where a capturing or non-capturing group at `at` begins its content; -1 for another atom. */
function groupInner(source: string, at: number): number {
  if (source[at] !== '(') return -1;
  if (source.startsWith('(?:', at)) return at + 3;
  if (source.startsWith('(?<', at) && !source.startsWith('(?<=', at) && !source.startsWith('(?<!', at)) return source.indexOf('>', at) + 1;
  return source[at + 1] === '?' ? -1 : at + 1;
}

/** The literal strings the atom source[at, end) matches, or undefined when it is no literal. */
function literalAt(source: string, at: number, end: number): string[] | undefined {
  const c = source[at]!;
  if (c === '(') {
    const inner = groupInner(source, at);
    return inner > at && inner < end ? groupLiterals(source, inner, end - 1) : undefined;
  }
  if (c === '[') return classChars(source, at + 1, end - 1);
  if (c === '\\') return end === at + 2 && ESCAPED_LITERAL.test(source[at + 1]!) ? [source[at + 1]!] : undefined;
  return LITERAL.test(c) ? [c] : undefined;
}

/** The literal strings a group's content matches when every alternative is literal throughout (an optional character too). */
function groupLiterals(source: string, from: number, to: number): string[] | undefined {
  const texts: string[] = [];
  for (const [start, stop] of splitAlternatives(source, from, to) ?? []) {
    let run = [''];
    for (let i = start; i < stop; ) {
      const end = atomEnd(source, i);
      const quantifierEnd = end === -1 ? -1 : afterQuantifier(source, end);
      const literal = end === -1 || end > stop ? undefined : literalAt(source, i, end);
      const optional = quantifierEnd > end && /^\?\??$/.test(source.slice(end, quantifierEnd));
      if (!literal || (quantifierEnd !== end && !optional)) return undefined;
      const longer = run.flatMap((text) => literal.map((more) => text + more));
      run = optional ? [...run, ...longer] : longer;
      if (run.length > MOST_LEADS) return undefined;
      i = quantifierEnd;
    }
    texts.push(...run);
    if (texts.length > MOST_LEADS) return undefined;
  }
  return texts.length > 0 ? texts : undefined;
}

// Characters that stand for themselves outside a class; and after a backslash, the escaped ones that do.
const LITERAL = /[A-Za-z0-9_\-:@#=;,'"`/%&!<>~ ]/;
const ESCAPED_LITERAL = /[.\-/\\_:@#=;,'"`[\](){}|?*+^$ ]/;

/** A class of plain characters (`[AT]`, `[12]`, a `-` first or last: `[:-]`): each one; a range, a negation or an escape is not read. */
function classChars(source: string, from: number, to: number): string[] | undefined {
  const chars = source.slice(from, to);
  return chars !== '' && /^-?[A-Za-z0-9_:@#=;,'"`/%&!<>~ ]*-?$/.test(chars) && chars !== '--' ? [...chars] : undefined;
}

/**
 * Whether the atom source[at, end) never matches a line break: a class without one (plain characters,
 * ranges between printable ones, `\w`, `\d`, `\S`, escaped punctuation; negated, one that names
 * `\n` or `\s`), such an escape, `.` without the `s` flag, a group of such atoms. Anything else may.
 */
function noLineBreak(read: Read, at: number, end: number): boolean {
  const { source } = read;
  const c = source[at]!;
  if (c === '.') return !read.dotAll;
  if (c === '\\' && /[k1-9]/.test(source[at + 1]!)) return backreferenceNoLineBreak(read, at, end);
  if (c === '\\') return end === at + 2 && (/[wdSt]/.test(source[at + 1]!) || ESCAPED_LITERAL.test(source[at + 1]!));
  if (c === '[') {
    const negated = source[at + 1] === '^';
    const body = source.slice(negated ? at + 2 : at + 1, end - 1);
    if (negated) return /\\[ns]/.test(body.replace(/\\\\/g, ''));
    return /^(?:[ -\[\]-~]|\\[wdS]|\\t(?!-)|\\[.\-/\\_:@#=;,'"`[\](){}|?*+^$ ])*$/.test(body);
  }
  if (c === '(') {
    const inner = groupInner(source, at);
    const parts = inner > at && inner < end ? splitAlternatives(source, inner, end - 1) : undefined;
    return parts !== undefined && parts.every(([from, to]) => everyAtomNoLineBreak(read, from, to));
  }
  return c !== '\n' && c !== '$' && c !== '^' && c !== '|';
}

/** A backreference (`\k<name>`, `\1`) matches what its group matched (or nothing): no line break when the group's atoms match none. */
function backreferenceNoLineBreak(read: Read, at: number, end: number): boolean {
  const group = referencedGroup(read.source, at, end);
  const groupEnd = group === -1 ? -1 : atomEnd(read.source, group);
  return groupEnd !== -1 && everyAtomNoLineBreak(read, groupInner(read.source, group), groupEnd - 1);
}

/** Where the group a backreference source[at, end) names opens: `(?<name>`, or the n-th capturing `(` for `\n`; -1 if none. */
function referencedGroup(source: string, at: number, end: number): number {
  if (source[at + 1] === 'k') return source.indexOf(`(?${source.slice(at + 2, end)}`);
  let left = Number(source[at + 1]);
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[') i = atomEnd(source, i) - 1;
    else if (source[i] === '(' && groupInner(source, i) > i && !source.startsWith('(?:', i) && --left === 0) return i;
    if (i < 0) return -1;
  }
  return -1;
}

function everyAtomNoLineBreak(read: Read, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const end = atomEnd(read.source, i);
    if (end === -1 || end > to) return false;
    if (!/^(?:\\[bB]|\^|\(\?<?[=!])/.test(read.source.slice(i, i + 4)) && !noLineBreak(read, i, end)) return false;
    i = afterQuantifier(read.source, end);
  }
  return true;
}

/** Where a quantifier at `at` ends (past a lazy `?`), or `at` when none stands there. */
function afterQuantifier(source: string, at: number): number {
  const c = source[at];
  let end = at;
  if (c === '?' || c === '*' || c === '+') end = at + 1;
  else if (c === '{') {
    const m = /^\{\d+(?:,\d*)?\}/.exec(source.slice(at, at + 16));
    if (m) end = at + m[0].length;
  }
  return end > at && source[end] === '?' ? end + 1 : end;
}

/** Where the atom at `at` ends: past a group, a class or an escape, else one character; -1 for an unclosed group or class. */
function atomEnd(source: string, at: number): number {
  const c = source[at];
  if (c === '(') {
    const close = closingParen(source, at);
    return close === -1 ? -1 : close + 1;
  }
  if (c === '[') {
    for (let i = at + 1; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === ']') return i + 1;
    }
    return -1;
  }
  if (c === '\\' && source[at + 1] === 'k' && source[at + 2] === '<') {
    const close = source.indexOf('>', at);
    return close === -1 ? -1 : close + 1;
  }
  return c === '\\' ? at + 2 : at + 1;
}
