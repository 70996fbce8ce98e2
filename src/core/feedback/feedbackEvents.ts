// The feedback log's event schema (version 1): one discriminated union keyed on `kind`,
// validated on write and on read so a bad producer or a damaged file never poisons the log.
import { randomUUID } from 'node:crypto';
import {
  isBoolean,
  isCount,
  isNonEmptyString,
  isNonNegative,
  isShare,
  isString,
  literal,
  objectOf,
  optional,
  parse,
  taggedUnion,
  valueWhere,
  type Fields,
} from '../valueShape';

export const FEEDBACK_SCHEMA_VERSION = 1;

/** Seconds after acceptance at which retention is measured. */
export const RETENTION_INTERVALS_SEC = [30, 120, 300, 600] as const;
export type RetentionInterval = (typeof RETENTION_INTERVALS_SEC)[number];

export type RejectReason = 'escape' | 'typedOver' | 'replaced';
export type SuggestionOutcome = 'accepted' | 'rejected' | 'none';
export type ModelCallPurpose = 'completion' | 'chat' | 'refactor' | 'other';

/** Fields every event carries. `path` is workspace-relative, or a hash when the user asked. */
export interface FeedbackEventBase {
  readonly v: typeof FEEDBACK_SCHEMA_VERSION;
  /** This event's own id. */
  readonly id: string;
  /** Epoch milliseconds. */
  readonly ts: number;
  /** The suggestion (completion item, chat message, refactor proposal) the event is about. */
  readonly suggestionId: string;
  readonly language?: string;
  readonly model?: string;
  readonly provider?: string;
  readonly path?: string;
  /** The document was a notebook cell (`path` is then the notebook's): statistics split notebooks from files. */
  readonly notebook?: boolean;
  /**
   * The workspace the window that logged it had open (`workspaceIdOf`, a salted hash): `path` means something, and is
   * judged by ignore rules, only there. Absent on events logged before it existed.
   */
  readonly workspace?: string;
}

/** Text fields: kept only when flywheel.feedback.storeText is on (the sink strips them otherwise). */
export interface FeedbackText {
  readonly prefix?: string;
  readonly suffix?: string;
  readonly completion?: string;
  /** What the inserted range holds now (retention events). */
  readonly final?: string;
}

/** Inputs of the adaptive trigger, captured when the request was made. */
export interface TriggerFeatures {
  readonly language: string;
  /** Cursor column (UTF-16). */
  readonly column: number;
  /** Only whitespace after the cursor on its line. */
  readonly atLineEnd: boolean;
  /** The character just before the cursor ('' at the start of the document). */
  readonly charBefore: string;
  readonly msSinceKeystroke: number;
  /** Fate of the previous suggestion in this session. */
  readonly lastOutcome: SuggestionOutcome;
  readonly documentLength: number;
  /** Cursor offset ÷ document length. */
  readonly relativePosition: number;
  // Optional: logs written before these existed, or exported by other tools, lack them; the
  // trigger then reads only the fields above.
  /** The last character before the cursor that is not whitespace, looking back a few lines. */
  readonly lastNonSpace?: string;
  /** What follows the cursor on its line: nothing, only closing brackets/quotes/`;`/`,`, or code. */
  readonly suffixKind?: SuffixKind;
  /** The cursor is inside a comment (a line comment, or a line of a block comment). */
  readonly inComment?: boolean;
  /** The cursor is inside a string literal opened on its line. */
  readonly inString?: boolean;
  /** Interval between the last two edits of the document: the typing pace. */
  readonly keyIntervalMs?: number;
  /** Time since the previous suggestion's fate was known. */
  readonly msSinceOutcome?: number;
}

export type SuffixKind = 'empty' | 'closers' | 'code';

/** Latency and size of the reply that produced a suggestion. */
export interface SuggestionMetrics {
  readonly ttftMs?: number;
  readonly totalMs?: number;
  readonly promptChars?: number;
  readonly promptTokens?: number;
  readonly completionChars?: number;
  readonly multiline?: boolean;
}

export interface CompletionShown extends FeedbackEventBase, SuggestionMetrics {
  readonly kind: 'completion.shown';
  /** How long it had been visible when recorded (≥ the visibility threshold, unless accepted or dismissed sooner). */
  readonly visibleMs: number;
  /** From the keystroke to the ghost text on screen (as the extension host sees both): what the user waited. */
  readonly ghostMs?: number;
  readonly features?: TriggerFeatures;
  readonly text?: FeedbackText;
}
export interface CompletionAccepted extends FeedbackEventBase, SuggestionMetrics {
  readonly kind: 'completion.accepted';
  readonly text?: FeedbackText;
}
export interface CompletionPartiallyAccepted extends FeedbackEventBase {
  readonly kind: 'completion.partiallyAccepted';
  readonly acceptedLength: number;
  readonly completionChars?: number;
}
export interface CompletionRejected extends FeedbackEventBase {
  readonly kind: 'completion.rejected';
  readonly reason: RejectReason;
}
/** Normalized edit distance between what was inserted and what is there now (0 kept, 1 gone). */
export interface RetentionFields {
  readonly atSec: RetentionInterval;
  readonly distance: number;
  /** The tracked range was deleted entirely. */
  readonly removed?: boolean;
  readonly text?: FeedbackText;
}
export interface CompletionRetention extends FeedbackEventBase, RetentionFields {
  readonly kind: 'completion.retention';
}

export interface ChatFeedback extends FeedbackEventBase, SuggestionMetrics {
  readonly kind: 'chat.thumbsUp' | 'chat.thumbsDown' | 'chat.regenerate';
}
export interface ChatCodeBlockAction extends FeedbackEventBase {
  readonly kind: 'chat.copy' | 'chat.insert' | 'chat.apply';
  readonly blockIndex?: number;
  readonly completionChars?: number;
  readonly text?: FeedbackText;
}

/** Where a proposed edit came from: chat's Apply, a refactor action (later: edit suggestions). */
export type ReviewOrigin = 'chat' | 'refactor';
export const REVIEW_ORIGINS: readonly ReviewOrigin[] = ['chat', 'refactor'];

/** A proposed edit under review: every origin records the same events. */
interface ReviewFields {
  readonly origin: ReviewOrigin;
  /** The refactor action ("document", "fix", …) or "apply" for chat. */
  readonly action: string;
}
export interface ReviewShown extends FeedbackEventBase, Partial<SuggestionMetrics>, ReviewFields {
  readonly kind: 'review.shown';
  readonly completionChars?: number;
  readonly hunks: number;
  readonly text?: FeedbackText;
}
/** Some or all hunks were kept and written. */
export interface ReviewAccepted extends FeedbackEventBase, ReviewFields {
  readonly kind: 'review.accepted';
  readonly hunksAccepted: number;
  readonly hunksTotal: number;
}
/** Nothing was written: every hunk discarded, the review closed, or the document changed under it. */
export interface ReviewRejected extends FeedbackEventBase, ReviewFields {
  readonly kind: 'review.rejected';
  readonly hunksTotal?: number;
  readonly reason?: 'rejected' | 'stale';
}
export interface ReviewRetention extends FeedbackEventBase, RetentionFields {
  readonly kind: 'review.retention';
  readonly origin?: ReviewOrigin;
  readonly action?: string;
}

/** One model request's cost and speed, recorded by the model gateway. */
export interface ModelCall extends Omit<FeedbackEventBase, 'suggestionId'> {
  readonly kind: 'model.call';
  /** The suggestion the call served, when the caller knows it. */
  readonly suggestionId?: string;
  readonly purpose: ModelCallPurpose;
  readonly outcome: 'ok' | 'aborted' | 'error';
  readonly ttftMs?: number;
  /** Mean time per output token after the first. */
  readonly tpotMs?: number;
  readonly totalMs: number;
  readonly tokensIn?: number;
  readonly tokensOut?: number;
  readonly estimatedCostUsd?: number;
  /** A short error class ("timeout", "http_500"), never a message with user text. */
  readonly errorKind?: string;
}

export type FeedbackEvent =
  | CompletionShown
  | CompletionAccepted
  | CompletionPartiallyAccepted
  | CompletionRejected
  | CompletionRetention
  | ChatFeedback
  | ChatCodeBlockAction
  | ReviewShown
  | ReviewAccepted
  | ReviewRejected
  | ReviewRetention
  | ModelCall;

export type FeedbackKind = FeedbackEvent['kind'];
export type FeedbackEventOf<K extends FeedbackKind> = Extract<FeedbackEvent, { kind: K }>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What producers hand to a sink: `v`, `id` and `ts` are stamped when missing. */
export type FeedbackEventInput = DistributiveOmit<FeedbackEvent, 'v' | 'id' | 'ts'> & {
  readonly id?: string;
  readonly ts?: number;
};

/** Where producers send events; implementations never throw into the caller. */
export interface FeedbackSink {
  record(event: FeedbackEventInput): void;
}

/** A sink that drops everything (feedback off, tests). */
export const nullFeedbackSink: FeedbackSink = { record() {} };

/** A fresh id for a suggestion or an event. */
export function newFeedbackId(): string {
  return randomUUID();
}

export function stampFeedbackEvent(input: FeedbackEventInput, now: number = Date.now()): FeedbackEvent {
  return { ...input, v: FEEDBACK_SCHEMA_VERSION, id: input.id ?? randomUUID(), ts: input.ts ?? now } as FeedbackEvent;
}

// ---- validation ------------------------------------------------------------------------
// A table per kind, so adding a field is one line. Fields the table does not know are dropped
// (the shared rule of valueShape): the sink writes the cleaned copy, so no text slips into the
// log through a field the privacy filter does not know.

const charOrPair = valueWhere((x): x is string => typeof x === 'string' && x.length <= 2);

const textShape = objectOf({
  prefix: optional(isString),
  suffix: optional(isString),
  completion: optional(isString),
  final: optional(isString),
});
const featuresShape = objectOf({
  language: isString,
  column: isCount,
  atLineEnd: isBoolean,
  charBefore: charOrPair,
  msSinceKeystroke: isNonNegative,
  lastOutcome: literal('accepted', 'rejected', 'none'),
  documentLength: isCount,
  relativePosition: isShare,
  lastNonSpace: optional(charOrPair),
  suffixKind: optional(literal('empty', 'closers', 'code')),
  inComment: optional(isBoolean),
  inString: optional(isBoolean),
  keyIntervalMs: optional(isNonNegative),
  msSinceOutcome: optional(isNonNegative),
});

const base: Fields = {
  v: literal(FEEDBACK_SCHEMA_VERSION),
  id: isNonEmptyString,
  ts: valueWhere((x): x is number => Number.isInteger(x) && (x as number) >= 0),
  suggestionId: isNonEmptyString,
  language: optional(isString),
  model: optional(isString),
  provider: optional(isString),
  path: optional(isString),
  notebook: optional(isBoolean),
  workspace: optional(isNonEmptyString),
};
const text: Fields = { text: optional(textShape) };
const metrics: Fields = {
  ttftMs: optional(isNonNegative),
  totalMs: optional(isNonNegative),
  promptChars: optional(isCount),
  promptTokens: optional(isCount),
  completionChars: optional(isCount),
  multiline: optional(isBoolean),
};
const retention: Fields = {
  atSec: literal(...RETENTION_INTERVALS_SEC),
  distance: isShare,
  removed: optional(isBoolean),
  ...text,
};
const review: Fields = { origin: literal(...REVIEW_ORIGINS), action: isNonEmptyString };
const chatBlock: Fields = { blockIndex: optional(isCount), completionChars: optional(isCount), ...text };

const schema: Record<FeedbackKind, Fields> = {
  'completion.shown': { ...metrics, visibleMs: isNonNegative, ghostMs: optional(isNonNegative), features: optional(featuresShape), ...text },
  'completion.accepted': { ...metrics, ...text },
  'completion.partiallyAccepted': { acceptedLength: isCount, completionChars: optional(isCount) },
  'completion.rejected': { reason: literal('escape', 'typedOver', 'replaced') },
  'completion.retention': retention,
  'chat.thumbsUp': metrics,
  'chat.thumbsDown': metrics,
  'chat.regenerate': metrics,
  'chat.copy': chatBlock,
  'chat.insert': chatBlock,
  'chat.apply': chatBlock,
  'review.shown': { ...metrics, ...review, hunks: isCount, ...text },
  'review.accepted': { ...review, hunksAccepted: isCount, hunksTotal: isCount },
  'review.rejected': { ...review, hunksTotal: optional(isCount), reason: optional(literal('rejected', 'stale')) },
  'review.retention': { ...retention, origin: optional(literal(...REVIEW_ORIGINS)), action: optional(isNonEmptyString) },
  'model.call': {
    suggestionId: optional(isNonEmptyString),
    purpose: literal('completion', 'chat', 'refactor', 'other'),
    outcome: literal('ok', 'aborted', 'error'),
    ttftMs: optional(isNonNegative),
    tpotMs: optional(isNonNegative),
    totalMs: isNonNegative,
    tokensIn: optional(isCount),
    tokensOut: optional(isCount),
    estimatedCostUsd: optional(isNonNegative),
    errorKind: optional(isString),
  },
};

export const FEEDBACK_KINDS = Object.keys(schema) as FeedbackKind[];

export function isFeedbackKind(kind: unknown): kind is FeedbackKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(schema, kind);
}

/** Each kind's fields with the common ones (a kind's own entry wins: model.call's optional suggestionId). */
const eventShape = taggedUnion<FeedbackEvent>(
  'kind',
  Object.fromEntries(Object.entries(schema).map(([kind, fields]) => [kind, { ...base, ...fields }])),
);

export type FeedbackValidation = { ok: true; event: FeedbackEvent } | { ok: false; error: string };

/**
 * Checks a parsed value against the schema: the event without fields the schema does not know,
 * or an error naming the first offending field.
 */
export function validateFeedbackEvent(value: unknown): FeedbackValidation {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'not an object' };
  const record = value as Record<string, unknown>;
  if (record.v !== FEEDBACK_SCHEMA_VERSION) return { ok: false, error: `unsupported version ${String(record.v)}` };
  if (typeof record.kind === 'string' && record.kind.startsWith('refactor.')) return validateFeedbackEvent(fromRefactorEvent(record));
  const result = parse(eventShape, value);
  return result.ok ? { ok: true, event: result.value } : { ok: false, error: result.error };
}

/**
 * Logs written before chat and refactors shared one review recorded `refactor.*` events; they
 * are read as the review events they were, so a year of history keeps counting.
 */
function fromRefactorEvent(record: Record<string, unknown>): Record<string, unknown> {
  return { ...record, kind: `review.${(record.kind as string).slice('refactor.'.length)}`, origin: 'refactor' };
}
