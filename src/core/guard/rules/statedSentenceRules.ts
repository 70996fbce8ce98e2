// A credential stated in an English sentence, as a user types it into the chat or a ticket, and as tools print it: a
// secret's word (password, passphrase, passcode, PIN, secret, token, API key, access key, secret key, credentials),
// maybe qualified (`for prod`, `of the db`, `to the VPN`), then `is` / `was` (`has been`, `is now`, `is set to`), or after
// a qualifier `:` (not `=`: SQL's `SET PASSWORD FOR 'u'@'h' = …` is the SQL password clause rule's): `The password is
// hunter2`, `the db password for prod is Zx8vB2nMq`; the word after `set` / `change` / `reset` and `to`: `set the secret to
// …`; the word given its value with no verb, after `with` / `using` / `use` / `and`: `ssh in as root with password …`, `use
// the api key … to call it`, `key AKIA… and secret …`; the value before `as the password`: `I used … as the password`.
// And the messages tools print with a generated password in a sentence
// (MySQL's "A temporary password is generated for root@localhost: …", Elasticsearch's "Password for the elastic user
// (reset with `…`):" and the value on the next line, Jenkins' "Please use the following password to proceed to
// installation:" and the value after a blank line). bench/guard/README.md, fortieth round, guardprose1.
//
// A sentence about passwords states none far more often than one states one (`The password is required`, `the token is
// expired`, `the key is in the vault`, `the password is the same as before`, `the password is base64 encoded`): the value
// must end its clause (the line's end, a punctuation mark, or a word that opens another clause: `and`, `but`, `to`…), and
// is judged as a password's prose value is inside a line (passwordInLine.ts: not a word, `readsAsWord`) and then by the
// placeholder policy and a config line's judging; a password's value is one a person makes up (a letter and a digit or a
// symbol) or looks random, a token's, a secret's or a key's must look random (`looksRandomValue`), a PIN is digits.
import { patternRule, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { readsAsWord } from '../readsAsWord';
import { keyStrength } from './keyStrength';
import { acceptValue } from './secretValue';
import { looksRandomValue } from './randomValue';
import { MODE_WORDS } from './noValueWords';
import { looksPlaceholder } from '../placeholderValue';
import { madeUp } from './passwordInLine';
import { keyWords } from './keyWordScan';
import { asBefore, compoundBefore, goesOnAfter, isNameChar, IS_SHAPE, sentenceWordLength, SHAPE_BITS, verbsBefore } from './statedSentenceGates';

/** A password's words, and a secret or credentials said alone: the value may be one a person made up. */
const PASSWORD = 'pass(?:word|phrase|code)|passwd|secret|credentials?';
/** A token's or a key's words: the value must look generated. */
const TOKEN = '(?:api|access|secret|auth|client|app)[ \\t_-]?(?:key|secret|token)|token';
/** A qualifier after the word: `for prod`, `of the db`, `to the VPN`, `for user 'postgres'` (three words at most). */
const QUALIFIER = `[ \\t]{1,3}(?:for|of|to|on|at)[ \\t]{1,3}[\\w@.'"/-]{1,40}(?:[ \\t]{1,3}[\\w@.'"/-]{1,40}){0,2}`;
/** The verb: `is`, `was`, `has been`, maybe `now`, maybe `set to` (`the password is now set to …`). */
const VERB = `(?:is|was|has[ \\t]{1,3}been)(?:[ \\t]{1,3}now)?(?:[ \\t]{1,3}(?:set|changed|reset|updated)[ \\t]{1,3}to)?:?`;
/** The value, maybe quoted (a quoted password after `is` is `stated-password`'s too); its end is judged in code. */
const VALUE = '(?<q>["\'`]?)(?<secret>[^\\s"\'`]{4,100}?)\\k<q>(?=[.,;:!?)]{0,3}(?:[ \\t\\r\\n]|$))';
/** A determiner and one adjective before the word: `with the root password`, `use my api key`. */
// (Or a compound's first part glued to it: `use the apikey …`, `with the access_token …`.)
const BEFORE_WORD = "(?:(?:the|my|your|our|a|an|its|this|that|his|her|their)[ \\t]{1,3})?(?:[\\w'-]{1,20}[ \\t]{1,3}|(?:api|access|secret|auth|client|app)[_-]?)?";

// Words that go on with the sentence after a value that ended its clause (`… is Zx8vB2nMq and restart it`).
// (And a time's adverb: `I changed it to … yesterday`.)
const CLAUSE_WORDS = new Set(['and', 'but', 'so', 'then', 'or', 'to', 'for', 'on', 'in', 'at', 'from', 'when', 'if', 'please', 'which', 'thanks', 'btw', 'now', 'today', 'yesterday', 'earlier', 'already', '-', '--', '—', '–']);
// An algorithm's, a format's or a platform's name, letters and a number (`sha256`, `aes-256`, `pbkdf2`, `ed25519`,
// `rs256`, `x86_64`, `tls1.3`): what prose says a password or a token is hashed, signed or encoded with, or runs on.
const ALGORITHM_NAME = /^(?:sha|md|crc|aes|des|rc|blake|ripemd|utf|ucs|base|ed|curve|x|rsa|ecdsa|dsa|p|hs|rs|es|ps|pbkdf|argon|scrypt|tls|ssl|http|ipv|win|arm|aarch|amd|i)[-_]?\d{1,6}(?:[-_.]?\d{1,4})?[a-z]{0,3}$/i;

/** How a stated value is judged, by the word that names it. */
type Named = 'password' | 'token' | 'pin';

/**
 * Whether the value at text[start, end) — after its quote, if any — ends its clause: the line's or the text's end, a
 * punctuation mark, or blanks and a word opening another clause or a remark's parenthesis. A value followed by any
 * other word is an adjective or a noun of prose (`the password is md5 hashed`, `the token is 2048 bits`).
 */
export function endsClause(text: string, end: number): boolean {
  let i = end;
  const q = text.charCodeAt(i);
  if (q === 34 || q === 39 || q === 96) i++;
  const c = text.charCodeAt(i);
  if (c !== c || c === 10 || c === 13) return true;
  // (A `:` ending the line after the value opens a block: Python's `if secret is Sentinel2:`, a condition, not a sentence.)
  if (c === 58) return !endsLineAt(text, i + 1);
  if (c === 46 || c === 44 || c === 59 || c === 33 || c === 63 || c === 41) return true;
  let j = i;
  while (j - i < 4 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  const n = text.charCodeAt(j);
  if (n !== n || n === 10 || n === 13 || n === 40) return true;
  let k = j;
  while (k - j < 12 && k < text.length && text.charCodeAt(k) > 32) k++;
  return CLAUSE_WORDS.has(text.slice(j, k).toLowerCase());
}

/** Blanks, then the line's or the text's end. */
function endsLineAt(text: string, from: number): boolean {
  let i = from;
  while (i - from < 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  return c !== c || c === 10 || c === 13;
}

/**
 * A password as a person makes one up (passwordInLine.ts' reading before a remark: a letter, and a digit or a symbol, no
 * `_` `.` `-` joining parts), six characters or more (shorter, a sentence's value is an algorithm's or a format's name:
 * `md5`, `utf8`, `x509`), no encoding's or scheme's name (`base64`, `oauth2`).
 */
function madeUpInSentence(v: string): boolean {
  return v.length >= 6 && !MODE_WORDS.has(v) && !ALGORITHM_NAME.test(v) && madeUp(v);
}

/** Whether `v`, stated in a sentence as the value of a secret of this kind, is one. */
export function statedValue(stated: string, named: Named): boolean {
  const v = withoutEmphasis(stated);
  if (named === 'pin') return /^\d{4,12}$/.test(v) && !looksPlaceholder(v);
  if (readsAsWord(v)) return false;
  const random = looksRandomValue(v) && !ALGORITHM_NAME.test(v);
  if (!random && (named === 'token' || !madeUpInSentence(v))) return false;
  // Then as a config line's value under the word (a mask, a stand-in, a reference, a type's or a mode's name).
  const key = named === 'token' ? 'secret' : 'password';
  return acceptValue({ start: 0, end: v.length, value: v, quoted: false, configLine: true, afterComma: false, listed: false, field: false, afterColon: false }, keyStrength(key), key);
}

/** Markdown's emphasis taken off a value's ends (`*present*`, `**required**`, `_unset_`): prose's word, emphasised. */
function withoutEmphasis(v: string): string {
  let i = 0;
  while (i < 2 && v.length > 2 * (i + 1) && (v.charCodeAt(i) === 42 || v.charCodeAt(i) === 95) && v.charCodeAt(v.length - 1 - i) === v.charCodeAt(i)) i++;
  return i === 0 ? v : v.slice(i, v.length - i);
}

// The word each kind is named by, read at a keyword's start: a password's (`pass…`, `secret`, `credentials`, alone; not a
// member's or a variable's name, `user.password`, `$token`, `obj->secret`: code), a token's or a key's (`token`, or `key`,
// `secret`, `token` after `api`, `access`, `secret`, `auth`, `client`, `app`: `api key`, `access_token`).
const PASSWORD_WORD = `(?<![\\w.$>])(?:${PASSWORD})\\b`;
const TOKEN_WORD = '(?:(?<=\\b(?:api|access|secret|auth|client|app)[ \\t_-]?)(?:key|secret|token)|(?<![\\w.$>])token)\\b';
// The verbs before the word, read back from it (a lookbehind, bounded): `set` / `change` / `reset` / `update` … `to`;
// `with` / `using` / `use` / `and`, the value after the word.
const SET_BEFORE = `(?<=\\b(?:set|changed?|changing|reset|updated?)[ \\t]{1,3}${BEFORE_WORD})`;
const GIVEN_BEFORE = `(?<=\\b(?:with|using|use|and)[ \\t]{1,3}${BEFORE_WORD})`;

/** A sentence's shapes for one kind's word, each tried where the word starts (sticky). */
interface Shapes {
  readonly named: Named;
  readonly shapes: readonly RegExp[];
}

function shapesOf(word: string, named: Named): Shapes {
  const sticky = (source: string): RegExp => new RegExp(source, 'iy');
  return {
    named,
    shapes: [
      // `the db password for prod is Zx8vB2nMq`, `The password is hunter2`, `password for prod: Zx8vB2nMq`.
      sticky(`${word}(?:${QUALIFIER}[ \\t]{0,3}(?::|${VERB})|[ \\t]{1,3}${VERB})[ \\t]{1,3}${VALUE}`),
      // `set the secret to Zx8vB2nMq`, `changed the root password for prod to Zx8vB2nMq`.
      sticky(`${SET_BEFORE}${word}(?:${QUALIFIER})?[ \\t]{1,3}to[ \\t]{1,3}${VALUE}`),
      // `ssh in as root with password Zx8vB2nMq`, `use the api key … to call it`, `key AKIA… and secret …`.
      sticky(`${GIVEN_BEFORE}${word}[ \\t]{1,3}${VALUE}`),
    ],
  };
}

const PASSWORD_SHAPES = shapesOf(PASSWORD_WORD, 'password');
const TOKEN_SHAPES = shapesOf(TOKEN_WORD, 'token');
// `I used Zx8vB2nMq as the password`, `enter Zx8vB2nMq as your passphrase`: the value read back from the word.
const AS_THE_WORD = new RegExp(`(?<=\\b(?:used?|using|enter(?:ed)?|typed?|chose|choose|picked?|set|gave|give|put)[ \\t]{1,3}["'\`]?(?<secret>[^\\s"'\`]{4,100})["'\`]?[ \\t]{1,3}as[ \\t]{1,3}(?:(?:the|my|your|a)[ \\t]{1,3})?)${PASSWORD_WORD}`, 'iyd');
// (Where no prefilter handed the key words' starts: the rule's own test.)
const KEYWORD = /pass|secret|cred|token|key/gi;
const KIND = spanKind('stated-sentence');

/**
 * The sentence rule: at each start of its keywords (the redactor's prefilter records them), the kinds' words and their
 * shapes tried there, each a sticky expression bounded on both sides; a value taken when it is stated (`statedValue`)
 * and ends its clause. One rule keyed on the secret's word, not on its verb: `with`, `and`, `set` are in most texts, and
 * a rule per shape read every keyword's line again.
 */
export const statedSentenceRule: SecretRule = {
  id: 'stated-sentence',
  // (The assignment rule's key words, whose starts the prefilter records for it: one group of started keywords.)
  keywords: keyWords,
  keywordStarts: true,
  find(text, found, starts) {
    const places = starts ?? [...text.matchAll(KEYWORD)].map((m) => m.index);
    const spans: number[] = [];
    for (let p = 0; p < places.length; p++) {
      const at = places[p]!;
      // (Only `pass…`, `secret`, `cred…`, `token`, `key` open a kind's word: `auth`, `login`, `pw`, `sig`… are passed.)
      const first = text.charCodeAt(at) | 0x20;
      if (first !== 112 && first !== 115 && first !== 99 && first !== 116 && first !== 107) continue;
      // (Told before any expression runs, by the word's place and letters: a password's word opens here, or a token's,
      // alone or as a compound's second part (`api key`, `access_token`), and a blank follows it; a key word inside a
      // name, `mypassword`, `keywords`, is none, and most places in dense text are such. A value read back, `… as the
      // password`, needs a blank before the word: the word alone too.)
      const alone = !isNameChar(text.charCodeAt(at - 1));
      if (!alone && !((first === 107 || first === 115 || first === 116) && compoundBefore(text, at))) continue;
      const wordEnd = at + sentenceWordLength(text, at, first);
      const after = text.charCodeAt(wordEnd);
      if (wordEnd > at && (after === 32 || after === 9)) {
        // (A password's word opens with `p`, `c` or `s` (secret); a token's with `t`, or is a compound's `key`, `secret`, `token`.)
        const password = alone && first !== 116 && first !== 107;
        const token = (alone && first === 116) || (first !== 112 && first !== 99 && compoundBefore(text, at));
        // (Which shapes can read here, told by the few characters each needs around the word: most places can read none,
        // and each expression tried costs a call into the engine, the lookbehinds' a walk back over the words before.)
        const after = password || token ? goesOnAfter(text, wordEnd) : 0;
        if (password && after !== 0) spansOfShapes(text, at, PASSWORD_SHAPES, after, spans);
        if (token && after !== 0) spansOfShapes(text, at, TOKEN_SHAPES, after, spans);
      }
      if (!alone || !asBefore(text, at)) continue;
      AS_THE_WORD.lastIndex = at;
      const m = AS_THE_WORD.exec(text);
      if (m && statedValue(m.groups!.secret!, 'password')) spans.push(m.indices!.groups!.secret![0], m.indices!.groups!.secret![1]);
    }
    // (In the order of their starts: a value before its word, `… as the password`, may come before an earlier word's.)
    const order = Array.from({ length: spans.length >> 1 }, (_, i) => i).sort((x, y) => spans[2 * x]! - spans[2 * y]!);
    for (const i of order) found.push(KIND, spans[2 * i]!, spans[2 * i + 1]!);
  },
};

/**
 * The value of the first of a kind's shapes that reads at `at`, if it is stated and ends its clause; of the shapes, only
 * those the words after the word (`after`, goesOnAfter's) and before it (verbsBefore's, read only when a shape needing
 * them is reached: shape (1), first, most often reads without) allow — a shape left out cannot read there.
 */
function spansOfShapes(text: string, at: number, kind: Shapes, after: number, spans: number[]): void {
  let before = 0;
  for (let s = 0; s < kind.shapes.length; s++) {
    const bit = SHAPE_BITS[s]!;
    if ((after & bit) === 0) continue;
    if (bit !== IS_SHAPE && before === 0) before = verbsBefore(text, at, after);
    if (bit !== IS_SHAPE && (before & bit) === 0) continue;
    const shape = kind.shapes[s]!;
    shape.lastIndex = at;
    const m = shape.exec(text);
    if (!m) continue;
    const secret = m.groups!.secret!;
    const end = m.index + m[0].length - (m.groups!.q?.length ?? 0);
    if (statedValue(secret, kind.named) && endsClause(text, end)) spans.push(end - secret.length, end);
    return;
  }
}

/** The kinds' shapes, password's and token's, each in `shapesOf`'s order (for the test that the gates leave none that reads). */
export const SENTENCE_SHAPES: readonly (readonly RegExp[])[] = [PASSWORD_SHAPES.shapes, TOKEN_SHAPES.shapes];

/** The sentence rule, a PIN's sentence and the tools' messages. */
export const statedSentenceRules: readonly SecretRule[] = [
  statedSentenceRule,
  // `the PIN is 4821`, `The SIM PIN code is 730912.` (`pin` is no key word of the assignment rule's: a rule of its own).
  patternRule({
    id: 'stated-pin', keywords: ['pin'],
    pattern: new RegExp(`(?<![\\w.$>])\\bPIN(?:[ \\t]{1,3}(?:code|number))?(?:${QUALIFIER})?[ \\t]{1,3}${VERB}[ \\t]{1,3}${VALUE}`, 'i'),
    allow: (secret, text, start) => !statedValue(secret, 'pin') || !endsClause(text, start + secret.length),
  }),
  // MySQL's server error log after `mysqld --initialize` (MySQL Reference Manual, 2.9.4 "Securing the Initial MySQL
  // Account"): `[Note] [MY-010454] [Server] A temporary password is generated for root@localhost: ;0&_K24dDMOu`. The
  // generated password holds any symbol, `:` and `;` too: the rest of its token is the password.
  patternRule({
    id: 'mysql-temporary-password', keywords: ['temporary password is generated for'],
    pattern: /\bA temporary password is generated for [^\s:]{1,200}:[ \t]{1,4}(?<secret>[^\s]{4,100})/,
    allow: (secret) => !statedValue(secret, 'password'),
  }),
  // Elasticsearch's security auto-configuration on first start (Elasticsearch Guide, "Start Elasticsearch with security
  // enabled and configured"): "Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):"
  // and the password indented on the next line.
  patternRule({
    id: 'elasticsearch-generated-password', keywords: ['password for the'],
    pattern: /\bPassword for the [\w.-]{1,64} user \(reset with `[^`\r\n]{1,200}`\):[ \t]{0,8}(?:\r?\n[ \t]{0,8})?(?<secret>[^\s]{4,200})/,
    allow: (secret) => !statedValue(secret, 'password'),
  }),
  // Jenkins' first start (jenkins.io, "Installing Jenkins", Post-installation setup wizard, "Unlocking Jenkins"): "Please use
  // the following password to proceed to installation:", a blank line, and the 32 hex digits that are also in
  // `secrets/initialAdminPassword`; a Compose log prefixes every line with the service's name and `|`.
  patternRule({
    id: 'jenkins-initial-admin-password', keywords: ['following password to proceed'],
    pattern: /\bfollowing password to proceed to installation:(?:[ \t]{0,8}\r?\n(?:[\w.-]{1,64}[ \t]{0,20}\|)?){1,3}[ \t]{0,8}(?<secret>[0-9a-f]{32})\b/i,
  }),
];
