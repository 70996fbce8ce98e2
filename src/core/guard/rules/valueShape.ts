// The shapes of a value that the judgement of a secret's value asks about (secretValue.ts): its edges trimmed, what
// its characters allow (one reading, valueReading.ts), and the tests of code, names and paths it turns values down by.
import { ABSENT_BIT, placeholderExpressions, STAND_IN_BIT, startsAbsentWord } from '../placeholderValue';
import type { CharNeeds } from '../charPrefilter';
import { looksRandomValue } from './randomValue';
import { commonPairShare } from '../letterPairs';
import { readsAsIdentifier } from '../identifierWords';
import { LOCATION_SIGNS } from './valueContext';
import { nameWords } from './nameWords';
import { ValueReading } from './valueReading';

/** Without trailing ; and , (a loop: a `[;,]+$` search is quadratic on a long inner run of them). */
export function withoutTrailingSeparators(value: string): string {
  let end = value.length;
  while (end > 0 && (value.charCodeAt(end - 1) === 59 || value.charCodeAt(end - 1) === 44)) end--;
  return end === value.length ? value : value.slice(0, end);
}

/** Trimmed, where an edge may be blank (ASCII up to the space, or beyond ASCII): most values are not, and keep the call. */
export function trimmed(value: string): string {
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return first <= 32 || first >= 128 || last <= 32 || last >= 128 ? value.trim() : value;
}

/** A value quoted twice (`"'$PASS'"` in shell) is judged by what the inner quotes hold. */
export function withoutInnerQuotes(v: string): string {
  const q = v.charCodeAt(0);
  return v.length > 2 && (q === 34 || q === 39) && v.charCodeAt(v.length - 1) === q ? v.slice(1, -1) : v;
}

/** Where a value comes from rather than the value: an environment variable, a config lookup, a vault. */
export const REFERENCE = /^(?:process\.env|os\.environ|os\.getenv|env\(|getenv|System\.getenv|ENV\[|config\.|settings\.|secrets\.|vault:|arn:|ref\+|sm:\/\/|op:\/\/|https?:\/\/)/i;
export const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
// 0x0B95, 0xc0406619: a flag or a constant written in hex (up to 64 bits; a key in hex is longer).
export const HEX_NUMBER = /^0[xX][0-9a-fA-F]{1,16}$/;
export const UUID_START = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;
export const CALL = /^[A-Za-z_$][\w$]*\(.*\)$/;
const BLANK = /[ \t]/;
const BRACKET = /[()[\]{}]/;
// a.b.c, also negated or optional (`!!request.tokens?.length`, Ruby's safe navigation `proxy_uri&.password`: the Ruby
// reference's "Calling Methods", `&.` calls the method only when the receiver is not nil).
export const MEMBER_CHAIN = /^(?:!{1,2}|&)?[A-Za-z_$][\w$]*(?:[?&]?\.[A-Za-z_$][\w$]*)+$/;
export const KEBAB_NAME = /^[a-z]+(?:-[a-z]+)+$/;
// An expression of code (the languages' operator grammars; `18||!e.altKey`, `r.C0.ESC+o.key`,
// `e.altKey?r.C0.ESC+r.C0.CR:r.C0.CR`, `t.TwoKeyMap=void`, `n.apiKey||t.env.API_KEY||`): names, member chains and
// numbers, maybe negated, joined by operators, maybe ending in a fallback's `||`/`&&` (cut before its string).
// (`-`, `/`, `*` and `%` are left out: kebab names, paths and base64 hold them.)
const EXPRESSION_OPERAND = '!{0,2}(?:[A-Za-z_$][\\w$]*(?:[?&]?\\.[A-Za-z_$][\\w$]*)*|\\d+)';
const EXPRESSION = new RegExp(`^${EXPRESSION_OPERAND}(?:(?:\\|\\||&&|[!=]==?|[<>]=?|[+?:=])${EXPRESSION_OPERAND})+(?:\\|\\||&&)?$`);
// A member chain and a concatenation's `+`, cut before the string it adds (`styleKey = fci.jdkName+"."+fci.style`): built in
// code, as a fallback's `||` cut before its string is.
const CONCATENATION_CUT = new RegExp(`^${EXPRESSION_OPERAND}(?:(?:\\|\\||&&|[!=]==?|[<>]=?|[+?:=])${EXPRESSION_OPERAND})*\\+$`);
// What only code writes there: a member's dot or an operator of logic or comparison, which no generated
// alphabet holds (base64's `+` and `=` alone do not make an expression). (A condition's else branch comes
// alone after its key: `o.key=r.C0.NUL:e.keyCode` in `c===32?o.key=r.C0.NUL:e.keyCode`.)
const CODE_OPERATOR = /[.|&?]|[!=]=/;
export const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const EQUALS = /=/;

/** Each expression of acceptValue that most values skip, and characters it cannot match without. */
export const valueExpressions: readonly CharNeeds[] = [
  { pattern: REFERENCE, needs: '.([:+gG' }, // every reference has one of . ( [ : +, but getenv
  { pattern: NUMBER, needs: '0123456789' },
  { pattern: UUID_START, needs: '-' },
  { pattern: BLANK, needs: ' \t' },
  { pattern: BRACKET, needs: '()[]{}' },
  { pattern: MEMBER_CHAIN, needs: '.' },
  { pattern: EQUALS, needs: '=' },
  { pattern: KEBAB_NAME, needs: '-' },
  { pattern: LOCATION_SIGNS, needs: ':@/#.%' },
  { pattern: EXPRESSION, needs: '|&=!<>+?:' },
];
// (The placeholder test's expressions after these: one reading of the value gives both their bits, and
// the facts of its character pairs, valueReading.ts.)
export const VALUE_CHARS = new ValueReading([...valueExpressions, ...placeholderExpressions]);
export const PLACEHOLDER_BITS = valueExpressions.length;
export const MAY_REFERENCE = 1;
export const MAY_NUMBER = 2;
export const MAY_UUID = 4;
export const MAY_BLANK = 8;
export const MAY_BRACKET = 16;
export const MAY_MEMBER = 32;
export const MAY_EQUALS = 64;
export const MAY_KEBAB = 128;
export const MAY_LOCATION = 256;
export const MAY_EXPRESSION = 512;

export const WORD_NAME = /^[A-Za-z][A-Za-z_.-]*$/;
// A name and `=`: a pair's start.
export const NEXT_PAIR = /^[A-Za-z_][\w.-]{0,63}=/;
// An identifier or a member chain in code: `KeyAlgoRSASHA512`, `ssh.KeyAlgoECDSA384`, `self._ffi.NULL`.
export const CODE_NAME = /^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,6}$/;
// One word of letters: Capitalised, upper case, or lower case up to four letters.
export const ISSUED_NEVER = /^(?:[A-Z][a-z]+|[A-Z]+|[a-z]{1,4})$/;
// NonSharedBuffer, BinaryLike: a type's or a class's name, two capitalised words or more.
export const TYPE_NAME = /^(?:[A-Z][a-z]+){2,6}$/;

// A word (maybe numbered: `Algo`, `v2`, a curve's `Ed25519`) or an acronym (maybe numbered: `ECDSA521`, `X509`).
const NAME_WORD = /^(?:[A-Za-z][a-z]*\d{0,5}|[A-Z]{2,}\d{0,4}|[A-Z]\d{1,4})$/;

// `_bindgen_ty_5::IFLA_INET6_TOKEN`, `mio::Token`, `Foo\\Bar::BAZ`: identifiers joined by `::`; in PHP maybe fully
// qualified, from the global namespace (`\\PDO::PARAM_STR`: the PHP manual's name resolution rules, a leading `\\`).
const NAMESPACE_PATH = /^\\?(?:[A-Za-z_][\w\\]{0,63}::){1,8}[A-Za-z_]\w{0,63}$/;
// `'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES'`: a list of constants' names, as MySQL's `sql_mode` takes its modes (each a
// name of upper-case words, apart by commas). A generated value holds no such words.
export const CONSTANT_LIST = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?:,[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)+$/;

/**
 * A bare path in a namespace (Rust's and C++'s `::`, PHP's and Ruby's constants): a constant,
 * a variant or a type named where it is defined, not a value written out. A generated secret's
 * alphabet (base64, hex) has no `:`. (Quoted, it is a literal, and may be anything.)
 */
export function namespacePath(v: string): boolean {
  return v.includes('::') && NAMESPACE_PATH.test(v);
}

// An expression's names: the words of its operands, apart at `_`, `$`, `.` and its operators.
const NAME_PARTS = /[A-Za-z0-9]{8,}/g;

/**
 * An expression of code: operands joined by operators, with a member's dot or an operator only code
 * writes, and no operand's name random (`jwt.token=fh2KFWZT0REi` glued to the next `jwt.token=` is a
 * value run into the next key, not code: names are words).
 */
export function looksExpression(v: string): boolean {
  if (!CODE_OPERATOR.test(v) || !(EXPRESSION.test(v) || (v.endsWith('+') && CONCATENATION_CUT.test(v)))) return false;
  for (const part of v.match(NAME_PARTS) ?? []) if (looksRandomValue(part)) return false;
  return true;
}

/** `KeyAlgoECDSA521`, `SIGN_UP_V2`: every word of the name a word or an acronym; a generated key's are not. */
export function readsAsWords(v: string): boolean {
  return nameWords(v).every((word) => NAME_WORD.test(word));
}

// Words' letter pairs are nearly all common, random letters' 37% (see letterPairs.ts). At 0.8, of 20,000
// random values of 12-41 letters, or letters and digits, in code (`\tsig = …`, `apiKey …`, a const
// block), 9 more are taken for names than c437260 takes (0.05%); at 0.6, 50.
const SPELLED_PAIRS = 0.8;
// Shorter, too few letter pairs to tell words from chance (`KCay33Oka`).
const MIN_SPELLED = 12;

/**
 * A name of words (identifierWords.ts: words spoken, acronyms and numbers; `CertAlgoRSAv01`,
 * `Ed25519PrivateKey`) whose letters pair as words' do. `readsAsWords` alone takes any camelCase run
 * of a letter or two and a digit (`Zx9Qm2Lp8Rt4`) or of random letters for words, as a generated key is.
 */
export function spelledAsWords(v: string): boolean {
  // (The pairs first: a loop without allocation, which most generated values already fail.)
  return v.length >= MIN_SPELLED && commonPairShare(v) >= SPELLED_PAIRS && readsAsIdentifier(v);
}

// A dotted piece as long as a generated key's shortest, and random: not a member's name.
const GENERATED_PIECE = 20;

/**
 * A dotted token (Mapbox's `sk.eyJ1Ijoi….P4lD1e…`, `tk.…`) holds a generated piece; a member
 * chain's names (`config.apiKey`, `Signature.RSA_SHA256`) do not.
 */
export function holdsGeneratedPiece(v: string): boolean {
  for (const piece of v.split('.')) if (piece.length >= GENERATED_PIECE && looksRandomValue(piece)) return true;
  return false;
}

/**
 * The placeholder test's bits for `v`, without those of tests the reading already answers "no": the
 * stand-in's where `mayStandIn` says no (its loop not run again), the words saying there is none
 * (`ABSENT`, placeholderValue.ts) where the first letter is none of theirs. Only where `v` has no blank edge:
 * the placeholder test trims what it reads.
 */
export function placeholderBits(v: string, bits: number): number {
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(v.length - 1);
  if (first <= 32 || first >= 128 || last <= 32 || last >= 128) return bits;
  if (!VALUE_CHARS.mayStandIn(v)) bits &= ~STAND_IN_BIT;
  if (!startsAbsentWord(first)) bits &= ~ABSENT_BIT;
  return bits;
}

// A mask's character doubled (`**`, `..`, `__`, `##`, `xx`, `00`, `••`) or an ellipsis: what a masked value shows.
const MASK_RUN = /([*._#xX0•])\1|…/;
const PASSWORD_SYMBOL = /[^A-Za-z0-9\s]/;
// A frame at both ends: a stand-in's (`<your-token>`, `[PASSWORD]`, `{Token-2024!}`).
const FRAMED = /^[<[{(].*[>\]})]$/;
// Words' letter pairs are nearly all common, random letters' 37% (letterPairs.ts): below this share the letters spell no
// words (`~$.^)6~TiPz>` 0.50; `MyPassword1>` 0.75, `your-api-key>` 0.86, a stand-in cut at its start).
const RANDOM_PAIRS = 0.6;

/**
 * A password as a generator makes it: upper case, lower case, a digit and a symbol (each class a generator's option:
 * KeePass's Upper/Lower/Digits/Special sets, Bitwarden's `!@#$%^&*`; Microsoft's complexity rule asks three of these four),
 * no blank and no mask's run, letters that spell no words, random-looking as a whole (12 characters or more, randomValue.ts),
 * and no frame at both ends. A `<`, `>`
 * or a bracket at one end is one of its characters, not a stand-in's frame: a stand-in is written in words for a person to
 * replace (`<your-token>`, `[PASSWORD]`, `your-api-key>` cut at its start).
 */
export function generatedPassword(v: string): boolean {
  return (
    /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && PASSWORD_SYMBOL.test(v) && !/\s/.test(v) &&
    !MASK_RUN.test(v) && !FRAMED.test(v) && commonPairShare(v) < RANDOM_PAIRS && looksRandomValue(v)
  );
}
