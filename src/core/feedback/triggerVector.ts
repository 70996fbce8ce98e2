// Trigger features turned into the numbers the model weighs: a fixed layout of named slots, so
// the shipped prior (triggerPrior.ts) and a persisted model state refer to the same positions.
import type { TriggerFeatures } from './feedbackEvents';

export const CHAR_CLASSES = ['(', '[', '{', ')', ']', '}', ';', ',', '.', ':', '=', 'operator', 'quote', 'letter', 'digit', 'space', 'newline', 'other'] as const;
export type CharClass = (typeof CHAR_CLASSES)[number];

export const LANGUAGE_GROUPS = ['prose', 'style', 'data', 'compiled'] as const;
export type LanguageGroup = (typeof LANGUAGE_GROUPS)[number];

/** Groups of slots that an ablation can switch off together (bench:trigger --ablate). */
export const FEATURE_GROUPS = ['charBefore', 'lastNonSpace', 'suffix', 'column', 'typing', 'lastOutcome', 'sinceOutcome', 'position', 'comment', 'string', 'language'] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

/** Below this many ms since the previous keystroke, typing counts as fast. */
export const FAST_TYPING_MS = 150;
const LANGUAGE_BUCKETS = 16;
/** log(1 + 20): a cursor 20 columns in scores the column slot 0. */
const TYPICAL_LOG_COLUMN = Math.log1p(20);

function slotLayout() {
  let next = 0;
  const one = () => next++;
  const each = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, next++])) as Record<K, number>;
  const layout = {
    bias: one(),
    before: each(CHAR_CLASSES),
    /** Only when the character before the cursor is blank: what the code before the blank ends with. */
    lastNonSpace: each(CHAR_CLASSES),
    lineEnd: one(),
    closersAfter: one(),
    column: one(),
    fastMidWord: one(),
    fastKeys: one(),
    lastAccepted: one(),
    lastRejected: one(),
    sinceOutcome: one(),
    position: one(),
    inComment: one(),
    inString: one(),
    languageGroup: each(LANGUAGE_GROUPS),
    languageBucket: next,
    size: 0,
  };
  next += LANGUAGE_BUCKETS;
  layout.size = next;
  return layout;
}

export const SLOTS = slotLayout();
export const VECTOR_SIZE = SLOTS.size;
/** Names the layout, so a persisted state from another layout is recognised and dropped. */
export const LAYOUT_ID = `trigger-v2-${VECTOR_SIZE}`;

export function charClass(ch: string): CharClass {
  if (ch === '' || ch === '\n' || ch === '\r') return 'newline';
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || ch === '_' || ch === '$') return 'letter';
    if (code >= 48 && code <= 57) return 'digit';
    if (ch === ' ' || ch === '\t') return 'space';
    switch (ch) {
      case '(': case '[': case '{': case ')': case ']': case '}': case ';': case ',': case '.': case ':': case '=':
        return ch;
      case '"': case "'": case '`':
        return 'quote';
      case '+': case '-': case '*': case '/': case '%': case '&': case '|': case '^': case '!': case '?': case '~': case '<': case '>':
        return 'operator';
      default:
        return 'other';
    }
  }
  if (/\s/.test(ch)) return 'space';
  return /\p{L}/u.test(ch) ? 'letter' : 'other';
}

const GROUP_OF: Record<string, LanguageGroup> = {
  markdown: 'prose', plaintext: 'prose', restructuredtext: 'prose', latex: 'prose', asciidoc: 'prose', 'git-commit': 'prose',
  css: 'style', scss: 'style', less: 'style', sass: 'style',
  json: 'data', jsonc: 'data', yaml: 'data', toml: 'data', xml: 'data', csv: 'data', ini: 'data',
  c: 'compiled', cpp: 'compiled', java: 'compiled', csharp: 'compiled', go: 'compiled', php: 'compiled', kotlin: 'compiled', swift: 'compiled',
};

export function languageGroup(language: string): LanguageGroup | undefined {
  return GROUP_OF[language];
}

function languageBucket(language: string): number {
  // FNV-1a: stable across sessions, so a persisted model reads today's languages as yesterday's.
  let h = 0x811c9dc5;
  for (let i = 0; i < language.length; i++) h = Math.imul(h ^ language.charCodeAt(i), 0x01000193);
  return (h >>> 0) % LANGUAGE_BUCKETS;
}

function isWordClass(c: CharClass): boolean {
  return c === 'letter' || c === 'digit';
}

/**
 * Writes `f` into `out` (zeroed first) and returns it. A field a log does not carry stays 0, so
 * it neither helps nor hurts; `off` zeroes whole groups for an ablation.
 */
export function encodeTriggerFeatures(f: TriggerFeatures, out: Float64Array, off?: ReadonlySet<FeatureGroup>): Float64Array {
  out.fill(0);
  const on = (group: FeatureGroup) => off === undefined || !off.has(group);
  out[SLOTS.bias] = 1;
  const before = charClass(f.charBefore);
  if (on('charBefore')) out[SLOTS.before[before]] = 1;
  if (on('lastNonSpace') && (before === 'space' || before === 'newline') && f.lastNonSpace) {
    const c = charClass(f.lastNonSpace);
    if (c !== 'space' && c !== 'newline') out[SLOTS.lastNonSpace[c]] = 1;
  }
  if (on('suffix')) {
    const kind = f.suffixKind ?? (f.atLineEnd ? 'empty' : 'code');
    if (kind === 'empty') out[SLOTS.lineEnd] = 1;
    else if (kind === 'closers') out[SLOTS.closersAfter] = 1;
  }
  // Centred on a typical column, so the weight's uncertainty is about the line's length, not the base rate.
  if (on('column')) out[SLOTS.column] = Math.log1p(f.column) - TYPICAL_LOG_COLUMN;
  if (on('typing') && isWordClass(before)) {
    if (f.msSinceKeystroke < FAST_TYPING_MS) out[SLOTS.fastMidWord] = 1;
    if (f.keyIntervalMs !== undefined && f.keyIntervalMs < FAST_TYPING_MS) out[SLOTS.fastKeys] = 1;
  }
  if (on('lastOutcome')) {
    if (f.lastOutcome === 'accepted') out[SLOTS.lastAccepted] = 1;
    else if (f.lastOutcome === 'rejected') out[SLOTS.lastRejected] = 1;
  }
  // Centred at 30 s, so a log without the field reads as an ordinary gap.
  if (on('sinceOutcome') && f.msSinceOutcome !== undefined) out[SLOTS.sinceOutcome] = Math.log1p(f.msSinceOutcome / 1000) - Math.log1p(30);
  if (on('position')) out[SLOTS.position] = f.relativePosition;
  if (on('comment') && f.inComment) out[SLOTS.inComment] = 1;
  if (on('string') && f.inString) out[SLOTS.inString] = 1;
  if (on('language')) {
    const group = languageGroup(f.language);
    if (group) out[SLOTS.languageGroup[group]] = 1;
    out[SLOTS.languageBucket + languageBucket(f.language)] = 1;
  }
  return out;
}
