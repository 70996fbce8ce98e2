// Whether every match of a pattern rule starts with a literal that holds one of the rule's
// keywords (a vendor's prefix: `AKIA…`, `(?:mainnet|preprod|…)…`, `\blftp\b…`), read once from the
// pattern's source when the rule is made. Such a rule's every match starts on a line where one of
// its keywords occurs and holds that occurrence, so it may look only on those lines (`nearKeywords`):
// a vendor's prefix found inside random values (`sk`, `cio`, `aiza`) then costs the rule a few
// lines, not a pass of its expression over the whole text. A shape not read here is not led.
import { closingParen } from './secretPlace';

/**
 * True when every match of `pattern` begins with one of a few literal strings (each alternative's
 * literal characters, plain character classes and groups, past zero-width assertions, up to a
 * quantified or other atom) and each of them holds one of `keywords` (lower-case, as the prefilter
 * folds ASCII letters). Under the `i` flag with `u` or `v`, a non-ASCII character may fold onto
 * an ASCII letter (`K`, the Kelvin sign), which the prefilter does not read: such a pattern is not led.
 */
export function leadsWithKeyword(pattern: RegExp, keywords: readonly string[]): boolean {
  const { flags, source } = pattern;
  if (keywords.length === 0 || (flags.includes('i') && (flags.includes('u') || flags.includes('v')))) return false;
  const leads = alternatives(source, 0, source.length);
  return leads !== undefined && leads.texts.every((lead) => keywords.some((keyword) => lead.toLowerCase().includes(keyword)));
}

/** The literal strings a match of source[from, to) starts with, and whether each is all of the match. */
interface Leads {
  readonly texts: string[];
  readonly whole: boolean;
}

/** How many leading strings are followed: a pattern with more is not led. */
const MOST_LEADS = 64;

/** The leads of each `|`-separated alternative of source[from, to) at this depth, together. */
function alternatives(source: string, from: number, to: number): Leads | undefined {
  const texts: string[] = [];
  let whole = true;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && source[i] !== '|') {
      const end = atomEnd(source, i);
      if (end === -1) return undefined;
      i = end - 1;
      continue;
    }
    const leads = sequence(source, start, i);
    if (leads.texts.length === 0 || texts.length + leads.texts.length > MOST_LEADS) return undefined;
    texts.push(...leads.texts);
    whole &&= leads.whole;
    start = i + 1;
  }
  return { texts, whole };
}

// Characters that stand for themselves outside a class; and after a backslash, the escaped ones that do.
const LITERAL = /[A-Za-z0-9_\-:@#=;,'"`/%&!<>~ ]/;
const ESCAPED_LITERAL = /[.\-/\\_:@#=;,'"`[\](){}|?*+^$ ]/;

/** The literal strings source[from, to) (no `|` at this depth) starts with; `whole` when they are all of it. */
function sequence(source: string, from: number, to: number): Leads {
  let texts = [''];
  for (let i = from; i < to; ) {
    const end = atomEnd(source, i);
    if (end === -1 || end > to || isQuantifier(source[end])) return { texts, whole: false };
    const c = source[i];
    // A zero-width assertion matches no character.
    if (/^(?:\\[bB]|\^|\(\?<?[=!])/.test(source.slice(i, i + 4))) {
      i = end;
      continue;
    }
    let next: Leads | undefined;
    if (c === '(') {
      const inner = source.startsWith('(?:', i) ? i + 3 : source.startsWith('(?<', i) ? source.indexOf('>', i) + 1 : source[i + 1] === '?' ? -1 : i + 1;
      next = inner > i && inner < end ? alternatives(source, inner, end - 1) : undefined;
    } else if (c === '[') {
      next = classChars(source, i + 1, end - 1);
    } else if (c === '\\') {
      next = end === i + 2 && ESCAPED_LITERAL.test(source[i + 1]!) ? { texts: [source[i + 1]!], whole: true } : undefined;
    } else {
      next = LITERAL.test(c!) ? { texts: [c!], whole: true } : undefined;
    }
    if (!next || texts.length * next.texts.length > MOST_LEADS) return { texts, whole: false };
    texts = texts.flatMap((text) => next.texts.map((more) => text + more));
    if (!next.whole) return { texts, whole: false };
    i = end;
  }
  return { texts, whole: true };
}

/** A class of plain characters (`[AT]`, `[12]`): each one; a range, a negation or an escape is not read. */
function classChars(source: string, from: number, to: number): Leads | undefined {
  const chars = source.slice(from, to);
  return chars !== '' && /^[A-Za-z0-9_:@#=;,'"`/%&!<>~ ]+$/.test(chars) ? { texts: [...chars], whole: true } : undefined;
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

function isQuantifier(c: string | undefined): boolean {
  return c === '?' || c === '*' || c === '+' || c === '{';
}
