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
 * zero-width assertions. Under the `i` flag with `u` or `v`, a non-ASCII character may fold onto
 * an ASCII letter (`K`, the Kelvin sign), which the prefilter does not read: such a pattern is not led.
 */
export function leadsWithKeyword(pattern: RegExp, keywords: readonly string[]): boolean {
  const { flags, source } = pattern;
  if (keywords.length === 0 || (flags.includes('i') && (flags.includes('u') || flags.includes('v')))) return false;
  const read = { source, keywords, dotAll: flags.includes('s') };
  const budget = { left: MOST_READS };
  return splitAlternatives(source, 0, source.length)?.every((alternative) => holdsKeyword(read, [alternative], [''], budget)) === true;
}

interface Read {
  readonly source: string;
  readonly keywords: readonly string[];
  /** The `s` flag: `.` matches a line break. */
  readonly dotAll: boolean;
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
 * depth), holds a keyword in a literal with no line break before it. `texts` are the literal strings
 * just read that hold no keyword yet; a line-break-free atom that is no literal starts them again
 * from ''. A group is read into: each of its alternatives, then what follows it.
 */
function holdsKeyword(read: Read, parts: readonly (readonly [number, number])[], texts: string[], budget: { left: number }): boolean {
  const { source, keywords } = read;
  if (--budget.left < 0) return false;
  const holds = (text: string) => keywords.some((keyword) => text.toLowerCase().includes(keyword));
  for (let p = 0; p < parts.length; p++) {
    const to = parts[p]![1];
    for (let i = parts[p]![0]; i < to; ) {
      const end = atomEnd(source, i);
      if (end === -1 || end > to) return false;
      const quantifierEnd = afterQuantifier(source, end);
      // A zero-width assertion matches no character.
      if (/^(?:\\[bB]|\^|\(\?<?[=!])/.test(source.slice(i, i + 4))) {
        i = end;
        continue;
      }
      const literal = literalAt(source, i, end);
      const optional = quantifierEnd > end && /^\?\??$/.test(source.slice(end, quantifierEnd));
      const inner = groupInner(source, i);
      if (literal && (quantifierEnd === end || optional)) {
        const longer = texts.flatMap((text) => literal.map((more) => text + more));
        const next = (optional ? [...texts, ...longer] : longer).filter((text) => !holds(text));
        if (next.length === 0) return true;
        if (next.length > MOST_LEADS) return false;
        texts = next;
      } else if (inner !== -1 && quantifierEnd === end) {
        const rest = [[end, to] as const, ...parts.slice(p + 1)];
        const alternatives = splitAlternatives(source, inner, end - 1);
        return alternatives !== undefined && alternatives.every((alternative) => holdsKeyword(read, [alternative, ...rest], texts, budget));
      } else if (noLineBreak(read, i, end)) {
        texts = [''];
      } else {
        return false;
      }
      i = quantifierEnd;
    }
  }
  return false;
}

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

/** A class of plain characters (`[AT]`, `[12]`): each one; a range, a negation or an escape is not read. */
function classChars(source: string, from: number, to: number): string[] | undefined {
  const chars = source.slice(from, to);
  return chars !== '' && /^[A-Za-z0-9_:@#=;,'"`/%&!<>~ ]+$/.test(chars) ? [...chars] : undefined;
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
  return c === '\\' ? at + 2 : at + 1;
}
