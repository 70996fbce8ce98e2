// The sentence rule's gates (statedSentenceRules.ts): which of its shapes may read at a secret's word, told by the few
// characters each shape's expression needs around the word, and the word itself read in place. Each answer is a
// necessary condition of an expression, never a sufficient one: a shape left untried is one that would not read there
// (statedSentence.test.ts tries it on generated sentences). Read at every key word's place, so nothing here allocates.

// Which of `shapesOf`'s shapes may read at a word: (1) `… is / was / has been …`, after a qualifier `:`; (2) `set … to`;
// (3) `with / using / use / and …`. A necessary condition of each shape's expression, read in a few characters.
export const IS_SHAPE = 1;
const SET_SHAPE = 2;
const GIVEN_SHAPE = 4;
/** Each shape's bit in goesOnAfter's and verbsBefore's answers, in `shapesOf`'s order. */
export const SHAPE_BITS: readonly number[] = [IS_SHAPE, SET_SHAPE, GIVEN_SHAPE];

/**
 * The shapes the words after the word allow, each going on with 1–3 blanks: shapes (1) and (2) with a qualifier's
 * preposition (`for`, `of`, `to`, `on`, `at`: QUALIFIER), shape (1) with a verb too (`is`, `was`, `has`: VERB), shape (2)
 * with `to`, told by their first two letters (either case: the expressions' `i` flag, without `u`, folds ASCII letters
 * only); shape (3) with its value, maybe after a quote four characters or more none of them a blank or a quote (VALUE).
 */
export function goesOnAfter(text: string, wordEnd: number): number {
  let i = wordEnd;
  while (i - wordEnd < 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i === wordEnd || i - wordEnd > 3) return 0;
  const a = text.charCodeAt(i) | 0x20;
  const b = text.charCodeAt(i + 1) | 0x20;
  const given = valueOpensAt(text, i) ? GIVEN_SHAPE : 0;
  // (for, of, on, to, at: a qualifier or `to`, either shape; is, was, has: shape (1)'s verb.)
  if ((a === 102 && b === 111) || (a === 111 && (b === 102 || b === 110)) || (a === 116 && b === 111) || (a === 97 && b === 116)) return IS_SHAPE | SET_SHAPE | given;
  if ((a === 105 && b === 115) || ((a === 119 || a === 104) && b === 97)) return IS_SHAPE | given;
  return given;
}

/** VALUE's opening at `i`: a quote or none, then four characters none of them an ASCII blank or a quote (`[^\s"'\`]`). */
function valueOpensAt(text: string, i: number): boolean {
  const start = isQuote(text.charCodeAt(i)) ? i + 1 : i;
  for (let k = start; k < start + 4; k++) {
    const c = text.charCodeAt(k);
    // (Past the text's end NaN: no value character. A blank past ASCII taken as one: a superset of `[^\s]` is enough.)
    if (c !== c || c === 32 || (c >= 9 && c <= 13) || isQuote(c)) return false;
  }
  return true;
}

function isQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 96;
}

/**
 * The shapes the words before the word allow: shape (2)'s `set` / `change(d)` / `changing` / `reset` / `update(d)`
 * (SET_BEFORE) and shape (3)'s `with` / `using` / `use` / `and` (GIVEN_BEFORE), a word of its own (`\b` before it), then
 * 1–3 blanks and at most a determiner (blanks after it) and a word of 20 characters (blanks after it) or a compound's
 * first part glued to the word (BEFORE_WORD). Read back as runs of `[\w'-]` apart by 1–3 blanks: the verb ends one of the
 * first three runs, each before it 20 characters at most; read until the shapes `wanted` are found. Shape (1) never needs
 * one: always allowed here.
 */
export function verbsBefore(text: string, at: number, wanted: number): number {
  let shapes = IS_SHAPE;
  let i = at;
  // (A compound's first part glued to the word, `apikey`, `api_key`: seven characters at most, with no blank after it.)
  while (i > 0 && at - i <= 7 && isRunCharacter(text.charCodeAt(i - 1))) i--;
  if (at - i > 7) return shapes;
  for (let runs = i < at ? 1 : 0; runs < 3; runs++) {
    const blanksEnd = i;
    while (i > 0 && blanksEnd - i < 4 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
    if (i === blanksEnd || blanksEnd - i > 3) break;
    const end = i;
    while (i > 0 && end - i <= 20 && isRunCharacter(text.charCodeAt(i - 1))) i--;
    if (i === end) break;
    shapes |= verbEndingAt(text, end);
    if ((shapes & wanted) === wanted) break;
    // (A run longer than 20 can end with the verb, `x-set`, but no word before the verb is one; a run before the word's
    // first can be the verb, a determiner or the adjective, before that only the verb or a determiner, then the verb.)
    if (end - i > 20 || (runs > 0 && !isDeterminer(text, i, end))) break;
  }
  return shapes;
}

/** BEFORE_WORD's determiners, lower case, by their length. */
const DETERMINERS: readonly (readonly string[])[] = wordsByLength(['the', 'my', 'your', 'our', 'a', 'an', 'its', 'this', 'that', 'his', 'her', 'their']);

function isDeterminer(text: string, start: number, end: number): boolean {
  return end - start <= 5 && wordIn(DETERMINERS, text, start, end);
}

/** BEFORE_WORD's characters of a word: `[\w'-]`. */
function isRunCharacter(c: number): boolean {
  return isWordCharacter(c) || c === 39 || c === 45;
}

/** SET_SHAPE or GIVEN_SHAPE when SET_BEFORE's or GIVEN_BEFORE's verb, a word of its own, ends right before `end`; else 0. */
function verbEndingAt(text: string, end: number): number {
  switch (text.charCodeAt(end - 1) | 0x20) {
    case 116: // t
      return wordEndingAt(text, end, 'set') || wordEndingAt(text, end, 'reset') ? SET_SHAPE : 0;
    case 101: // e
      return wordEndingAt(text, end, 'change') || wordEndingAt(text, end, 'update') ? SET_SHAPE : wordEndingAt(text, end, 'use') ? GIVEN_SHAPE : 0;
    case 100: // d
      return wordEndingAt(text, end, 'changed') || wordEndingAt(text, end, 'updated') ? SET_SHAPE : wordEndingAt(text, end, 'and') ? GIVEN_SHAPE : 0;
    case 103: // g
      return wordEndingAt(text, end, 'changing') ? SET_SHAPE : wordEndingAt(text, end, 'using') ? GIVEN_SHAPE : 0;
    case 104: // h
      return wordEndingAt(text, end, 'with') ? GIVEN_SHAPE : 0;
    default:
      return 0;
  }
}

/** `word` (lower case) ends right before `end`, in either case, with no name's character before it (`\b`). */
function wordEndingAt(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  // (Before the text's start NaN: no name's character.)
  return start >= 0 && !isWordCharacter(text.charCodeAt(start - 1)) && lettersAt(text, start, word);
}

/** `\w` without the `u` flag: an ASCII letter, a digit or `_`. */
function isWordCharacter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

// PASSWORD's and TOKEN's words as the find loop reads them, by their first letter (read in place: at every key word's place).
const SENTENCE_WORDS: readonly (readonly string[])[] = Array.from({ length: 26 }, (_, letter) =>
  ['password', 'passphrase', 'passcode', 'passwd', 'secret', 'credentials', 'credential', 'token', 'key'].filter((word) => word.charCodeAt(0) === 97 + letter),
);

/** The length of PASSWORD's or TOKEN's word at `at` (its first letter, lower case, `first`) when no letter follows it; else 0. */
export function sentenceWordLength(text: string, at: number, first: number): number {
  const words = SENTENCE_WORDS[first - 97]!;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (lettersAt(text, at, word) && !isLetterAt(text, at + word.length)) return word.length;
  }
  return 0;
}

function wordsByLength(words: readonly string[]): string[][] {
  const byLength: string[][] = Array.from({ length: 13 }, () => []);
  for (const word of words) byLength[word.length]!.push(word);
  return byLength;
}

/** text[start, end) is one of the words (in either case), listed by their length (`wordsByLength`, end - start ≤ 12). */
function wordIn(byLength: readonly (readonly string[])[], text: string, start: number, end: number): boolean {
  const words = byLength[end - start]!;
  for (let w = 0; w < words.length; w++) if (lettersAt(text, start, words[w]!)) return true;
  return false;
}

/** `word` (lower case) stands at `at`, in either case. */
function lettersAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

export function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 36 || c === 62;
}

// A compound's first part (`apikey`, `api key`, `access_token`, `client-secret`): TOKEN_WORD's.
const COMPOUND_PARTS = ['api', 'access', 'secret', 'auth', 'client', 'app'];

/**
 * Whether a compound's first part ends right before `at`, a word of its own, glued or joined by a blank, `_` or `-`
 * (`apikey`, `api key`, `access_token`, `client-secret`). Read in place: asked at most key words' places.
 */
export function compoundBefore(text: string, at: number): boolean {
  const joint = text.charCodeAt(at - 1);
  const end = joint === 95 || joint === 45 || joint === 32 || joint === 9 ? at - 1 : at;
  for (const part of COMPOUND_PARTS) {
    const start = end - part.length;
    if (start < 0 || isNameChar(text.charCodeAt(start - 1))) continue;
    let k = 0;
    while (k < part.length && (text.charCodeAt(start + k) | 0x20) === part.charCodeAt(k)) k++;
    if (k === part.length) return true;
  }
  return false;
}

/** `as`, maybe a determiner, and blanks right before the word: the only place AS_THE_WORD's value can stand. */
export function asBefore(text: string, at: number): boolean {
  let i = at;
  const blanksEnd = i;
  while (i > 0 && blanksEnd - i < 3 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === blanksEnd) return false;
  const wordEnd = i;
  while (i > 0 && wordEnd - i < 5 && isLetterAt(text, i - 1)) i--;
  const length = wordEnd - i;
  if (length === 2 && lettersAt(text, i, 'as')) return true;
  if (!(length === 3 && lettersAt(text, i, 'the')) && !(length === 2 && lettersAt(text, i, 'my')) && !(length === 4 && lettersAt(text, i, 'your')) && !(length === 1 && lettersAt(text, i, 'a'))) return false;
  const determinerStart = i;
  while (i > 0 && determinerStart - i < 3 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i < determinerStart && i >= 2 && lettersAt(text, i - 2, 'as');
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  return c >= 97 && c <= 122;
}
