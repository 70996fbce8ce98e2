// A credential stated in an English sentence, as a user types it into the chat or a ticket, and as tools print it: a
// secret's word (password, passphrase, passcode, PIN, secret, token, API key, access key, secret key, credentials),
// maybe qualified (`for prod`, `of the db`, `to the VPN`), then `is` / `was` (`has been`, `is now`, `is set to`), or after
// a qualifier `:` / `=`: `The password is hunter2`, `the db password for prod is Zx8vB2nMq`; the word after `set` /
// `change` / `reset` and `to`: `set the secret to …`; the word given its value with no verb, after `with` / `using` / `use` /
// `and`: `ssh in as root with password …`, `use the api key … to call it`, `key AKIA… and secret …`; the value before `as
// the password`: `I used … as the password`. And the messages tools print with a generated password in a sentence
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
import { readsAsWord } from '../readsAsWord';
import { keyStrength } from './keyStrength';
import { acceptValue } from './secretValue';
import { looksRandomValue } from './randomValue';
import { MODE_WORDS } from './noValueWords';
import { looksPlaceholder } from '../placeholderValue';
import { madeUp } from './passwordInLine';

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
const BEFORE_WORD = "(?:(?:the|my|your|our|a|an|its|this|that|his|her|their)[ \\t]{1,3})?(?:[\\w'-]{1,20}[ \\t]{1,3})?";

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

/** A pattern rule for one sentence shape, its values judged as `named` says and its clause's end read after it. */
function sentenceRule(id: string, keywords: readonly string[], pattern: RegExp, named: Named): SecretRule {
  return patternRule({
    id, keywords, pattern,
    allow: (secret, text, start) => !statedValue(secret, named) || !endsClause(text, start + secret.length),
  });
}

// (Not a member's or a variable's name: `user.password is pw2hash`, `$token`, `obj->secret`: code.)
const WORDS = (words: string): string => `(?<![.$>])\\b(?:${words})`;

/** The three shapes of a sentence for one kind of word, each a rule of its own. */
function sentenceShapes(kind: string, words: string, keywords: readonly string[], named: Named): SecretRule[] {
  return [
    // `the db password for prod is Zx8vB2nMq`, `The password is hunter2`, `password for prod: Zx8vB2nMq`.
    sentenceRule(`stated-${kind}-sentence`, keywords, new RegExp(`${WORDS(words)}(?:${QUALIFIER}[ \\t]{0,3}(?:[:=]|${VERB})|[ \\t]{1,3}${VERB})[ \\t]{1,3}${VALUE}`, 'i'), named),
    // `set the secret to Zx8vB2nMq`, `changed the root password for prod to Zx8vB2nMq`.
    sentenceRule(`set-${kind}-sentence`, keywords, new RegExp(`\\b(?:set|changed?|changing|reset|updated?)[ \\t]{1,3}${BEFORE_WORD}(?:${words})(?:${QUALIFIER})?[ \\t]{1,3}to[ \\t]{1,3}${VALUE}`, 'i'), named),
    // `ssh in as root with password Zx8vB2nMq`, `use the api key … to call it`, `key AKIA… and secret …`.
    sentenceRule(`given-${kind}-sentence`, keywords, new RegExp(`\\b(?:with|using|use|and)[ \\t]{1,3}${BEFORE_WORD}(?:${words})[ \\t]{1,3}${VALUE}`, 'i'), named),
  ];
}

export const statedSentenceRules: readonly SecretRule[] = [
  ...sentenceShapes('password', PASSWORD, ['pass', 'secret', 'credential'], 'password'),
  ...sentenceShapes('token', TOKEN, ['token', 'secret', 'key'], 'token'),
  sentenceRule('stated-pin-sentence', ['pin'], new RegExp(`\\bPIN(?:[ \\t]{1,3}(?:code|number))?(?:${QUALIFIER})?[ \\t]{1,3}${VERB}[ \\t]{1,3}${VALUE}`, 'i'), 'pin'),
  // `I used Zx8vB2nMq as the password`, `enter Zx8vB2nMq as your passphrase`.
  patternRule({
    id: 'password-as-sentence', keywords: ['pass', 'secret', 'credential'],
    pattern: new RegExp(`\\b(?:used?|using|enter(?:ed)?|typed?|chose|choose|picked?|set|gave|give|put)[ \\t]{1,3}(?<q>["'\`]?)(?<secret>[^\\s"'\`]{4,100})\\k<q>[ \\t]{1,3}as[ \\t]{1,3}(?:(?:the|my|your|a)[ \\t]{1,3})?(?:${PASSWORD})\\b`, 'i'),
    allow: (secret) => !statedValue(secret, 'password'),
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
