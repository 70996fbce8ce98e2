// A name of code given to a weak key (`key: "clientId"`, `signature = "session_id"`, `KEY = "http.keepAlive.max"`): a
// lookup's key, a member's or a setting's name, in any mode. Two words or more, joined by case or by `_` `.` `:`, each
// a word (maybe numbered) or an acronym, their letters paired as words' are, the whole not random: a generated value is
// never that. A person's word-like secret is one word (`pepper`, `hunter2`) or words apart by a hyphen or a blank
// (`open-sesame`), which strict takes.
import { commonPairShare, NAME_PAIRS } from '../letterPairs';
import { nameWords } from './nameWords';
import { looksRandomValue } from './randomValue';
import { readsAsWords } from './valueShape';

const NAME_CHARS = /^[A-Za-z][\w.:]{0,63}$/;

/** Whether the value is a name of code of two words or more (above). */
export function namesCode(v: string): boolean {
  return NAME_CHARS.test(v) && nameWords(v).length >= 2 && readsAsWords(v) && commonPairShare(v) >= NAME_PAIRS && !looksRandomValue(v);
}
