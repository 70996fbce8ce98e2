// The lead's placeholder policy for #11: the one test every rule asks of a value in a secret's slot,
// and the characters each of its expressions cannot match without (a value's reading skips the rest).
import { CharPrefilter, type CharNeeds } from './charPrefilter';
import { REFERENCE } from './referenceForms';
import { describesStandIn } from './standInWords';
import { namesCredentialSetting } from './credentialSettingName';
import { shannonEntropy } from './stringEntropy';
import { looksRandomValue } from './rules/randomValue';
import { judgingStrictly } from './redactionStrictness';

/**
 * The lead's placeholder policy for #11 (HELPERS.md), the one test every rule asks of a value in a
 * secret's slot: only shapes that are no value are set apart — a mask (xxxx, ****, 0000, a whole
 * `xxx`), a slot in brackets (<your-token>, [password], {{ token }}), a reference to another value
 * (${TOKEN}, $VAR, %VAR%, $(vault read …), `cmd`, %(name)s, @NAME@), a constant's upper-snake name
 * (ZENDESK_API_SECRET), an empty value or a word saying there is none (`unset`, `REDACTED`), and
 * the slot's own name alone (`password`, `secret`, `token`, `changeme`): `<password>` without its
 * brackets, what docs write where the value goes (and a credential file's documented setting name, `aws_secret_access_key`:
 * credentialSettingName.ts); and, since the twenty-ninth round, a value that says it
 * is a stand-in, made only of stand-in words and the slot's words (`myPassword`, `your-api-key-here`,
 * `test_token`: standInWords.ts).
 * Anything else written as a literal is that secret, however weak or wordy: `hunter`, `letmein`,
 * `open sesame`, `a1b2c3d4`, `test-key-1`, `mypassword1` (the detectors' own tests label such values secret).
 */
export function looksPlaceholder(value: string, may?: number): boolean {
  // (A value asked again right after itself, a line repeated down a file or one value read by two
  // tests in turn, is given its answer again without a reading.)
  const strict = judgingStrictly();
  if (value === lastAsked && strict === lastStrict) return lastAnswer;
  lastAnswer = judgedPlaceholder(value, may, strict);
  lastAsked = value;
  lastStrict = strict;
  return lastAnswer;
}

let lastAsked: string | undefined;
let lastStrict = false;
let lastAnswer = false;

/**
 * `looksPlaceholder` for a value in a place documented as a password: there the slot's own name is
 * `password` (`pass`, `pwd`), and `secret`, `token` or `key` alone is a literal somebody chose.
 */
export function looksPasswordPlaceholder(value: string, may?: number): boolean {
  return looksPlaceholder(value, may) && !namesAnotherSlot(value);
}

/** Whether the whole value is the name of a slot other than a password's (`secret`, `token`, `key`), any case. */
export function namesAnotherSlot(value: string): boolean {
  const v = value.trim();
  return v.length <= SLOT_NAME_LONGEST && ANOTHER_SLOTS_NAME.test(v);
}

/**
 * `given`: the bits `placeholderExpressions`' prefilter gives the value, where a caller read them with its own (no needed
 * character is a blank: the trimmed value's are the same). `strict`: the user's strict redaction (redactionStrictness.ts),
 * where a stand-in made of words (the slot's own name, `changeme`, `your-api-key-here`) is a literal like any other; the
 * shapes that are no value stay set apart (a mask, a bracketed slot, a reference, a constant's name, a word of absence).
 */
function judgedPlaceholder(value: string, given: number | undefined, strict: boolean): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (!strict && ((v.length <= SLOT_NAME_LONGEST && SLOT_NAME.test(v)) || namesCredentialSetting(v))) return true;
  const may = given ?? PLACEHOLDER_CHARS.mayMatch(v);
  return (
    ((may & STAND_IN_BIT) !== 0 && mayStandIn(v) && STAND_IN.test(v)) ||
    ((may & CONSTANT_BIT) !== 0 && CONSTANT_NAME.test(v)) ||
    ((may & TEMPLATE_BIT) !== 0 && looksTemplate(v)) ||
    ((may & ABSENT_BIT) !== 0 && ABSENT.test(v)) ||
    (!strict && describesStandIn(v))
  );
}

const MASK = /(?:x{5}|X{5}|\*{3}|\.{3}|…|•{3}|_{5}|0{8}|#{4})/;
// A whole value of one mask character, however short: `Secret=xxx`, `pin: 000`.
// Also groups of x (`xxxx-xxxx-xxxx`), as a key's shape is shown without its characters.
const WHOLE_MASK = /^(?:x{3,}|X{3,}|0{3,}|#{3,}|_{3,}|[xX]{2,}(?:[-_.: ][xX]{2,})+)$/;
// (Also written in HTML's or XML's entities, `&lt;YOUR_PASSWORD&gt;`, whose last `;` a value's end may cut.)
const BRACKETED = /^(?:[<[{(].*[>\]})]|&lt;.*&gt;?)$/;
const ANGLE_END = /^<|>$/;
// The four case-sensitive tests above as one expression: one call where most values pass them all.
const STAND_IN = new RegExp([MASK, WHOLE_MASK, BRACKETED, ANGLE_END].map((r) => r.source).join('|'));
const ELLIPSIS = 0x2026;

/**
 * What STAND_IN cannot match without, beyond one of its characters (which most random keys hold: an
 * x, an X or a 0): a bracket or `&` first, `>` last, `…`, or two of a mask's characters side by side
 * (x or X twice, `*` `.` `•` `_` `0` `#` doubled).
 */
export function mayStandIn(v: string): boolean {
  const first = v.charCodeAt(0);
  if (first === 60 || first === 91 || first === 123 || first === 40 || first === 38 || first === ELLIPSIS || v.charCodeAt(v.length - 1) === 62) return true;
  let previous = first;
  for (let i = 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === ELLIPSIS || ((c | 32) === 120 && (previous | 32) === 120)) return true;
    if (c === previous && (c === 42 || c === 46 || c === 0x2022 || c === 95 || c === 48 || c === 35)) return true;
    previous = c;
  }
  return false;
}

// The slot's own name as the whole value, any case (the lead's seventeenth-round reading of the
// policy; bench/guard/README.md, "The placeholder policy, seventeenth round", has the counts). A longer
// list, every lower-case word, left real passwords (`whiteduke`, `centipede`).
const SLOT_NAME = /^(?:password|passwd|pass|pwd|secret|token|key|apikey|api_key|changeme|change_me|placeholder)$/i;
// Of those, the names of another slot than a password's: in a place documented as a password
// (`Password=secret`, `$mail->Password = 'secret'`, `DirectoryEntry(path, user, "secret")`) such a word is
// not the slot's own name but a word somebody chose, the policy's literal (twenty-seventh round).
const ANOTHER_SLOTS_NAME = /^(?:secret|token|key|apikey|api_key)$/i;
const SLOT_NAME_LONGEST = 'placeholder'.length;
// A constant's or variable's name in upper snake case: `webhookApiSecret:
// ZENDESK_WEBHOOK_API_SECRET`, `DB_PASSWORD=DB_PASSWORD`, words maybe numbered (`FLOW_MFA_REQUIRED_V2`,
// `X509_STORE`), also after a vendor's prefix (`fc-YOUR_API_KEY`), read through its type or module
// (`PublicApiId.JIT_V2_SUBMIT_CHALLENGE`: Java's, C#'s and TypeScript's enum member, a class's constant), or negated
// (`-PASSTHROUGH_LISTENERS_PER_STREAM`: an expression of it). A generated secret is not made of
// words; a bare number (`ADMIN_2024`) may be a password's.
const CONSTANT_NAME = /^-?(?:[a-z][a-z0-9]{0,7}[-_]|[A-Z][A-Za-z0-9]{0,40}\.)?[A-Z][A-Z]{1,30}\d{0,3}(?:_(?:[A-Z]{2,30}\d{0,3}|[A-Z]\d{1,3})){1,8}$/;
// A value that says there is none, as the whole value: what a program falls back to when the
// variable is unset (`process.env.DB_PASSWORD || "not-set"`, `${TOKEN:-unset}`), a slot left empty
// on purpose, the mask a redactor wrote (`REDACTED`), or a value saying it is none (`not_a_real_token`).
// Nobody's password is named for its own absence; `not-set-Xk2p` is not this.
// (Each word's expression starts with its literal first letter: `startsAbsentWord` reads them from this list.)
const ABSENT_WORDS = ['none', 'null', 'nil', 'undefined', 'unset', 'missing', 'empty', 'redacted', 'n\\/a', 'not[-_ ]?(?:set|configured|provided|specified|defined|available)', 'not[-_ ]?a[-_ ]?(?:real[-_ ]?)?(?:secret|key|token|password)'];
const ABSENT = new RegExp(`^(?:${ABSENT_WORDS.join('|')})$`, 'i');
// Bit l set for each letter (a = 0) a word of ABSENT_WORDS starts with.
const ABSENT_FIRST_LETTERS = ABSENT_WORDS.reduce((bits, word) => bits | (1 << (word.charCodeAt(0) - 97)), 0);

/**
 * Whether a value whose first character is `c` may be one of ABSENT's words (either case): every match
 * starts with a word's first letter, so a value starting with none of them is not asked.
 */
export function startsAbsentWord(c: number): boolean {
  // (`c | 32` is a lower-case letter only for a letter of either case: any other character falls outside 0..25.)
  const letter = (c | 32) - 97;
  return letter >= 0 && letter < 26 && ((ABSENT_FIRST_LETTERS >>> letter) & 1) === 1;
}
// (REFERENCE, a shell's, cmd's or a build's reference as the whole value or where it starts, is referenceForms.ts'.)
// The slots a template language leaves in a value: ${name} (and Serverless's ${ssm:/path}, ${file(x):y}), {{ name }}, {% … %}, $(command),
// {} and {0} (format strings), <% … %>, printf's %s and %d. Their content is a name or an expression, never noise.
// (A named `{name}` is a slot only in an interpolated string, which the assignment rule knows.)
// GitHub Actions' and Azure Pipelines' template expressions `${{ <expression> }}` hold an expression of their own
// grammar: indexes, calls, format strings (`${{ secrets[format('{0}_TOKEN', matrix.env)] }}`; docs.github.com
// "Evaluate expressions in workflows and actions"); Azure Pipelines' runtime expressions `$[ variables.x ]`, also
// indexed (`$[ variables['db.password'] ]`; learn.microsoft.com/azure/devops/pipelines/process/variables, "Runtime expression syntax").
// Ruby's interpolation in a double-quoted string, `#{expression}` (the Ruby reference's "Literals": "Double-quoted strings
// allow interpolation of other values using #{...}"; Spring's `#{…}` expressions alike): rexml's `"(?:#{NAMECHAR})+"`.
export const TEMPLATE_SLOT = /\$\{\{(?:[^{}\r\n]|\{\d{1,2}\}){1,200}\}\}|\$\[(?:[^[\]\r\n]|\[[^[\]\r\n]{0,80}\]){1,200}\]|[$#]\{[\w.:?|@ /()',-]{1,80}\}|\{\{[\w.:|()'" -]{1,80}\}\}|\{%[^%\r\n]{1,80}%\}|\$\([^()\r\n]{1,200}\)|\{\d{0,2}\}|<%[^%\r\n]{1,80}%>|%[sd]/g;
// A value cut at a blank that holds only the opening of a slot: `-p ${{ secrets.X }}` gives `${{`; a cut
// at a quote inside the slot, `{{- with secret "db" -}}` (Go templates' `{{-` trims the blanks before it) gives `{{- with secret `.
const CUT_SLOT = /^\$?\{\{?-?[\w. ]*$/;
// A literal that opens a slot and does not close it, or closes one it did not open: a piece of a reference
// split over a join (CloudFormation's `!Join ['', ['{{resolve:secretsmanager:', !Ref DBSecret,
// ':SecretString:password}}']]`, a `+` in code). The other piece is in another literal, and the piece holds a
// reference's separator (`:`, `.`, `|`); a literal of its own beginning with `{{` or ending with `}}` holds a random
// run or no separator (`Summer2024}}`).
const SPLIT_SLOT = /^(?:\$?\{\{[^{}\s"'`]{1,80}|[^{}\s"'`]{1,80}\}\})$/;
const SLOT_SEPARATOR = /[:.|]/;
const RANDOM_RUN = /[A-Za-z0-9+/_=-]{16,}/g;

/**
 * A value made of template slots and literal text around them. A value holding a slot but also
 * a long random run of its own (`{{ env }}-a8Fk2…`), or only a broken slot (`m{{h}o)p${e]nob(…`),
 * is a literal that happens to hold braces: a secret can.
 */
function looksTemplate(v: string): boolean {
  if (REFERENCE.test(v) || CUT_SLOT.test(v)) return true;
  // (Its ends first: most values reaching here hold a `$` or a `{` but neither `{{` first nor `}}` last.)
  if ((v.endsWith('}}') || v.startsWith('{{') || v.startsWith('${{')) && SPLIT_SLOT.test(v) && SLOT_SEPARATOR.test(v)) return !holdsRandomRun(v);
  if (!opensSlot(v)) return false;
  let slots = 0;
  let printfSlots = 0;
  const literal = v.replace(TEMPLATE_SLOT, (slot) => {
    slots++;
    if (slot.length === 2 && slot.charCodeAt(0) === 37) printfSlots++;
    return ' ';
  });
  if (literal === v) return false;
  if (literal.includes('{{') || literal.includes('${')) return false;
  // printf's `%s` and `%d` are two characters a random password with symbols holds by chance (about 1 in 160 of 14
  // characters with `%`), once or twice; a format around them is words and separators (`-p%s`, `user_%d`), never a
  // generator's mix of capitals and lower case that looks random. (A regular expression given slots,
  // `^(%s|%s|%s)(?::0*?(|0|[1-9][0-9]{0,4}))?$`, looks random too, with more slots and no capital.)
  if (slots <= 2 && printfSlots === slots && CAPITAL.test(v) && LOWER_CASE.test(v) && looksRandomValue(v)) return false;
  return !holdsRandomRun(literal);
}

const CAPITAL = /[A-Z]/;
const LOWER_CASE = /[a-z]/;

/**
 * Whether the value holds the two characters one of TEMPLATE_SLOT's slots opens with (`${` `$[` `$(` `#{` `{{`
 * `{%` `{}` `{` and a digit, `<%`, `%s` `%d`): without them it holds no slot, and the replace that would
 * copy it unchanged is not asked (a value of punctuation on every line, `K9(w}e$[tR#2>pQ`, asked it each time).
 */
export function opensSlot(v: string): boolean {
  for (let i = 0; i + 1 < v.length; i++) {
    const c = v.charCodeAt(i);
    const d = v.charCodeAt(i + 1);
    if (c === 36 ? d === 123 || d === 91 || d === 40 : c === 35 ? d === 123 : c === 123 ? d === 123 || d === 37 || d === 125 || (d >= 48 && d <= 57) : c === 60 ? d === 37 : c === 37 && (d === 115 || d === 100)) return true;
  }
  return false;
}

/** A run of 16 or more characters of a generated alphabet, letters and digits, random-looking. */
function holdsRandomRun(literal: string): boolean {
  for (const run of literal.match(RANDOM_RUN) ?? []) {
    if (shannonEntropy(run) >= 3.5 && /\d/.test(run) && /[A-Za-z]/.test(run)) return true;
  }
  return false;
}

/**
 * Each placeholder expression and characters it cannot match without: a mask's x, X, *, ., …,
 * •, _, 0 or #, a bracket; a constant's name an _; a template or reference one of $ { } % ` @ # < (cmd's delayed expansion: !);
 * every word of absence holds an n, a y or a d.
 */
const STAND_IN_NEEDS: CharNeeds = { pattern: STAND_IN, needs: 'xX*.…•_0#<[{(>&' };
const CONSTANT_NEEDS: CharNeeds = { pattern: CONSTANT_NAME, needs: '_' };
// (looksTemplate, asked under this bit, also reads a slot's closing alone: `}`.)
const REFERENCE_NEEDS: CharNeeds = { pattern: REFERENCE, needs: '$%`@#{<}!' };
const ABSENT_NEEDS: CharNeeds = { pattern: ABSENT, needs: 'nNyYdD' };
export const placeholderExpressions: readonly CharNeeds[] = [STAND_IN_NEEDS, CONSTANT_NEEDS, REFERENCE_NEEDS, ABSENT_NEEDS];
const PLACEHOLDER_CHARS = new CharPrefilter(placeholderExpressions);

/** Each expression's bit in a `mayMatch` answer of a prefilter built from `placeholderExpressions` (first, maybe after others). */
export const STAND_IN_BIT = 1 << placeholderExpressions.indexOf(STAND_IN_NEEDS);
const CONSTANT_BIT = 1 << placeholderExpressions.indexOf(CONSTANT_NEEDS);
const TEMPLATE_BIT = 1 << placeholderExpressions.indexOf(REFERENCE_NEEDS);
export const ABSENT_BIT = 1 << placeholderExpressions.indexOf(ABSENT_NEEDS);
