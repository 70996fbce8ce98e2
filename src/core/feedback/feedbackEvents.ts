// The feedback log's event schema (version 1): one discriminated union keyed on `kind`,
// validated on write and on read so a bad producer or a damaged file never poisons the log.
import { randomUUID } from 'node:crypto';

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
// A table per kind, so adding a field is one line; unknown fields are refused, so no text
// slips into the log through a field the privacy filter does not know.

type Check = (value: unknown) => boolean;
interface Field {
  readonly check: Check;
  readonly optional?: boolean;
}

const isString: Check = (x) => typeof x === 'string';
const isNonEmpty: Check = (x) => typeof x === 'string' && x.length > 0;
const isCount: Check = (x) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isDuration: Check = (x) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isShare: Check = (x) => typeof x === 'number' && x >= 0 && x <= 1;
const isBool: Check = (x) => typeof x === 'boolean';
const oneOf =
  (...values: readonly unknown[]): Check =>
  (x) =>
    values.includes(x);

const req = (check: Check): Field => ({ check });
const opt = (check: Check): Field => ({ check, optional: true });

function objectOf(fields: Record<string, Field>): Check {
  return (x) => describeMismatch(x, fields) === undefined;
}

const textFields: Record<string, Field> = {
  prefix: opt(isString),
  suffix: opt(isString),
  completion: opt(isString),
  final: opt(isString),
};
const featureFields: Record<string, Field> = {
  language: req(isString),
  column: req(isCount),
  atLineEnd: req(isBool),
  charBefore: req((x) => typeof x === 'string' && x.length <= 2),
  msSinceKeystroke: req(isDuration),
  lastOutcome: req(oneOf('accepted', 'rejected', 'none')),
  documentLength: req(isCount),
  relativePosition: req(isShare),
  lastNonSpace: opt((x) => typeof x === 'string' && x.length <= 2),
  suffixKind: opt(oneOf('empty', 'closers', 'code')),
  inComment: opt(isBool),
  inString: opt(isBool),
  keyIntervalMs: opt(isDuration),
  msSinceOutcome: opt(isDuration),
};

const base: Record<string, Field> = {
  v: req(oneOf(FEEDBACK_SCHEMA_VERSION)),
  id: req(isNonEmpty),
  ts: req((x) => isDuration(x) && Number.isInteger(x)),
  kind: req(isString),
  suggestionId: req(isNonEmpty),
  language: opt(isString),
  model: opt(isString),
  provider: opt(isString),
  path: opt(isString),
};
const text = { text: opt(objectOf(textFields)) };
const metrics: Record<string, Field> = {
  ttftMs: opt(isDuration),
  totalMs: opt(isDuration),
  promptChars: opt(isCount),
  promptTokens: opt(isCount),
  completionChars: opt(isCount),
  multiline: opt(isBool),
};
const retention: Record<string, Field> = {
  atSec: req(oneOf(...RETENTION_INTERVALS_SEC)),
  distance: req(isShare),
  removed: opt(isBool),
  ...text,
};
const review: Record<string, Field> = { origin: req(oneOf(...REVIEW_ORIGINS)), action: req(isNonEmpty) };
const chatBlock: Record<string, Field> = { blockIndex: opt(isCount), completionChars: opt(isCount), ...text };

const schema: Record<FeedbackKind, Record<string, Field>> = {
  'completion.shown': { ...metrics, visibleMs: req(isDuration), ghostMs: opt(isDuration), features: opt(objectOf(featureFields)), ...text },
  'completion.accepted': { ...metrics, ...text },
  'completion.partiallyAccepted': { acceptedLength: req(isCount), completionChars: opt(isCount) },
  'completion.rejected': { reason: req(oneOf('escape', 'typedOver', 'replaced')) },
  'completion.retention': retention,
  'chat.thumbsUp': metrics,
  'chat.thumbsDown': metrics,
  'chat.regenerate': metrics,
  'chat.copy': chatBlock,
  'chat.insert': chatBlock,
  'chat.apply': chatBlock,
  'review.shown': { ...metrics, ...review, hunks: req(isCount), ...text },
  'review.accepted': { ...review, hunksAccepted: req(isCount), hunksTotal: req(isCount) },
  'review.rejected': { ...review, hunksTotal: opt(isCount), reason: opt(oneOf('rejected', 'stale')) },
  'review.retention': { ...retention, origin: opt(oneOf(...REVIEW_ORIGINS)), action: opt(isNonEmpty) },
  'model.call': {
    suggestionId: opt(isNonEmpty),
    purpose: req(oneOf('completion', 'chat', 'refactor', 'other')),
    outcome: req(oneOf('ok', 'aborted', 'error')),
    ttftMs: opt(isDuration),
    tpotMs: opt(isDuration),
    totalMs: req(isDuration),
    tokensIn: opt(isCount),
    tokensOut: opt(isCount),
    estimatedCostUsd: opt(isDuration),
    errorKind: opt(isString),
  },
};

export const FEEDBACK_KINDS = Object.keys(schema) as FeedbackKind[];

export function isFeedbackKind(kind: unknown): kind is FeedbackKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(schema, kind);
}

// Reading a year of log validates millions of events: each table is turned into a list and a
// set once, not on every call.
interface Shape {
  readonly entries: readonly (readonly [string, Field])[];
  readonly names: ReadonlySet<string>;
}
const shapes = new WeakMap<Record<string, Field>, Shape>();

function shapeOf(fields: Record<string, Field>): Shape {
  let shape = shapes.get(fields);
  if (!shape) {
    shape = { entries: Object.entries(fields), names: new Set(Object.keys(fields)) };
    shapes.set(fields, shape);
  }
  return shape;
}

function describeMismatch(value: unknown, fields: Record<string, Field>): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const record = value as Record<string, unknown>;
  const shape = shapeOf(fields);
  for (const [name, field] of shape.entries) {
    const v = record[name];
    if (v === undefined) {
      if (!field.optional) return `missing ${name}`;
    } else if (!field.check(v)) return `bad ${name}`;
  }
  for (const name in record) {
    if (!shape.names.has(name) && record[name] !== undefined) return `unknown field ${name}`;
  }
  return undefined;
}

/** Each kind's fields with the common ones, merged once. */
const fieldsOfKind = Object.fromEntries(Object.entries(schema).map(([kind, fields]) => [kind, { ...base, ...fields }])) as Record<FeedbackKind, Record<string, Field>>;

export type FeedbackValidation = { ok: true; event: FeedbackEvent } | { ok: false; error: string };

/** Checks a parsed value against the schema; the error names the first offending field. */
export function validateFeedbackEvent(value: unknown): FeedbackValidation {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'not an object' };
  const record = value as Record<string, unknown>;
  if (record.v !== FEEDBACK_SCHEMA_VERSION) return { ok: false, error: `unsupported version ${String(record.v)}` };
  if (typeof record.kind === 'string' && record.kind.startsWith('refactor.')) return validateFeedbackEvent(fromRefactorEvent(record));
  if (!isFeedbackKind(record.kind)) return { ok: false, error: `unknown kind ${String(record.kind)}` };
  const error = describeMismatch(value, fieldsOfKind[record.kind]);
  return error ? { ok: false, error: `${record.kind}: ${error}` } : { ok: true, event: value as FeedbackEvent };
}

/**
 * Logs written before chat and refactors shared one review recorded `refactor.*` events; they
 * are read as the review events they were, so a year of history keeps counting.
 */
function fromRefactorEvent(record: Record<string, unknown>): Record<string, unknown> {
  return { ...record, kind: `review.${(record.kind as string).slice('refactor.'.length)}`, origin: 'refactor' };
}
