// A value that is prose rather than a passphrase: a message, a prompt's label, a sentence, words naming the
// slot. Asked by the assignment rule's value test (secretValue.ts) of a quoted value with a blank.
import { isKeyWord } from './keyStrength';

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
  let words = 0;
  let lettered = 0;
  for (const word of v.split(' ')) {
    if (word === '') continue;
    words++;
    if (SENTENCE_WORD.test(word)) lettered++;
  }
  return words >= 4 && lettered >= 0.75 * words;
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
const SENTENCE_WORD = /^["'(]?[A-Za-z][a-z]*(?:['-][a-z]+)?[)"',.;:!?]{0,3}$/;
