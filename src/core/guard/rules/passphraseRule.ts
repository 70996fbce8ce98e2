// A passphrase or a wallet's recovery phrase given to a key that names one: it is made of words,
// so the assignment rule reads it as prose. BIP-39's mnemonic is 12, 15, 18, 21 or 24 lower-case
// words of 3 to 8 letters; a diceware passphrase is four words or more, lower case, joined by
// blanks or hyphens. A sentence is neither: a capital or punctuation (the expression takes none),
// the words of grammar (`the`, `your`, `to`, `enter`…) or a word said twice mark one. A shell's
// assignment word (`NAME=value`, `=` glued to both, POSIX 2.9.1) ends its unquoted value at the first
// blank: `BORG_PASSPHRASE=changeme borg create repo` gives `changeme` and runs borg.
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { spanBeforeTail, withoutIndices } from '../secretPlace';

const KIND = spanKind('passphrase');
// The key (its word for a phrase, whatever precedes it), the operator, then the words to the
// value's end: its closing quote, or for a bare value the line's or the pair's end.
// (Its closing quote ends the match: the phrase's place is read without match indices, secretPlace.ts.)
const { pattern: PHRASE, tail: PHRASE_TAIL } = withoutIndices(/(?:pass[-_ ]?phrase|mnemonic|(?:seed|recovery|secret|backup|wallet)[-_ ]?(?:phrase|words))[\w.-]{0,30}["']?(?<op>[ \t]*(?::=|=>|[:=])[ \t]*)(?<q>["'`]?)(?<secret>[a-z]{2,12}(?:[ -][a-z]{2,12}){3,23})\k<q>(?![\w-]|[ \t][a-z])/dgi);
const MNEMONIC_LENGTHS = new Set([12, 15, 18, 21, 24]);
const GRAMMAR_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'is', 'are', 'be', 'it', 'this', 'that',
  'your', 'my', 'you', 'our', 'enter', 'please', 'here', 'not', 'use', 'set', 'must', 'should', 'will', 'can',
]);

// The keys the expression reads as `…words`, in each spelling it accepts: `seed words`, `wallet-words` and `backup_words` are
// one key written three ways, and each must run the rule (`phrase` and `mnemonic` cover the others).
const WORDS_KEYS = ['seed', 'recovery', 'secret', 'backup', 'wallet'].flatMap((word) => ['', '_', '-', ' '].map((joint) => `${word}${joint}words`));

export const passphraseRule: SecretRule = {
  id: 'passphrase',
  keywords: ['phrase', 'mnemonic', ...WORDS_KEYS],
  find(text, found) {
    PHRASE.lastIndex = 0;
    for (let m = PHRASE.exec(text); m; m = PHRASE.exec(text)) {
      const shellWord = m.groups!.op === '=' && m.groups!.q === '';
      const blank = shellWord ? m.groups!.secret!.indexOf(' ') : -1;
      const value = blank === -1 ? m.groups!.secret! : m.groups!.secret!.slice(0, blank);
      if (readsAsPhrase(value)) {
        const [start] = PHRASE_TAIL ? spanBeforeTail(m, PHRASE_TAIL) : m.indices!.groups!.secret!;
        found.push(KIND, start, start + value.length);
      }
    }
  },
};

function readsAsPhrase(value: string): boolean {
  if (value !== value.toLowerCase()) return false;
  const words = value.split(/[ -]/);
  if (words.length < 4) return false;
  const distinct = new Set(words).size;
  const grammar = words.filter((w) => GRAMMAR_WORDS.has(w)).length;
  // A mnemonic's words come from a list of 2,048: one may repeat, and a few are short words of English.
  if (MNEMONIC_LENGTHS.has(words.length) && words.every((w) => w.length >= 3 && w.length <= 8)) return distinct >= words.length - 2 && grammar <= 1;
  return words.length <= 10 && distinct === words.length && grammar === 0 && words.every((w) => w.length >= 3);
}
