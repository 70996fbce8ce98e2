// The shape every secret detector has, after gitleaks: keywords that must be in the text before
// the rule runs at all (a cheap prefilter), a linear-time matcher, an entropy floor and an
// allowlist for what only looks like a secret. Each rule's true and false positives live with
// the unit tests (test/unit/guard/ruleExamples.ts), out of the shipped bundle.
import { CharPrefilter, type CharNeeds } from './charPrefilter';
import { secretTail, spanBeforeTail, type SecretTail } from './secretPlace';
import { spanKind, type SpanList } from './spanList';
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
  /** Adds every span of a secret in `text` to `found`, in ascending order, found in linear time. */
  find(text: string, found: SpanList): void;
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
  const kind = spanKind(spec.id);
  return {
    id: spec.id,
    keywords: spec.keywords,
    find(text, found) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0] === '') {
          pattern.lastIndex++;
          continue;
        }
        const [start, end] = groupSpan(m, ofGroup, indices, tail);
        const secret = text.slice(start, end);
        const judged = spec.judged ? spec.judged(secret) : secret;
        if (looksPlaceholder(judged)) continue;
        if (spec.entropy !== undefined && shannonEntropy(judged) < spec.entropy) continue;
        if (spec.allow?.(secret, text, start)) continue;
        found.push(kind, start, end);
      }
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
 * Values that stand for a secret without being one: masks (xxxx, ****, 0000, a whole `xxx`), template and
 * shell references (${TOKEN}, {{ token }}, $(vault read …), `cmd`, %TOKEN%, %(name)s, @NAME@), <your-token>,
 * the name of a constant (ZENDESK_API_SECRET), the words people write in examples and a fixture's fake (`test-key-1`),
 * a word saying there is no value (`not-set`, `unset`).
 */
export function looksPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  const may = PLACEHOLDER_CHARS.mayMatch(v);
  return (
    ((may & 1) !== 0 && STAND_IN.test(v)) ||
    ((may & 2) !== 0 && EXAMPLE_WORDS.test(v)) ||
    ((may & 4) !== 0 && CONSTANT_NAME.test(v)) ||
    ((may & 8) !== 0 && looksTemplate(v)) ||
    ((may & 16) !== 0 && piecesFitSlotWords(v) && STAND_IN_WORDS.test(v)) ||
    ((may & 32) !== 0 && ABSENT.test(v))
  );
}

const MASK = /(?:x{5}|X{5}|\*{3}|\.{3}|…|•{3}|_{5}|0{8}|#{4})/;
// A whole value of one mask character, however short: `Secret=xxx`, `pin: 000`.
// Also groups of x (`xxxx-xxxx-xxxx`), as a key's shape is shown without its characters.
const WHOLE_MASK = /^(?:x{3,}|X{3,}|0{3,}|#{3,}|_{3,}|[xX]{2,}(?:[-_.: ][xX]{2,})+)$/;
const BRACKETED = /^[<[{(].*[>\]})]$/;
const ANGLE_END = /^<|>$/;
// An example phrase followed by digits (`mySecret2024`) is a password somebody made from it.
const EXAMPLE_WORDS = /(?:^|[^a-z])(?:your|my)[-_ ]?(?:[a-z]+[-_ ])?(?:key|token|secret|password|pass|pw|api|id)(?![a-z]*\d)|changeme|change[-_]me|placeholder|redacted|example|dummy|sample|insert[-_ ]|replace[-_ ]?me|fake[-_]?(?:key|token|secret|password)|not[-_]?a[-_]?(?:real[-_]?)?(?:secret|key|token|password)/i;
// The three case-sensitive tests above as one expression: one call where most values pass them all.
const STAND_IN = new RegExp([MASK, WHOLE_MASK, BRACKETED, ANGLE_END].map((r) => r.source).join('|'));
// A constant's or variable's name in upper snake case: `webhookApiSecret:
// ZENDESK_WEBHOOK_API_SECRET`, `DB_PASSWORD=DB_PASSWORD`, words maybe numbered (`FLOW_MFA_REQUIRED_V2`,
// `X509_STORE`). A generated secret is not made of words; a bare number (`ADMIN_2024`) may be a password's.
const CONSTANT_NAME = /^[A-Z][A-Z]{1,30}\d{0,3}(?:_(?:[A-Z]{2,30}\d{0,3}|[A-Z]\d{1,3})){1,8}$/;
// `tvly-test-key-12345`, `sk_test_dummy_token`, `fake-api-key-2`, `client-valid-token-1`: a fixture's obvious fake, two
// words or more joined by - or _, one of them marking a test or an example, the others the nouns
// of the slot it fills, maybe numbered, after a vendor's prefix. A generated body is no word; a
// word and a number (`test-123`, `admin_2024`) may be somebody's password.
const MARKER_WORD = 'test(?:ing)?|fake|dummy|mock|sample|example|demo|placeholder|stub|(?:in)?valid|bogus|foo|bar|baz';
const SLOT_WORD = `(?:${MARKER_WORD}|api|key|token|secret|password|pass|value|string|id)\\d{0,6}`;
const STAND_IN_WORDS = new RegExp(`^(?:[a-z0-9]{1,8}[-_])?(?=(?:[a-z0-9]+[-_])*(?:${MARKER_WORD})(?:\\d|[-_]|$))(?:${SLOT_WORD}[-_])+${SLOT_WORD}(?:[-_]\\d{1,6})?$`, 'i');
// The longest piece between a fake's - and _: a slot word and its digits (`placeholder123456`); the
// prefix is 8 at most and the number 6.
const LONGEST_SLOT_PIECE = 'placeholder'.length + 6;

/**
 * Every piece of `v` between its `-` and `_` is short enough to be one of a fake's words: where one
 * is not (a vendor token's generated body, 36 characters after `ghs_`), STAND_IN_WORDS cannot match,
 * and is not asked (it backtracks over each piece, on every token a vendor rule finds).
 */
export function piecesFitSlotWords(v: string): boolean {
  let piece = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 45 || c === 95) piece = 0;
    else if (++piece > LONGEST_SLOT_PIECE) return false;
  }
  return true;
}
// A value that says there is none, as the whole value: what a program falls back to when the
// variable is unset (`process.env.DB_PASSWORD || "not-set"`, `${TOKEN:-unset}`) or a slot left empty
// on purpose. Nobody's password is named for its own absence; `not-set-Xk2p` is not this.
const ABSENT = /^(?:none|null|nil|undefined|unset|missing|empty|n\/a|not[-_ ]?(?:set|configured|provided|specified|defined|available))$/i;
// A shell or template reference as the whole value, or where the value starts or ends.
// A backtick opens a command substitution only when it closes one too or a command's words follow
// (`` `etcdctl get x` ``); a lone one inside a literal (`'`123QWERasdf'`) is a character of it.
// Python's `%(name)s` and the `@name@` / `@@NAME@@` tokens a build (Maven, autoconf) replaces: as the whole value.
const REFERENCE = /^\$\$?[A-Za-z_]|^%[A-Za-z_]+%$|^`[^`]*(?:`$|\s)|`$|^@\{|^#\{|^%\([\w.-]{1,80}\)[sdr]$|^@@?[A-Za-z_][\w.-]{0,80}@@?$/;
// The slots a template language leaves in a value: ${name} (and Serverless's ${ssm:/path}, ${file(x):y}), {{ name }}, {% … %}, $(command),
// {} and {0} (format strings), <% … %>, printf's %s and %d. Their content is a name or an expression, never noise.
// (A named `{name}` is a slot only in an interpolated string, which the assignment rule knows.)
const TEMPLATE_SLOT = /\$\{[\w.:?|@ /()',-]{1,80}\}|\{\{[\w.:|()'" -]{1,80}\}\}|\{%[^%\r\n]{1,80}%\}|\$\([^()\r\n]{1,200}\)|\{\d{0,2}\}|<%[^%\r\n]{1,80}%>|%[sd]/g;
// A value cut at a blank that holds only the opening of a slot: `-p ${{ secrets.X }}` gives `${{`.
const CUT_SLOT = /^\$?\{\{?[\w. ]*$/;
const RANDOM_RUN = /[A-Za-z0-9+/_=-]{16,}/g;

/**
 * A value made of template slots and literal text around them. A value holding a slot but also
 * a long random run of its own (`{{ env }}-a8Fk2…`), or only a broken slot (`m{{h}o)p${e]nob(…`),
 * is a literal that happens to hold braces: a secret can.
 */
function looksTemplate(v: string): boolean {
  if (REFERENCE.test(v) || CUT_SLOT.test(v)) return true;
  const literal = v.replace(TEMPLATE_SLOT, ' ');
  if (literal === v) return false;
  if (literal.includes('{{') || literal.includes('${')) return false;
  for (const run of literal.match(RANDOM_RUN) ?? []) {
    if (shannonEntropy(run) >= 3.5 && /\d/.test(run) && /[A-Za-z]/.test(run)) return false;
  }
  return true;
}

/**
 * Each placeholder expression and characters it cannot match without: a mask's x, X, *, ., …,
 * •, _, 0 or #, a bracket; every example word holds one of y h d p t k; a constant's name an _;
 * a template or reference one of $ { % ` @ # <; a fake's words are joined by - or _; every word of absence holds an n or a y.
 */
export const placeholderExpressions: readonly CharNeeds[] = [
  { pattern: STAND_IN, needs: 'xX*.…•_0#<[{(>' },
  { pattern: EXAMPLE_WORDS, needs: 'yYhHdDpPtTkK' },
  { pattern: CONSTANT_NAME, needs: '_' },
  { pattern: REFERENCE, needs: '$%`@#{<' },
  { pattern: STAND_IN_WORDS, needs: '-_' },
  { pattern: ABSENT, needs: 'nNyY' },
];
const PLACEHOLDER_CHARS = new CharPrefilter(placeholderExpressions);
