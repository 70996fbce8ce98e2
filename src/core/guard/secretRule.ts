// The shape every secret detector has, after gitleaks: keywords that must be in the text before
// the rule runs at all (a cheap prefilter), a linear-time matcher, an entropy floor and an
// allowlist for what only looks like a secret. Each rule's true and false positives live with
// the unit tests (test/unit/guard/ruleExamples.ts), out of the shipped bundle.
import { CharPrefilter, type CharNeeds } from './charPrefilter';
import { keywordLead } from './keywordLed';
import { secretTail, spanBeforeTail, type SecretTail } from './secretPlace';
import { spanKind, type SpanList } from './spanList';
import { pairSpanKind, pairUserStart } from './credentialPair';
import { shannonEntropy } from './stringEntropy';

/** A secret found in a text: the span to redact. */
export interface SecretSpan {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

export interface SecretRule {
  readonly id: string;
  /** Lower-case literals; the rule runs only on text that contains one of them. */
  readonly keywords: readonly string[];
  /**
   * Adds every span of a secret in `text` to `found`, in ascending order, found in linear time.
   * `near`, for a rule with `nearKeywords`, holds the ends of its keywords' occurrences (rising).
   */
  find(text: string, found: SpanList, near?: readonly number[]): void;
  /**
   * The redactor hands `find` the ends of the rule's keywords' occurrences (ASCII case-insensitively),
   * recorded in its prefilter's pass (none past 1024 of them: then `find` reads the whole text). A
   * pattern rule sets it where every match starts on the line where one of its keywords occurs and
   * holds that occurrence, and tries only those lines (a keyword inside random values, `ftp`, `pdo`,
   * `zip`, spares it a pass over the whole text).
   */
  readonly nearKeywords?: boolean;
  /**
   * The redactor hands `find`, as `near`, where every occurrence of the rule's keywords starts (rising, each
   * place once, however many), recorded in its prefilter's pass: a rule that visits each keyword (the
   * assignment rule's key scan) needs no pass of its own to find them. Not with `nearKeywords`.
   */
  readonly keywordStarts?: boolean;
  /**
   * The redactor hands `find`, as `near`, every end of the rule's keywords' occurrences (rising, however many),
   * each followed by the index in `keywords` of the longest keyword ending there, recorded in its prefilter's
   * pass: a rule that visits every name (vendor-keyed-token) needs no automaton pass of its own.
   */
  readonly keywordHits?: boolean;
  /**
   * Runs after the other rules and is handed their spans merged (sorted, apart) in `found`: a
   * catch-all judges only what no named rule found, which spares it the dense files where every
   * line is a secret another rule already named.
   */
  readonly afterOthers?: boolean;
}

export interface PatternRuleSpec {
  readonly id: string;
  readonly keywords: readonly string[];
  /**
   * Linear-time: bounded quantifiers on character classes, no nested or overlapping ones. The
   * `secret` group (else the whole match) is redacted. The 'g' flag is added.
   */
  readonly pattern: RegExp;
  /** Least Shannon entropy (bits per char) of the secret; below it the match is a placeholder. */
  readonly entropy?: number;
  /** Return true to let a match go (an example value, a public id). */
  readonly allow?: (secret: string, text: string, start: number) => boolean;
  /**
   * The part of the secret the placeholder and entropy tests read, when the redacted span also
   * holds identifiers: a webhook URL's team and channel ids say nothing of whether its token is real.
   */
  readonly judged?: (secret: string) => string;
  /**
   * The pattern ends its match where the `secret` group ends (what must follow stands in a
   * lookahead), so the group's place is read off the match without match indices: on text where
   * every line is a match, the `d` flag made each match cost six times as much.
   */
  readonly secretEndsMatch?: boolean;
  /** As `SecretRule.nearKeywords`: every match starts on a line of a keyword's occurrence and holds it. */
  readonly nearKeywords?: boolean;
  /**
   * The secret is a password written after its user and this separator as one token (credentialPair.ts):
   * the user before the separator is redacted with it. Only the password is judged.
   */
  readonly pair?: string;
}

/**
 * Calls `visit` with each match of the global `pattern` in `text`, as `exec` from 0 finds them;
 * given `near` (keyword ends, rising), only the matches starting on those lines, by `sticky` (the
 * pattern with the 'y' flag) tried at each of their places: the same matches, when every match
 * starts on a keyword's line. Lines longer in all than a thirty-second of the text are read whole.
 * Given `lead` too (a match starts at most that many characters before the end of a keyword's
 * occurrence it holds: `keywordLead`), only the places that near a keyword's end are tried.
 */
export function forEachMatch(text: string, pattern: RegExp, sticky: RegExp, near: readonly number[] | undefined, visit: (m: RegExpExecArray) => void, lead = Infinity): void {
  const lines = near && linesOf(text, near);
  if (!lines) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      visit(m);
    }
    return;
  }
  // (A match may run past its line, a quoted value's line break: the next line is tried from its end, as `exec` would.)
  let resume = 0;
  if (lead !== Infinity) {
    // (A keyword 1000 characters into its line: its match starts within `lead` of its end, not anywhere before.)
    let p = 0;
    for (let l = 0; l < lines.length; l += 2) {
      const start = lines[l]!;
      const end = lines[l + 1]!;
      while (p < near!.length && near![p]! <= start) p++;
      for (; p < near!.length && near![p]! <= end; p++) {
        const place = near![p]!;
        for (let at = Math.max(start, resume, place - lead); at < place; ) {
          sticky.lastIndex = at;
          const m = sticky.exec(text);
          if (!m || m[0] === '') {
            at++;
            continue;
          }
          visit(m);
          at = resume = m.index + m[0].length;
        }
        // (The places before this one's end are tried: the next place's window starts after it.)
        resume = Math.max(resume, place);
      }
    }
    return;
  }
  for (let l = 0; l < lines.length; l += 2) {
    const end = lines[l + 1]!;
    for (let at = Math.max(lines[l]!, resume); at < end; ) {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) {
        at++;
        continue;
      }
      if (m[0] === '') {
        at++;
        continue;
      }
      visit(m);
      at = resume = m.index + m[0].length;
    }
  }
}

/** A rule's own global expression, tried by `forEachMatch`; on its keywords' lines only when `near`. */
export interface LedPattern {
  /** Every match holds one of the rule's keywords on its first line, by the expression's shape (keywordLed.ts). */
  readonly near: boolean;
  forEach(text: string, near: readonly number[] | undefined, visit: (m: RegExpExecArray) => void): void;
}

/**
 * `pattern` (global) for a rule with its own reading of each match: near its keywords when their shape
 * says so, as a pattern rule is (not with a keyword of one character: see `patternRule`).
 */
export function ledPattern(pattern: RegExp, keywords: readonly string[]): LedPattern {
  const lead = keywords.every((keyword) => keyword.length > 1) ? keywordLead(pattern, keywords) : undefined;
  const sticky = new RegExp(pattern.source, `${pattern.flags}y`);
  return { near: lead !== undefined, forEach: (text, places, visit) => forEachMatch(text, pattern, sticky, lead !== undefined ? places : undefined, visit, lead) };
}

/** The lines holding the given places, start and end (before its `\n`) apart, rising; undefined past the budget. */
function linesOf(text: string, near: readonly number[]): number[] | undefined {
  const budget = Math.max(256, text.length >> 5);
  const lines: number[] = [];
  let spent = 0;
  let lastEnd = -1;
  for (const place of near) {
    if (place <= lastEnd) continue;
    // (Forward first, the engine's fast search; then back by hand no farther than the budget allows: on
    // one long line, a backward search from each located rule's first keyword read the line again and again.)
    const newline = text.indexOf('\n', place);
    const end = newline === -1 ? text.length : newline;
    let left = budget - spent - (end - place);
    if (left < 0) return undefined;
    let start = place;
    while (start > 0 && text.charCodeAt(start - 1) !== 10) {
      if (--left < 0) return undefined;
      start--;
    }
    spent += end - start;
    lines.push(start, end);
    lastEnd = end;
  }
  return lines;
}

/** A rule made of one regular expression (vendor formats with a fixed prefix, most of them). */
export function patternRule(spec: PatternRuleSpec): SecretRule {
  // Match indices ('d') cost an allocation per match: asked for only when a group is the secret.
  const ofGroup = /\(\?<secret>/.test(spec.pattern.source);
  // A secret followed by a tail of known width (its closing quote, `@` and a host's character)
  // ends where the match ends less that tail (secretPlace.ts).
  const tail = ofGroup && !spec.secretEndsMatch ? secretTail(spec.pattern.source, spec.pattern.flags) : undefined;
  const indices = ofGroup && !spec.secretEndsMatch && tail === undefined;
  const flags = new Set([...spec.pattern.flags, 'g', ...(indices ? ['d'] : [])]);
  const pattern = new RegExp(spec.pattern.source, [...flags].join(''));
  const sticky = new RegExp(spec.pattern.source, [...flags, 'y'].join(''));
  const kind = spec.pair === undefined ? spanKind(spec.id) : pairSpanKind(spec.id, spec.pair);
  const separator = spec.pair?.charCodeAt(0);
  // (A pattern whose matches hold a keyword's literal on their first line, a vendor's prefix, is near its keywords by
  // its shape; not one with a keyword of one character (Discord's `.`): past 1024 places in most long texts, its
  // places are recorded for nothing, and the prefilter's give-up path, run late, costs a recompile of its scan.)
  const lead = spec.keywords.every((keyword) => keyword.length > 1) ? keywordLead(spec.pattern, spec.keywords) : undefined;
  const nearKeywords = spec.nearKeywords === true || lead !== undefined;
  return {
    id: spec.id,
    keywords: spec.keywords,
    ...(nearKeywords ? { nearKeywords: true } : {}),
    find(text, found, near) {
      forEachMatch(text, pattern, sticky, nearKeywords ? near : undefined, (m) => {
        const [start, end] = groupSpan(m, ofGroup, indices, tail);
        const secret = text.slice(start, end);
        const judged = spec.judged ? spec.judged(secret) : secret;
        if (looksPlaceholder(judged)) return;
        if (spec.entropy !== undefined && shannonEntropy(judged) < spec.entropy) return;
        if (spec.allow?.(secret, text, start)) return;
        found.push(kind, separator !== undefined && text.charCodeAt(start - 1) === separator ? pairUserStart(text, start - 1) : start, end);
      }, lead);
    },
  };
}

/** Where the match's secret lies: its group's indices, or the match's end (less its tail) less the group's length. */
function groupSpan(m: RegExpExecArray, ofGroup: boolean, indices: boolean, tail: SecretTail | undefined): [number, number] {
  const matchEnd = m.index + m[0].length;
  if (!ofGroup) return [m.index, matchEnd];
  if (indices) return m.indices?.groups?.secret ?? [m.index, matchEnd];
  const secret = m.groups!.secret;
  // (An alternative without the group, as with indices: the whole match.)
  if (secret === undefined) return [m.index, matchEnd];
  return tail ? spanBeforeTail(m, tail) : [matchEnd - secret.length, matchEnd];
}

/**
 * The lead's placeholder policy for #11 (HELPERS.md), the one test every rule asks of a value in a
 * secret's slot: only shapes that are no value are set apart — a mask (xxxx, ****, 0000, a whole
 * `xxx`), a slot in brackets (<your-token>, [password], {{ token }}), a reference to another value
 * (${TOKEN}, $VAR, %VAR%, $(vault read …), `cmd`, %(name)s, @NAME@), a constant's upper-snake name
 * (ZENDESK_API_SECRET), an empty value or a word saying there is none (`unset`, `REDACTED`), and
 * the slot's own name alone (`password`, `secret`, `token`, `changeme`): `<password>` without its
 * brackets, what docs write where the value goes.
 * Anything else written as a literal is that secret, however weak or wordy: `hunter`, `myPassword`,
 * `open sesame`, `a1b2c3d4`, `test-key-1` (the detectors' own tests label such values secret).
 */
export function looksPlaceholder(value: string, may?: number): boolean {
  // (A value asked again right after itself, a line repeated down a file or one value read by two
  // tests in turn, is given its answer again without a reading.)
  if (value === lastAsked) return lastAnswer;
  lastAnswer = judgedPlaceholder(value, may);
  lastAsked = value;
  return lastAnswer;
}

let lastAsked: string | undefined;
let lastAnswer = false;

/** `given`: the bits `placeholderExpressions`' prefilter gives the value, where a caller read them with its own (no needed character is a blank: the trimmed value's are the same). */
function judgedPlaceholder(value: string, given: number | undefined): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (v.length <= SLOT_NAME_LONGEST && SLOT_NAME.test(v)) return true;
  const may = given ?? PLACEHOLDER_CHARS.mayMatch(v);
  return (
    ((may & 1) !== 0 && mayStandIn(v) && STAND_IN.test(v)) ||
    ((may & 2) !== 0 && CONSTANT_NAME.test(v)) ||
    ((may & 4) !== 0 && looksTemplate(v)) ||
    ((may & 8) !== 0 && ABSENT.test(v))
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
const SLOT_NAME_LONGEST = 'placeholder'.length;
// A constant's or variable's name in upper snake case: `webhookApiSecret:
// ZENDESK_WEBHOOK_API_SECRET`, `DB_PASSWORD=DB_PASSWORD`, words maybe numbered (`FLOW_MFA_REQUIRED_V2`,
// `X509_STORE`), also after a vendor's prefix (`fc-YOUR_API_KEY`). A generated secret is not made of
// words; a bare number (`ADMIN_2024`) may be a password's.
const CONSTANT_NAME = /^(?:[a-z][a-z0-9]{0,7}[-_])?[A-Z][A-Z]{1,30}\d{0,3}(?:_(?:[A-Z]{2,30}\d{0,3}|[A-Z]\d{1,3})){1,8}$/;
// A value that says there is none, as the whole value: what a program falls back to when the
// variable is unset (`process.env.DB_PASSWORD || "not-set"`, `${TOKEN:-unset}`), a slot left empty
// on purpose, the mask a redactor wrote (`REDACTED`), or a value saying it is none (`not_a_real_token`).
// Nobody's password is named for its own absence; `not-set-Xk2p` is not this.
const ABSENT = /^(?:none|null|nil|undefined|unset|missing|empty|redacted|n\/a|not[-_ ]?(?:set|configured|provided|specified|defined|available)|not[-_ ]?a[-_ ]?(?:real[-_ ]?)?(?:secret|key|token|password))$/i;
// A shell or template reference as the whole value, or where the value starts or ends.
// A backtick opens a command substitution only when it closes one too or a command's words follow
// (`` `etcdctl get x` ``); a lone one inside a literal (`'`123QWERasdf'`) is a character of it.
// Python's `%(name)s` and the `@name@` / `@@NAME@@` tokens a build (Maven, autoconf) replaces: as the whole value.
// A shell's or Spring's reference with a default (`${API_TOKEN:-<your-token>}`) is a reference: the
// reference-default rule judges its default.
// Azure App Service's and Functions' Key Vault reference as an app setting's whole value
// (learn.microsoft.com/azure/app-service/app-service-key-vault-references): `@Microsoft.KeyVault(SecretUri=https://…)`
// or `@Microsoft.KeyVault(VaultName=…;SecretName=…[;SecretVersion=…])`; the platform resolves it, the text holds none.
const REFERENCE = /^\$\$?[A-Za-z_]|^%[A-Za-z_]+%$|^`[^`]*(?:`$|\s)|`$|^@\{|^#\{|^%\([\w.-]{1,80}\)[sdr]$|^@@?[A-Za-z_][\w.-]{0,80}@@?$|^\$\{[A-Za-z_][\w.]{0,80}:?[-=?+:][^\n]*\}$|^@Microsoft\.KeyVault\((?:SecretUri=https:\/\/[^\s()]{1,400}|VaultName=[\w-]{1,127};SecretName=[\w-]{1,127}(?:;SecretVersion=\w{1,64})?)\)$/;
// The slots a template language leaves in a value: ${name} (and Serverless's ${ssm:/path}, ${file(x):y}), {{ name }}, {% … %}, $(command),
// {} and {0} (format strings), <% … %>, printf's %s and %d. Their content is a name or an expression, never noise.
// (A named `{name}` is a slot only in an interpolated string, which the assignment rule knows.)
// GitHub Actions' and Azure Pipelines' template expressions `${{ <expression> }}` hold an expression of their own
// grammar: indexes, calls, format strings (`${{ secrets[format('{0}_TOKEN', matrix.env)] }}`; docs.github.com
// "Evaluate expressions in workflows and actions"); Azure Pipelines' runtime expressions `$[ variables.x ]`, also
// indexed (`$[ variables['db.password'] ]`; learn.microsoft.com/azure/devops/pipelines/process/variables, "Runtime expression syntax").
export const TEMPLATE_SLOT = /\$\{\{(?:[^{}\r\n]|\{\d{1,2}\}){1,200}\}\}|\$\[(?:[^[\]\r\n]|\[[^[\]\r\n]{0,80}\]){1,200}\]|\$\{[\w.:?|@ /()',-]{1,80}\}|\{\{[\w.:|()'" -]{1,80}\}\}|\{%[^%\r\n]{1,80}%\}|\$\([^()\r\n]{1,200}\)|\{\d{0,2}\}|<%[^%\r\n]{1,80}%>|%[sd]/g;
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
  const literal = v.replace(TEMPLATE_SLOT, ' ');
  if (literal === v) return false;
  if (literal.includes('{{') || literal.includes('${')) return false;
  return !holdsRandomRun(literal);
}

/**
 * Whether the value holds the two characters one of TEMPLATE_SLOT's slots opens with (`${` `$[` `$(` `{{`
 * `{%` `{}` `{` and a digit, `<%`, `%s` `%d`): without them it holds no slot, and the replace that would
 * copy it unchanged is not asked (a value of punctuation on every line, `K9(w}e$[tR#2>pQ`, asked it each time).
 */
export function opensSlot(v: string): boolean {
  for (let i = 0; i + 1 < v.length; i++) {
    const c = v.charCodeAt(i);
    const d = v.charCodeAt(i + 1);
    if (c === 36 ? d === 123 || d === 91 || d === 40 : c === 123 ? d === 123 || d === 37 || d === 125 || (d >= 48 && d <= 57) : c === 60 ? d === 37 : c === 37 && (d === 115 || d === 100)) return true;
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
 * •, _, 0 or #, a bracket; a constant's name an _; a template or reference one of $ { } % ` @ # <;
 * every word of absence holds an n, a y or a d.
 */
export const placeholderExpressions: readonly CharNeeds[] = [
  { pattern: STAND_IN, needs: 'xX*.…•_0#<[{(>&' },
  { pattern: CONSTANT_NAME, needs: '_' },
  // (looksTemplate, asked under this bit, also reads a slot's closing alone: `}`.)
  { pattern: REFERENCE, needs: '$%`@#{<}' },
  { pattern: ABSENT, needs: 'nNyYdD' },
];
const PLACEHOLDER_CHARS = new CharPrefilter(placeholderExpressions);
