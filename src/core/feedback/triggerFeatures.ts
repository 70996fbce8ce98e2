// The adaptive trigger's view of a moment: plain facts about the cursor, turned into numbers.
import type { DocumentSnapshot } from '../documentSnapshot';
import type { SuggestionOutcome, TriggerFeatures } from './feedbackEvents';

export interface TriggerContext {
  readonly msSinceKeystroke: number;
  readonly lastOutcome: SuggestionOutcome;
}

export function computeTriggerFeatures(doc: DocumentSnapshot, context: TriggerContext): TriggerFeatures {
  const { text, offset } = doc;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  return {
    language: doc.languageId,
    column: offset - lineStart,
    atLineEnd: text.slice(offset, lineEnd).trim() === '',
    charBefore: offset > 0 ? text[offset - 1] : '',
    msSinceKeystroke: Math.max(0, Math.round(context.msSinceKeystroke)),
    lastOutcome: context.lastOutcome,
    documentLength: text.length,
    relativePosition: text.length > 0 ? offset / text.length : 0,
  };
}

const CHAR_CLASSES = ['none', 'newline', 'space', 'letter', 'digit', 'open', 'close', 'dot', 'quote', 'operator', 'separator', 'other'] as const;

function charClass(ch: string): (typeof CHAR_CLASSES)[number] {
  if (ch === '') return 'none';
  if (ch === '\n' || ch === '\r') return 'newline';
  if (/\s/.test(ch)) return 'space';
  if (/\p{L}|_|\$/u.test(ch)) return 'letter';
  if (/\d/.test(ch)) return 'digit';
  if ('([{<'.includes(ch)) return 'open';
  if (')]}>'.includes(ch)) return 'close';
  if (ch === '.') return 'dot';
  if ('\'"`'.includes(ch)) return 'quote';
  if ('=+-*/%&|^!?~'.includes(ch)) return 'operator';
  if (',;:'.includes(ch)) return 'separator';
  return 'other';
}

const LANGUAGE_BUCKETS = 16;
const OUTCOMES = ['accepted', 'rejected', 'none'] as const;
const KEYSTROKE_BUCKETS_MS = [50, 150, 400, 1000];

/** Length of the vector `featureVector` returns (the model adds its own bias). */
export const FEATURE_COUNT = LANGUAGE_BUCKETS + CHAR_CLASSES.length + 3 + 1 + KEYSTROKE_BUCKETS_MS.length + 2 + OUTCOMES.length + 2;

function languageBucket(language: string): number {
  // FNV-1a: a stable hash, so a model trained yesterday reads today's languages the same way.
  let h = 0x811c9dc5;
  for (let i = 0; i < language.length; i++) h = Math.imul(h ^ language.charCodeAt(i), 0x01000193);
  return (h >>> 0) % LANGUAGE_BUCKETS;
}

export function featureVector(f: TriggerFeatures): Float64Array {
  const x = new Float64Array(FEATURE_COUNT);
  let i = 0;
  x[i + languageBucket(f.language)] = 1;
  i += LANGUAGE_BUCKETS;
  x[i + CHAR_CLASSES.indexOf(charClass(f.charBefore))] = 1;
  i += CHAR_CLASSES.length;
  x[i++] = Math.log1p(f.column) / 5;
  x[i++] = f.column === 0 ? 1 : 0;
  x[i++] = f.column > 100 ? 1 : 0;
  x[i++] = f.atLineEnd ? 1 : 0;
  let bucket = KEYSTROKE_BUCKETS_MS.findIndex((limit) => f.msSinceKeystroke < limit);
  if (bucket < 0) bucket = KEYSTROKE_BUCKETS_MS.length - 1;
  x[i + bucket] = 1;
  i += KEYSTROKE_BUCKETS_MS.length;
  x[i++] = Math.log1p(f.msSinceKeystroke) / 8;
  x[i++] = Math.log1p(f.documentLength) / 12;
  x[i + OUTCOMES.indexOf(f.lastOutcome)] = 1;
  i += OUTCOMES.length;
  x[i++] = f.relativePosition;
  x[i++] = f.relativePosition > 0.95 ? 1 : 0;
  return x;
}
