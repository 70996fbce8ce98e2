// One completion request with the model taken out, for the benches that time the extension's
// own work: an in-process model that streams the file's real continuation at once, a clock
// that never sleeps, and deterministic cursor points in real code.
import type { CompletionClock } from '../../src/core/completion/completionClock';
import type { CompletionModel, StageTimings } from '../../src/core/completion/completionTypes';
import type { DocumentSnapshot } from '../../src/core/documentSnapshot';
import { fimTemplateById } from '../../src/core/models/fimTemplates';
import type { StreamChunk } from '../../src/core/models/modelTypes';
import type { BenchDocument } from './benchDocuments';

/** The model is out of the picture: it streams its text at once, 12 characters a chunk. */
export function instantModel(): CompletionModel & { next: string } {
  const model = {
    next: '',
    endpoint: { provider: 'ollama' as const, baseUrl: 'http://127.0.0.1:0', model: 'bench', contextLength: 8_192 },
    template: fimTemplateById('qwen'),
    async *stream(_prompt: unknown, signal: AbortSignal): AsyncIterable<StreamChunk> {
      for (let i = 0; i < model.next.length; i += 12) {
        if (signal.aborted) return;
        yield { text: model.next.slice(i, i + 12) };
      }
    },
  };
  return model;
}

export const benchClock: CompletionClock = {
  now: () => performance.now(),
  wallNow: () => Date.now(),
  sleep: async () => undefined,
};

// Deterministic cursor points, so runs compare.
function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

export interface Point {
  /** The cursor, and the end of its line: the rest of the line is removed from the document. */
  readonly offset: number;
  readonly lineEnd: number;
  /** What the model "writes": the real rest of the line and the lines after it. */
  readonly continuation: string;
}

/** The document as the editor would pass it: one flat string (not a rope of our slices). */
export function snapshotAt(doc: BenchDocument, point: Point, version: number): DocumentSnapshot {
  const text = doc.text.slice(0, point.offset) + doc.text.slice(point.lineEnd);
  text.charCodeAt(text.length >> 1); // V8 flattens a concatenation on first character access
  return { uri: `file:///bench/${doc.name}`, relativePath: `bench/${doc.name}`, languageId: doc.languageId, text, version, offset: point.offset };
}

/** A cursor inside a code line; the rest of that line is removed, and is what the model returns. */
export function pointsOf(doc: BenchDocument, count: number): Point[] {
  const random = seeded(doc.lines * 31 + doc.languageId.length);
  const starts: number[] = [0];
  for (let i = doc.text.indexOf('\n'); i !== -1; i = doc.text.indexOf('\n', i + 1)) starts.push(i + 1);
  const points: Point[] = [];
  for (let tries = 0; points.length < count && tries < count * 50; tries++) {
    const line = Math.floor(random() * starts.length);
    const start = starts[line]!;
    const end = line + 1 < starts.length ? starts[line + 1]! - 1 : doc.text.length;
    const code = doc.text.slice(start, end);
    if (code.trim().length < 8 || code.length > 400) continue;
    const indent = code.length - code.trimStart().length;
    const column = indent + Math.floor(random() * (code.length - indent));
    if (/[\w$]/.test(code[column] ?? '') && /[\w$]/.test(code[column - 1] ?? '')) continue; // not mid-word
    const offset = start + column;
    const after = doc.text.slice(offset, doc.text.indexOf('\n', end + 1) === -1 ? doc.text.length : nthNewline(doc.text, end, 6));
    points.push({ offset, lineEnd: end, continuation: after });
  }
  return points;
}

function nthNewline(text: string, from: number, n: number): number {
  let at = from;
  for (let i = 0; i < n; i++) {
    const next = text.indexOf('\n', at + 1);
    if (next === -1) return text.length;
    at = next;
  }
  return at;
}

/** Everything but the model: the stream's wall time is the model's, except our checks in it. */
export function ownTime(t: StageTimings): number {
  return (t.total ?? 0) - (t.debounce ?? 0) - (t.generate ?? 0) + (t.streamChecks ?? 0);
}
