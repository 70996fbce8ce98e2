// Whether a value reads as a word: lower-case letters, maybe capitalised, whose letters pair as words' do (random
// letters' do not). A found secret that does is not sought elsewhere in the text (a word is said again for its own sake,
// secretRedactor.ts); after a password's key inside a line of prose it is prose (`Password: required`), not the password.
import { commonPairShare } from './letterPairs';

const WORD = /^[A-Za-z][a-z]+$/;
const WORD_PAIRS = 0.6;

export function readsAsWord(value: string): boolean {
  return WORD.test(value) && commonPairShare(value) >= WORD_PAIRS;
}
