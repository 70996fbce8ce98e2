// A value that is prose rather than a passphrase: a message, a prompt's label, a sentence, words naming the
// slot. Asked by the assignment rule's value test (secretValue.ts) of a quoted value with a blank.
import { isKeyWord } from './keyStrength';
import { isLower, isUpper } from '../charCodes';

// A message: words with a sentence's punctuation (`"Forgot password?"`, `"Wrong user, try again."`). Words
// alone are a passphrase (`'open sesame'`, `session({ secret: 'keyboard cat' })`): the policy's phrase.
export const PROSE = /^[A-Za-z '-]*[A-Za-z][,.?!:][A-Za-z ,.'?!:-]*$/;
// (Capitalised, as a form or a prompt writes it: a lower-case word and a colon may be a user name in a `user:password` pair.)
export const PROMPT_LABEL = /^[A-Z][A-Za-z ]{0,40}:$/;

/**
 * A sentence: four words or more, nearly all of them words of letters (with their punctuation),
 * as a message or a description has them (`"Please run 'azd auth login' from a command prompt
 * …"`). (A passphrase of four words or more is read as a sentence too.)
 */
export function looksSentence(v: string): boolean {
  // (Counted first, without allocating: most values with a blank hold one or two.)
  let blanks = 0;
  for (let at = v.indexOf(' '); at !== -1 && blanks < 3; at = v.indexOf(' ', at + 1)) blanks++;
  if (blanks < 3) return false;
  // (The words between blanks read in place, as `split(' ')` cuts them, empty ones skipped: no array, no strings.)
  let words = 0;
  let lettered = 0;
  let start = 0;
  for (let i = 0; i <= v.length; i++) {
    if (i < v.length && v.charCodeAt(i) !== 32) continue;
    if (i > start) {
      words++;
      if (sentenceWord(v, start, i)) lettered++;
    }
    start = i + 1;
  }
  return words >= 4 && lettered >= 0.75 * words;
}

/**
 * Whether `v` from `start` to `end` is a word of a sentence, /^["'(]?[A-Za-z][a-z]*(?:['-][a-z]+)?[)"',.;:!?]{0,3}$/ read in
 * place: an opening quote or bracket, a letter, lower-case letters, maybe one `'` or `-` joining more, then up to three
 * closing marks. (No step has a choice: the joined part is taken wherever a lower-case letter follows the `'` or `-`,
 * where no closing mark could take it.)
 */
function sentenceWord(v: string, start: number, end: number): boolean {
  let i = start;
  const opening = v.charCodeAt(i);
  if (opening === 34 || opening === 39 || opening === 40) i++;
  if (i >= end || !isLetter(v.charCodeAt(i))) return false;
  i++;
  while (i < end && isLower(v.charCodeAt(i))) i++;
  const joint = v.charCodeAt(i);
  if (i + 1 < end && (joint === 39 || joint === 45) && isLower(v.charCodeAt(i + 1))) {
    i += 2;
    while (i < end && isLower(v.charCodeAt(i))) i++;
  }
  for (let marks = 0; i < end && marks < 3; marks++, i++) if (!isClosingMark(v.charCodeAt(i))) return false;
  return i === end;
}

/** ) " ' , . ; : ! ? */
function isClosingMark(c: number): boolean {
  return c === 41 || c === 34 || c === 39 || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
}

function isLetter(c: number): boolean {
  return isLower(c) || isUpper(c);
}

/**
 * Words that name a secret (`"Enter your password"`, `"Password is required"`): a message about the
 * slot, a prompt or an error. A passphrase does not name its own slot (`'open sesame'`, `'keyboard cat'`).
 */
export function phraseNamesSlot(v: string): boolean {
  if (!PHRASE.test(v)) return false;
  for (const word of v.toLowerCase().split(' ')) if (isKeyWord(word) || (word.endsWith('s') && isKeyWord(word.slice(0, -1)))) return true;
  return false;
}

export const PHRASE = /^[A-Za-z' -]+$/;
