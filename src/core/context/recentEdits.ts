// The user's own recent edits as a context source: what they just wrote elsewhere is often
// what they are about to write again. The editor shell feeds every document change in.
import type { DocumentSnapshot } from '../documentSnapshot';
import type { DocumentChange } from '../syntax/textEdits';
import type { ContextRetriever } from './contextRetriever';
import type { ContextCandidate } from './contextTypes';
import { LineIndex } from './lineIndex';

export interface RecentEdit {
  readonly uri: string;
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
  /** The edited lines (with a little context) as they were right after the edit. */
  readonly text: string;
  readonly at: number;
}

const CONTEXT_LINES = 2;
const MAX_EDIT_LINES = 20;

export class RecentEditTracker {
  private edits: RecentEdit[] = [];

  constructor(
    private readonly maxAgeMs = 5 * 60_000,
    private readonly maxEdits = 30,
  ) {}

  /** Records the changes that produced `doc` (the document as it is after them). */
  record(doc: DocumentSnapshot, changes: readonly DocumentChange[], now = Date.now()): void {
    if (changes.length === 0) return;
    const lines = LineIndex.of(doc.text);
    for (const change of changes) {
      const first = lines.lineAt(Math.min(change.rangeOffset, doc.text.length));
      const last = lines.lineAt(Math.min(change.rangeOffset + change.text.length, doc.text.length));
      let startLine = Math.max(0, first - CONTEXT_LINES);
      let endLine = Math.min(lines.lineCount - 1, last + CONTEXT_LINES, startLine + MAX_EDIT_LINES - 1);
      // Typing on: one entry grows instead of thirty near-copies.
      const previous = this.edits.find((e) => e.uri === doc.uri && e.startLine <= endLine + 1 && startLine <= e.endLine + 1);
      if (previous) {
        startLine = Math.max(Math.min(startLine, previous.startLine), endLine - MAX_EDIT_LINES + 1);
        endLine = Math.min(Math.max(endLine, previous.endLine), startLine + MAX_EDIT_LINES - 1, lines.lineCount - 1);
        this.edits = this.edits.filter((e) => e !== previous);
      }
      const text = lines.lines(startLine, endLine);
      if (text.trim()) this.edits.unshift({ uri: doc.uri, path: doc.relativePath, startLine, endLine, text, at: now });
    }
    this.prune(now);
  }

  /** Edits within the age limit, newest first. */
  recent(now = Date.now()): readonly RecentEdit[] {
    this.prune(now);
    return this.edits;
  }

  /** Paths edited recently, newest first (for similar-code search over recently edited files). */
  recentPaths(now = Date.now()): string[] {
    return [...new Set(this.recent(now).map((e) => e.path))];
  }

  forgetDocument(uri: string): void {
    this.edits = this.edits.filter((e) => e.uri !== uri);
  }

  private prune(now: number): void {
    this.edits = this.edits.filter((e) => now - e.at <= this.maxAgeMs).slice(0, this.maxEdits);
  }
}

/** Recent edits as candidates, newest first, leaving out those the prompt shows (lines `first..last` of the current document). */
export function recentEditCandidates(
  edits: readonly RecentEdit[],
  current: { uri: string; first: number; last: number },
  now = Date.now(),
  limit = 8,
): ContextCandidate[] {
  return edits
    .filter((e) => e.uri !== current.uri || e.endLine < current.first || e.startLine > current.last)
    .slice(0, limit)
    .map((e, i) => ({
      path: e.path,
      text: e.text,
      source: 'recentEdits' as const,
      sourceScore: 1 / (1 + i),
      startLine: e.startLine,
      endLine: e.endLine,
      reason: `edited ${Math.round((now - e.at) / 1000)} s ago`,
    }));
}

/** The user's recent edits as a context source, newest first. */
export function recentEditsRetriever(tracker: RecentEditTracker): ContextRetriever {
  return {
    name: 'recentEdits',
    weight: 0.8,
    retrieve: (signal) => recentEditCandidates(tracker.recent(signal.now), { uri: signal.document.uri, ...signal.visibleLines }, signal.now),
  };
}
