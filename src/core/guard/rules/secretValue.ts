// Whether the value read after a secret-named key is a secret: not a placeholder, filler typed
// into the slot, a reference, a type or a name that merely names a secret, a number, prose or code; a weak key's value must look random.
// (The value's shapes these tests ask about are valueShape.ts's.)
import { looksPlaceholder, namesAnotherSlot, STAND_IN_BIT } from '../placeholderValue';
import { hasPublicPrefix } from '../publicKeyPrefix';
import { isVendorPrefixAlone } from './vendorPrefixAlone';
import { looksRandomValue } from './randomValue';
import { looksLocation } from './valueContext';
import { keyStrength, namesCacheKey, namesChosenSecret, namesIssuedCredential, namesPassword, namesSession, namesTokenAlone, type Strength } from './keyStrength';
import { isLower, isUpper } from '../charCodes';
import { judgingStrictly } from '../redactionStrictness';
import { namesCode } from './codeName';
import { namesDocumentedCredential } from './documentedCredentialField';
import { nameWords } from './nameWords';
import { namesASecret, quotedName, sameName } from './valueNames';
import { spellsOwnKey } from './ownKeyWords';
import { isOwnKey } from './ownKeyValue';
import { CODE_WORDS, MODE_WORDS, TYPE_NAMES } from './noValueWords';
import { namesOrLabels } from './labelOrVersion';
import { conventionalName } from './conventionalName';
import { looksSentence, phraseNamesSlot, PHRASE, PROMPT_LABEL, PROSE } from './proseValue';
import { DIGIT_LOWER, KEY_START, LOWER_UPPER, NOT_LETTER, NOT_NAME_CHAR, NOT_PROSE_CHAR, UPPER, UPPER_UPPER } from './valueReading';
import {
  CALL, CODE_NAME, CONSTANT_LIST, ENV_NAME, generatedPassword, HEX_NUMBER, holdsGeneratedPiece, ISSUED_NEVER, KEBAB_NAME, looksExpression, MAY_BLANK, MAY_BRACKET,
  MAY_EQUALS, MAY_EXPRESSION, MAY_KEBAB, MAY_LOCATION, MAY_MEMBER, MAY_NUMBER, MAY_REFERENCE, MAY_UUID, MEMBER_CHAIN, namespacePath, NEXT_PAIR,
  NUMBER, placeholderBits, PLACEHOLDER_BITS, readsAsWords, REFERENCE, spelledAsWords, trimmed, TYPE_NAME, UUID_START, VALUE_CHARS,
  withoutInnerQuotes, withoutTrailingSeparators, WORD_NAME,
} from './valueShape';

export interface FoundValue {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly quoted: boolean;
  /** KEY=VALUE at the start of a line: a config or env file, where a bare word is a value (set once the line is known). */
  configLine: boolean;
  /** The operator was a comma (`key, value` as in a call's arguments): never a config line. */
  readonly afterComma: boolean;
  /** One of a list of literals given to a list of names (`a, b := "x", "y"`). */
  listed: boolean;
  /** A field of a connection string or a query (`;Password=…;`): only a literal stands there (set once known). */
  field: boolean;
  /** The operator was a colon alone (`key: value`): YAML's, but also a type annotation's in code (`passphrase: BinaryLike`) (set once known). */
  afterColon: boolean;
}


/**
 * Whether a string literal given to (or compared with) a strong key is a secret, as the rule judges quoted values.
 * (`value`: the literal's text, where the caller has read it already.)
 */
export function acceptsQuotedLiteral(text: string, start: number, end: number, key: string, value = text.slice(start, end)): boolean {
  const strength = keyStrength(key);
  return strength === 'strong' && acceptValue({ start, end, value, quoted: true, configLine: false, afterComma: false, listed: false, field: false, afterColon: false }, strength, key);
}

/**
 * `acceptsQuotedLiteral` under `password`, for a place its API or tool documents as a password (a call's
 * position, a directive, an option): there `secret`, `token` or `key` alone is not the slot's own name but a
 * word somebody chose (placeholderValue.ts). A key named for a password elsewhere (`password=secret` in a query
 * string, an assignment) keeps the word set apart: the labels of the tune split call it both ways.
 */
export function acceptsPasswordLiteral(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  return namesAnotherSlot(value) || pinInPasswordPlace(value) || acceptsQuotedLiteral(text, start, end, 'password', value);
}

// A run of digits too short for `judgeValue`'s reading of a value (there a length, a port, a count: `NUMBER`).
const SHORT_DIGITS = /^\d{3,7}$/;

/**
 * A short number in a place documented as a password is the password (`requirepass 1234`, `bindpw 1234`, a
 * positional password's `"1234"`): the place says it is no length, port or count, as a connection string's password
 * field does (`pwd=1234;`, `judgeValue`); a short password is a secret by the policy. A mask of zeros (`0000`) is none.
 */
function pinInPasswordPlace(value: string): boolean {
  const first = value.charCodeAt(0);
  return first >= 48 && first <= 57 && value.length <= 7 && SHORT_DIGITS.test(value) && !looksPlaceholder(value);
}


// Four to seven digits: a PIN's length (ISO 9564-1: 4 to 12 digits) below `judgeValue`'s reading of a number as a length.
const PIN_DIGITS = /^\d{4,7}$/;

/**
 * Digits written as a password's literal (quoted, or a config line's value, under a key whose last word names a password)
 * are that password: ISO 9564-1 has a PIN be 4 to 12 digits, and NIST SP 800-63B §5.1.1.1 lets a memorized secret the
 * verifier chooses be 6 characters long and wholly numeric (`password = "123456"`, `DB_PASSWORD=8675309`). Three digits
 * are no documented secret's length (the tune labels `password = "123"` clean); a bare number in code, or under a name
 * about the password (`password_length`, `PASSWORD_MAX_AGE`) or another secret, stays a number. A mask of zeros is the
 * placeholder test's. bench/guard/README.md, thirty-fifth round, guardvalue1.
 */
function numericPassword(v: string, found: FoundValue, key: string): boolean {
  return (found.quoted || found.configLine) && PIN_DIGITS.test(v) && namesPassword(key);
}

// A setting's name: upper snake case (`DB_PASSWORD`, an environment variable's) or dotted (`spring.datasource.password`).
const SETTING_NAME = /^[A-Z][A-Z0-9_]*$|\./;

/**
 * Whether a config line gives a password its value after `=`, or after `:` under a setting's name: where capitalised words
 * are the passphrase (`DB_PASSWORD=CorrectHorseBatteryStaple`, `MYSQL_PASSWORD: BlueElephant`), not a type. A lower-case
 * name and `:` read as a member's type annotation as well (`passphrase: BinaryLike` in a TypeScript interface, a Python
 * class's `password: ConstrainedStr`) and stay a type's name. bench/guard/README.md, thirty-sixth round, guardstandin1.
 */
function passphraseOnConfigLine(found: FoundValue, key: string): boolean {
  return found.configLine && (!found.afterColon || SETTING_NAME.test(key)) && namesPassword(key);
}

/** A key written as a constant's name: no lower-case letter (`CLIENT_SECRET`, `AUTHORIZATION`). */
function isConstantName(key: string): boolean {
  return !/[a-z]/.test(key);
}

/** The fewest characters a value of a key of this strength can be a secret with (a weak key's must look random). */
export function shortestSecret(strength: Strength): number {
  return strength === 'weak' ? 12 : 3;
}

/**
 * `shortestSecret` as judging asks it: judged strictly (redactionStrictness.ts) a weak key's value need not look random,
 * so it may be as short as any. (The readings keep `shortestSecret`: where they read a value, past a scheme's word
 * `Authorization: Bearer …`, is no question of its look.)
 */
function shortestJudged(strength: Strength, strict: boolean): number {
  return strict ? 3 : shortestSecret(strength);
}


// The last values judged, with what each answer turns on (strength, key, and the found value's four
// flags): a value asked again soon after itself (a line repeated down a file, one place read twice, a few
// keys that alternate on one line, each given its value again) is answered without reading it again.
// Judging is a pure function of these (`judgeValue` reads nothing else and keeps nothing), so an answer
// kept for them is the answer judging would give. Each question is kept in the one slot its lengths, outer
// characters and flags name (a later question naming that slot replaces it): a file whose lines cycle through
// more questions than a ring of four held (a block of map pairs, macros and declarations: six, each missed
// every time) asks each once; a question costs one slot's compare, not four. Each stored as asked, and all
// forgotten when the redactor is done with the text (`forgetJudgements`).
const REMEMBERED = 64;
const rememberedValues: (string | undefined)[] = new Array<string | undefined>(REMEMBERED).fill(undefined);
const rememberedKeys: string[] = new Array<string>(REMEMBERED).fill('');
const rememberedHows: number[] = new Array<number>(REMEMBERED).fill(-1);
const rememberedAnswers: boolean[] = new Array<boolean>(REMEMBERED).fill(false);
// And the last value judged with the keys and flags it was judged for: one value given to several keys in turn (the
// one password set for each service of a compose file or an env file, `DB_PASSWORD=…`, `PGPASSWORD=…`, `MYSQL_PASSWORD=…`)
// asks as many questions of one value, more than the ring holds when the keys repeat in turn. Cleared when another value
// is judged: a text of distinct values pays one compare a question.
const SAME_VALUE_MOST = 8;
let sameValue: string | undefined;
let sameValueCount = 0;
const sameValueKeys: string[] = new Array<string>(SAME_VALUE_MOST).fill('');
const sameValueHows = new Int32Array(SAME_VALUE_MOST);
const sameValueAnswers = new Uint8Array(SAME_VALUE_MOST);

/**
 * Forgets every remembered judgement. The redactor calls it when it is done with a text, so the ring keeps no view into
 * the text (V8 makes a slice of 13 characters or more one: ownCopy.ts) alive past it: its strings are stored as asked,
 * not copied (a copy at every miss, where every value and key is new: a lookup's `DB_PASSWORD_17` on every line).
 */
export function forgetJudgements(): void {
  rememberedValues.fill(undefined);
  rememberedKeys.fill('');
  rememberedHows.fill(-1);
  sameValue = undefined;
  sameValueKeys.fill('');
}

/** Whether the value found after a key is a secret (below, `judgeValue`), an answer remembered given again for the same question. */
export function acceptValue(found: FoundValue, strength: Strength, key: string): boolean {
  // Too short for its key, a value is turned down by judging's first test (what it reads of the value is no longer):
  // answered so, it takes no entry from a question whose judging reads the value (`cond ? a.b.c+d : x.y` asks both).
  const strict = judgingStrictly();
  if (found.value.length < shortestJudged(strength, strict)) return false;
  const how = (strength === 'strong' ? 1 : strength === 'weak' ? 2 : 3) | (found.quoted ? 4 : 0) | (found.field ? 8 : 0) | (found.configLine ? 16 : 0) | (found.afterComma ? 32 : 0) | (found.afterColon ? 64 : 0) | (strict ? 128 : 0);
  const value = found.value;
  const slot = ((value.length * 31) ^ (value.charCodeAt(0) * 7) ^ (value.charCodeAt(value.length - 1) * 3) ^ (key.length * 17) ^ (key.charCodeAt(0) * 11) ^ (key.charCodeAt(key.length - 1) * 5) ^ (how * 13)) & (REMEMBERED - 1);
  if (rememberedHows[slot] === how && rememberedValues[slot] === value && rememberedKeys[slot] === key) return rememberedAnswers[slot]!;
  const same = value === sameValue;
  if (same) {
    for (let i = 0; i < sameValueCount; i++) if (sameValueHows[i] === how && sameValueKeys[i] === key) return sameValueAnswers[i] === 1;
  }
  const answer = judgeValue(found, strength, key);
  if (!same) {
    sameValue = value;
    sameValueCount = 0;
  }
  if (sameValueCount < SAME_VALUE_MOST) {
    sameValueKeys[sameValueCount] = key;
    sameValueHows[sameValueCount] = how;
    sameValueAnswers[sameValueCount++] = answer ? 1 : 0;
  }
  rememberedValues[slot] = value;
  rememberedKeys[slot] = key;
  rememberedHows[slot] = how;
  rememberedAnswers[slot] = answer;
  return answer;
}

/** Whether the value found after a key is a secret, judged: a pure function of its arguments (see `acceptValue`'s memo). */
export function judgeValue(found: FoundValue, strength: Strength, key: string): boolean {
  // Judged strictly (the user's setting, redactionStrictness.ts), the tests that ask only whether a literal looks real are
  // not asked: a weak key's random look, a short word under an issued credential's name, a short number under a
  // password's, a literal spelling its own key; the placeholder test leaves its stand-in words (placeholderValue.ts),
  // `quotedName` its words named for nothing secret (valueNames.ts). Those asking whether the
  // text is a value at all stay: a reference, an expansion, code, a type, a message, a mask, nothing.
  const strict = judgingStrictly();
  const v = withoutInnerQuotes(withoutTrailingSeparators(trimmed(found.value)));
  if (v.length < shortestJudged(strength, strict)) return false;
  // `if sig == signal.SIGINT:`, `case EndTagToken:`: a bare name that ends a condition or a case
  // label; and a value run into the next key (`a: x1b2: y`). First, before the random look: every
  // test down to the field's only turns a value down, and on back-to-back `key: value` with no line
  // end (one every 26 characters, each value ending at the next key's colon) the tests before it were
  // most of the cost: `auth_password: aB3dE6gH9jK2` 1 MB, see bench/guard/README.md (sixteenth round).
  if (!found.quoted && v.charCodeAt(v.length - 1) === 58 && CODE_NAME.test(v.slice(0, -1))) return false;
  // A weak key's value must look random: the cheapest test, and the one most values fail, first.
  // So must a bare value off a config line and outside a field, whatever its key: every test
  // below only turns it down, but for the random look at the end.
  // (Its answer is kept: a bare value judged by it here is not judged again at the end.)
  // (Judged strictly, a weak key's word-like value is a stand-in the user asked to lose, `salt = "pepper"`; a name of
  // code of two words or more stays one, `key: "clientId"`, `KEY = "http.keepAlive.max"`, in any mode: codeName.ts; and
  // so does a cache's key, `SERVER_TELEM_CACHE_KEY = "server-telemetry"`, the name a cache finds an entry under, RFC 9111
  // §2: keyStrength.ts' namesCacheKey.)
  const mustLookRandom = (strength === 'weak' && (!strict || namesCode(v) || namesCacheKey(key))) || (!found.quoted && !found.field && !found.configLine);
  const random = mustLookRandom && looksRandomValue(v);
  if (mustLookRandom && !random) return false;
  // (Which of the expressions below the value's characters allow, read once: a dense file has a
  // value every few characters, most of them letters and digits that allow few.)
  // (And what its character pairs show: each fact below answers the test it stands before as that test would.)
  const { chars: may, pairs } = VALUE_CHARS.read(v);
  // In code, a constant given its own key's words (`CLIENT_CREDENTIALS_GRANT: "client_credentials"`); on a config line
  // (env, INI, YAML) a plain value spelling them names the slot the same way (`DB_PASSWORD: dbPassword`,
  // `DB_PASSWORD=db_password`), as its quoted twin does; a word the key lacks, a digit or a random run stays the literal.
  // (Asked before the tests below down to the field's, which only turn a value down too: a table of
  // such constants gives one a line, and they read the value's words and the key's before this did.)
  // (A value holding no key word's first two letters side by side holds no key word, and spells no key: its
  // reading above says so, and the key-word scan of `spellsOwnKey` is not run on it again; nor on a value holding a
  // character no name of words holds, `=`, `/`, a quote: its words are no key's, valueReading.ts.)
  // (Judged strictly, a literal spelling its slot is a stand-in made of words, taken: `token = "test_token"`, `key =
  // 'key'`; bare in code it stays a name, and so does a constant's wire word, spelled in another case: `AUTHORIZATION:
  // "authorization"`, and a name of two words or more given as its own key: a table of constants and their names,
  // `addMech(CKM_SHA3_256_KEY_GEN, "CKM_SHA3_256_KEY_GEN")`.)
  const ownNameOfWords = strict && v === key && nameWords(v).length >= 2;
  const ownWordsName = !(strict && (found.quoted || found.configLine)) || (v !== key && isConstantName(key)) || ownNameOfWords;
  if (v !== key && !found.field && ownWordsName && (pairs & (KEY_START | NOT_NAME_CHAR)) === KEY_START && spellsOwnKey(v, key)) return false;
  // `['apiKey', 'workloadIdentity']`, `equal(x, 'user:pass', 'userinfo')`: a word after a comma is
  // the next item of a list of names, not the value of the one before it.
  // (Bare, an identifier or member chain that reads as words is code: `KeyAlgoRSA, KeyAlgoRSASHA256`; a name and `=`
  // open the next pair: a keyword argument, `.format(hex=HEX_PAT, ipv4=IPV4_PAT)`, an auth-param, `qop="auth",
  // algorithm=MD5` (RFC 9110 §11.2's `#auth-param`).)
  // (Every test down to the field's below only turns a value down, so the cheapest go first.)
  if (found.afterComma && (WORD_NAME.test(v) || (!found.quoted && ((CODE_NAME.test(v) && (!looksRandomValue(v) || readsAsWords(v))) || ((may & MAY_EQUALS) !== 0 && NEXT_PAIR.test(v)))))) return false;
  // Bare in code, an expression over names is code: a condition, a fallback, a concatenation of members.
  if (!found.quoted && !found.configLine && !found.field && (may & MAY_EXPRESSION) !== 0 && looksExpression(v)) return false;
  // (A connection string's or a query's field holds no CSS selector: `;Password=#gets0m3;` is a password.)
  // (In a strong key's literal, a generated password's bracket or angle at one end frames no stand-in: valueShape.ts.)
  let standIn = placeholderBits(v, may >>> PLACEHOLDER_BITS);
  if ((standIn & STAND_IN_BIT) !== 0 && strength === 'strong' && (found.quoted || found.configLine || found.field) && generatedPassword(v)) standIn &= ~STAND_IN_BIT;
  if (looksPlaceholder(v, standIn) || ((may & MAY_LOCATION) !== 0 && !(found.field && v.charCodeAt(0) === 35) && looksLocation(v)) || hasPublicPrefix(v)) return false;
  // A bare path in a namespace (`mio::Token`), a vendor's prefix alone (`CFPAT-`).
  if (((may & MAY_LOCATION) !== 0 && !found.quoted && namespacePath(v)) || isVendorPrefixAlone(v)) return false;
  // A name marked internal by its underscore (`'_session_id'`), a magic method's, a Perl reference (`\%v12`).
  if (conventionalName(v, found.quoted, key)) return false;
  if ((pairs & UPPER_UPPER) !== 0 && v.indexOf(',') !== -1 && CONSTANT_LIST.test(v)) return false;
  if ((found.quoted || found.field ? MODE_WORDS : found.configLine ? TYPE_NAMES : CODE_WORDS).has(v)) return false;
  // A name naming a secret, bare in code, is a variable's or a type's; on a config line (env, INI, YAML, but
  // also a type's member, `credential: TokenCredential;`) only a type's PascalCase says so: `smtp_password`
  // or `tigerPassword` there is a literal.
  // (camelCase, /[a-z][A-Z]/, is a pair's fact; so is what `namesASecret` answers "no" on first: a digit
  // before a lower-case letter, or no key word, whose first two letters stand side by side in any; and a character no
  // name holds, on which every reading of a name, quoted or bare, says no.)
  if (namesOrLabels(v) || (found.quoted ? (pairs & NOT_NAME_CHAR) === 0 && quotedName(v, key) : !found.field && (!found.configLine || (isUpper(v.charCodeAt(0)) && (pairs & LOWER_UPPER) !== 0)) && (pairs & (DIGIT_LOWER | KEY_START | NOT_NAME_CHAR)) === KEY_START && namesASecret(v))) return false;
  // `exports.APIKeys = APIKeys`, `Vaults.Credentials = Credentials`: a member given the name it exports.
  // (In code's case: `db.password=password` is a .properties literal.)
  if (!found.quoted && !found.field && key.length > v.length && key.charCodeAt(key.length - v.length - 1) === 46 && key.endsWith(v) && (pairs & UPPER) !== 0) return false;
  // `token = Operator`, `access_token = Keyword`, `if token == 'def':`, `tok.token == "LPAREN"`: given to what a machine
  // issues, a word of four lower-case letters or fewer is a fixture's stand-in (`user_token = "abcd"`, bare
  // `access_token = foo`): nothing issued is one. A capitalised or upper-case word is, bare, a name in code (a lexer's token kind, a
  // type); quoted, a lexeme only under a key that says no more than `token` (a lexer's word as much as a credential's).
  // Quoted or in a field under a key naming the credential (`client_secret = "Dragon"`, `GITHUB_TOKEN="ABCDEF"`) it is a
  // literal in the secret's slot, the secret (the placeholder policy; bench/guard/README.md, twenty-eighth round,
  // guardvalue1). (Such a word holds no digit: a generated value's does, and its key is not looked up; nor is it where
  // the value holds anything but letters, the expression's first.) Quoted or in a field under a name a protocol's or a
  // vendor's reference gives the credential itself (`{"access_token": "foo"}`, `client_secret=bar`), a lower-case word
  // is the credential a test or a user hands the client: documentedCredentialField.ts (forty-third round, guardplain1).
  if (!strict && v.length <= 16 && (pairs & NOT_LETTER) === 0 && ISSUED_NEVER.test(v) && namesIssuedCredential(key) && (!(found.quoted || found.field) || (isLower(v.charCodeAt(0)) && !namesDocumentedCredential(key)) || namesTokenAlone(key))) return false;
  if ((may & MAY_REFERENCE) !== 0 && REFERENCE.test(v)) return false;
  // A connection string's or a query's password field holds no code: a name (`specialbill_user`),
  // a short number (`pwd=1234;`), a value with `=` in it is the password.
  if (found.field && strength === 'strong') return true;
  // A length, a port, a count; but four to seven digits given to a password as its literal are a PIN or a password a
  // system chose (`numericPassword`); judged strictly, any number a password's name is given.
  if (v.length < 8 && (may & MAY_NUMBER) !== 0 && NUMBER.test(v) && !(strict ? namesPassword(key) : numericPassword(v, found, key))) return false;
  if (v.length <= 18 && v.charCodeAt(0) === 48 && HEX_NUMBER.test(v)) return false;
  // `addMech(CKM_BLAKE2B_384_KEY_DERIVE, "CKM_BLAKE2B_384_KEY_DERIVE")`: a table of constants and
  // their names; a value that is its key as written names the slot (`db_password = "db_password"`). In code, a
  // constant or an enum member given its own name in another case (`CLIENT_SECRET = "client_secret"`,
  // `LOGIN: "login"`, `ResultKind["Pass"] = "pass"`) names the wire's word for it, as an enum does.
  // (One that spells its key's first or last words was turned down after the random look, above.)
  if ((ownWordsName && isOwnKey(v, key)) || (!found.configLine && !found.field && (!strict || v !== key || ownNameOfWords) && sameName(v, key))) return false;
  // `key == CSS.Attribute.MARGIN`, `sig = Signature.RSA_SHA256`: a bare chain of members that
  // reads as words is code, whatever the key (a token's dotted parts do not read as words). So is one after `!` or
  // the address operator (`e.PrimaryKey = &e.PrivateKey.PublicKey`: the Go spec's "Address operators", C's unary `&`).
  if (!found.quoted && (may & MAY_MEMBER) !== 0 && MEMBER_CHAIN.test(v) && readsAsWords(v)) return false;
  // `CertSigAlgoRSAv01 = CertAlgoRSAv01`, `SigAlgoRSASHA2256 = KeyAlgoRSASHA256`: off a config line, a bare
  // name that reads as words and acronyms is a constant's or a variable's, a reference in code; so is its address
  // (`req := &userAuthGSSAPIMIC{}`, a composite literal's, the Go spec's "Composite literals").
  if (!found.quoted && !found.configLine && !found.field && (v.charCodeAt(0) === 38 ? CODE_NAME.test(v.slice(1)) && spelledAsWords(v.slice(1)) : CODE_NAME.test(v) && spelledAsWords(v))) return false;
  // A UUID behind `cache_key` is an id; behind an environment setting (`LICENSE_KEY=…`) or a session's id a credential.
  // (Judged strictly, a weak key's value that is no id is judged on as a strong key's: a message, a member chain, a type's
  // name or a kebab reference is no value there either.)
  if (strength === 'weak') {
    const id = (may & MAY_UUID) !== 0 && UUID_START.test(v) && !(found.configLine && ENV_NAME.test(key)) && !namesSession(key);
    if (id || !strict) return !id;
  }
  // A literal, even a short one; but not prose ("Forgot password?"), a prompt's label
  // ("Password: ", "API key:") nor a call in a string.
  // Words with blanks are a passphrase only where a person chooses the value: a machine issues no
  // phrase (`TOKEN_EOF: "end of template"`, `MSG_INVALID_KEY += ' or a KeyObject'`).
  // (A message's and a phrase's expressions are not asked of a value holding a character none of them holds: `=`, a digit.)
  if (found.quoted) return !(v.charCodeAt(v.length - 1) === 41 && CALL.test(v)) && !(v.charCodeAt(v.length - 1) === 58 && PROMPT_LABEL.test(v)) && !((may & MAY_BLANK) !== 0 && (looksSentence(v) || ((pairs & NOT_PROSE_CHAR) === 0 && (PROSE.test(v) || phraseNamesSlot(v) || (PHRASE.test(v) && !namesChosenSecret(key))))));
  if ((may & MAY_MEMBER) !== 0 && MEMBER_CHAIN.test(v) && !holdsGeneratedPiece(v)) return false;
  // (Letters only, no two capitals side by side, ending lower-case: else TYPE_NAME cannot match.)
  // A type's name (`NonSharedBuffer`), but not a config line's value given to a password after `=` or under a setting's
  // name (`DB_PASSWORD=CorrectHorseBatteryStaple`, `password = BlueElephant`): there capitalised words are a passphrase
  // (NIST SP 800-63B §5.1.1.2 sets no composition rule, its Appendix A favours long phrases), and no language annotates
  // a type after `=` or on an upper-case or dotted name.
  if (isUpper(v.charCodeAt(0)) && (pairs & (NOT_LETTER | UPPER_UPPER)) === 0 && isLower(v.charCodeAt(v.length - 1)) && TYPE_NAME.test(v) && !passphraseOnConfigLine(found, key)) return false;
  // A bare value is code unless the line is a KEY=VALUE config line or an operator of comparison;
  // on such a line it is the value without a bracket, an `=` or a kebab-case name's shape (a reference:
  // `existingSecret: db-creds`, a Kubernetes object's name; a password's key takes no object's name, and
  // there the words are the password, `password: open-sesame`), whatever its look. (Asked before the
  // random look, which then decides only the rest: a dense env or YAML file's every value is one of these.)
  if (found.configLine && (may & (MAY_BRACKET | MAY_EQUALS)) === 0 && !((may & MAY_KEBAB) !== 0 && KEBAB_NAME.test(v) && !namesPassword(key))) return true;
  return random || looksRandomValue(v);
}
