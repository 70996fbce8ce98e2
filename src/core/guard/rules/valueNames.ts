// Whether a value is a name rather than a secret: a name of words naming a secret (a variable's, a
// type's, an enum member's), a quoted name given to a key for what a machine issues, the key's own name
// in another case. Asked by the assignment rule's value test (secretValue.ts) and by rules that read a
// literal beside a name.
import { isDigit, isLower, isUpper } from '../charCodes';
import { nextKeyWordEnd } from './keyWordScan';
import { isKeyWord, namesChosenSecret } from './keyStrength';
import { commonPairShare, NAME_PAIRS } from '../letterPairs';
import { nameWords, startsCamelWord } from './nameWords';
import { looksRandomValue } from './randomValue';
import { readsAsIdentifier } from '../identifierWords';
import { judgingStrictly } from '../redactionStrictness';

const IDENTIFIER = /^[A-Za-z_$][\w$. -]{2,63}$/;
// A word of a name, maybe numbered (`V2`); digits inside it (`s3cr3t`) make it a password's.
const NAME_PART = /^[a-z]+\d{0,2}$/;

/**
 * A name made of words, one of them a secret's (`accessToken`, `AdminAPIKeys`, `"id_token"`,
 * `RESET_PASSWORD_V2`, `"id_token refresh_token"`): the name of a variable, a type, a field or
 * an enum member, not a value (`token = accessToken`, `ACCESS_TOKEN: "AccessToken"`). A glued
 * word (`supersecret`, `Token2024`), a word and a number (`Password_123`) or a word spelt with
 * digits (`s3cr3tPass`) can be a password. A key word of two or three letters (`pw`, `pwd`,
 * `key`, `sig`, `pat`) turns up by chance in about one random value in a hundred
 * (`TIPwVsYQ4DrE`), so a name whose key words are all that short must be words around it:
 * at most two of its other pieces not words, at most one of those a lone letter (`dbPw`,
 * `sqlDbPwd`, `xApiKey`). bench/guard/README.md, "When a random value reads as a name".
 */
export function namesASecret(v: string): boolean {
  // (A digit before a lower-case letter first, then the key-word scan: most generated values hold the
  // one, most other values no key word.)
  if (digitBeforeLower(v) || nextKeyWordEnd(v, 0) === -1 || !IDENTIFIER.test(v)) return false;
  let named = false;
  let longKeyWord = false;
  let notWords = 0;
  let loneLetters = 0;
  for (const word of nameWords(v)) {
    const part = word.toLowerCase();
    if (!NAME_PART.test(part)) return false;
    if (isKeyWord(part) || (part.endsWith('s') && isKeyWord(part.slice(0, -1)))) {
      named = true;
      longKeyWord ||= part.length >= 4;
    } else if (!spelledWord(part)) {
      notWords++;
      if (part.length === 1 || isDigit(part.charCodeAt(1))) loneLetters++;
    }
  }
  return named && (longKeyWord || (notWords <= 2 && loneLetters <= 1));
}

// Words' letter pairs are nearly all common, random letters' 37% (letterPairs.ts).
const WORD_PAIRS = 0.75;

/**
 * A piece of a name (lower case, maybe numbered) that is a word: two letters or more, a vowel among
 * them, at least three quarters of its letter pairs common in names' words (`user`, `api`, `root`;
 * not `db`, `smtp`, nor a generator's `ctgseglg`, `vs`). The rest are abbreviations and lone letters.
 */
function spelledWord(part: string): boolean {
  return part.length >= 2 && !isDigit(part.charCodeAt(1)) && VOWEL.test(part) && commonPairShare(part) >= WORD_PAIRS;
}

const VOWEL = /[aeiouy]/;

/**
 * A digit right before a lower-case letter (`sR7GXo`): no camelCase cut comes before a lower-case
 * letter, so both lie in one word, where NAME_PART lets digits only end it; the name is no name of words.
 */
function digitBeforeLower(v: string): boolean {
  for (let i = 1; i < v.length; i++) if (isLower(v.charCodeAt(i)) && isDigit(v.charCodeAt(i - 1))) return true;
  return false;
}

/** How many of the name's words camelCase starts (`AdminAPIKeys`: API and Keys). */
function camelWords(v: string): number {
  let n = 0;
  for (let i = 1; i < v.length; i++) if (startsCamelWord(v, i)) n++;
  return n;
}

// user_session, updated_at: a lower snake-case name of words, as CONSTANT_NAME is its upper-case twin;
// msal:loginSuccess, msal.cache.encryption: a name in a namespace, words joined by . or :.
const SNAKE_NAME = /^[a-z]{2,}(?:_[a-z]{2,}){1,8}$/;
const NAMESPACED_NAME = /^[a-z]{2,}(?:[A-Z][a-z]+){0,6}(?:[.:][a-z]{2,}(?:[A-Z][a-z]+){0,6}){1,6}$/;

/**
 * A name in quotes: a namespaced one (`"auth:loginCompleted"`, a lookup's path), or, given to a key for
 * what a machine issues or to a key's own name (`ACCESS_TOKEN = "AccessToken"`, `session_key =
 * "user_session"`), a name of words: a generated value never is one. Given to what a person chooses (a
 * password, a passphrase, a secret), the words are that secret (`password = 'open_sesame'`).
 */
export function quotedName(v: string, key: string): boolean {
  const c = v.charCodeAt(0);
  if (!isLower(c) && !isUpper(c) && c !== 95) return false;
  if (isLower(c) && (v.includes(':') || v.includes('.')) && NAMESPACED_NAME.test(v)) return true;
  // (Every test below needs a name naming a secret or a snake name: most values are neither, and the key is read last.)
  const named = namesASecret(v);
  if (!named && !(v.includes('_') && SNAKE_NAME.test(v))) return false;
  // A private member's name (`'_callApiKey' in client`), a class's or an enum's of three words or more
  // (`"FlowPasswordRequiredResultV2"`, `"AdminAPIKeys"`): code's names, given to any key. Spelled as code's names
  // are: a random password whose two letters `pw` stand between capitals (`PWAe6UvkINFI`) is none.
  if (named && (c === 95 || (isUpper(c) && camelWords(v) >= 2)) && spelledAsName(v)) return true;
  // (A single lower-case word is no name of words: `token = "secret"` is the policy's slot word.)
  // Judged strictly (redactionStrictness.ts), only a name spelled as code spells one is a name: capitalised, its words
  // naming a secret (a setting's or a type's: `"DbPassword"`, `"AccessToken"`), or in camelCase (a member's, a lookup's:
  // `"accountTokenHeader"`). Words in lower case apart by `_` or `-` (`"test_token"`, `"access-token"`) are the slot's
  // stand-in, set apart only for not looking generated, and are taken.
  return (!named || /[^a-z]/.test(v)) && !namesChosenSecret(key) && !addressesReader(v) && (!judgingStrictly() || (named && isUpper(c)) || CAMEL_CASE.test(v));
}

// A lower-case letter then a capital: camelCase's join of words.
const CAMEL_CASE = /[a-z][A-Z]/;

/**
 * A name's letters pair as words' do, and it does not look random unless it reads as an identifier's words
 * (acronyms and numbered words look random: `RSAPrivateKey`, `PrivateKeyP12`). Of random values that
 * `namesASecret` reads as a capitalised name of three words (about 1 in 36,000 of base62's and symbols'), 1 in 30
 * passes (bench/guard/README.md, twenty-ninth round, guardslotfold2).
 */
function spelledAsName(v: string): boolean {
  return commonPairShare(v) >= NAME_PAIRS && (!looksRandomValue(v) || readsAsIdentifier(v));
}

// `my` `your` `our` as the first word, cut from the next by case or a separator (`mysql_token` is none).
const READER_POSSESSIVE = /^(?:my|your|our)(?:[A-Z_. -]|$)|^(?:My|Your|Our)[A-Z_. -]/;

/**
 * A name whose first word is a first- or second-person possessive (`myPassword`, `your-api-key-here`; the
 * upper-snake `YOUR_TOKEN` is a constant's name, set apart before): the writer addressing the reader, as documentation's stand-ins do (connectionstrings.com's `Password=myPassword`, a quick-start's
 * `api_key="your-api-key-here"`). A program's name for a field, a header or a stored value says what it holds
 * (`accessToken`, `id_token`, `X-Api-Key`), never whose from the reader's side; the placeholder policy makes
 * such a literal the secret (`yourTigerKey`), unless it is stand-in and slot words only (`myPassword`,
 * `your-api-key-here`: a stand-in since the twenty-ninth round, standInWords.ts).
 */
function addressesReader(v: string): boolean {
  return READER_POSSESSIVE.test(v);
}

/** `CLIENT_SECRET` and `client_secret`, `Pass` and `pass`: the same words, whatever their case and separators. */
export function sameName(v: string, key: string): boolean {
  // (Compared in place, without allocating: asked of most values in code.)
  let i = 0;
  let k = 0;
  for (;;) {
    while (i < v.length && isNameJoint(v.charCodeAt(i))) i++;
    while (k < key.length && isNameJoint(key.charCodeAt(k))) k++;
    if (i === v.length || k === key.length) return i === v.length && k === key.length;
    if ((v.charCodeAt(i++) | 32) !== (key.charCodeAt(k++) | 32)) return false;
  }
}

/** - _ . and the blank. */
function isNameJoint(c: number): boolean {
  return c === 45 || c === 95 || c === 46 || c === 32;
}
