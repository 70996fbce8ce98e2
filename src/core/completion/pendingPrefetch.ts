// The prefetch asked after an accept, while it runs. The user often presses Enter (and VS Code
// indents) before it answers: a request for that text would abort the prefetch and start over,
// so it waits for the prefetch instead, whose answer, cached, covers the typed line break and
// indentation when it predicted them ("\n    return x"). Typed whitespace tells the model nothing
// the prefetch's prompt did not; a typed character with content does, and asks anew.
import type { DocumentSnapshot } from '../documentSnapshot';

/** Characters compared on each side of the cursor to know the text is the same around it. */
const PREFIX_CHARS = 2_000;
const SUFFIX_CHARS = 500;
/** Typed since the prefetch: more whitespace than any indentation is not a line break and its indent. */
const MAX_TYPED_AHEAD = 80;

interface Pending {
  readonly before: string;
  readonly after: string;
  readonly offset: number;
  readonly done: Promise<unknown>;
}

export class PendingPrefetches {
  private readonly byUri = new Map<string, Pending>();

  /** A prefetch for `doc` (cursor already snapped) that settles with `done`. */
  add(doc: DocumentSnapshot, done: Promise<unknown>): void {
    const pending: Pending = { ...around(doc), offset: doc.offset, done };
    this.byUri.set(doc.uri, pending);
    const forget = () => {
      if (this.byUri.get(doc.uri) === pending) this.byUri.delete(doc.uri);
    };
    void done.then(forget, forget);
  }

  /** The running prefetch that `doc` is the same text as, plus whitespace typed at its cursor. */
  typedAhead(doc: DocumentSnapshot): Promise<unknown> | undefined {
    const pending = this.byUri.get(doc.uri);
    if (!pending) return undefined;
    const typed = doc.offset - pending.offset;
    if (typed <= 0 || typed > MAX_TYPED_AHEAD || doc.text.slice(pending.offset, doc.offset).trim() !== '') return undefined;
    const now = around(doc, pending.offset);
    return now.before === pending.before && now.after === pending.after ? pending.done : undefined;
  }

  clear(): void {
    this.byUri.clear();
  }
}

// The text before `from` (the prefetch's cursor) and after the cursor: typing inserts between them.
function around(doc: DocumentSnapshot, from = doc.offset): { before: string; after: string } {
  return {
    before: doc.text.slice(Math.max(0, from - PREFIX_CHARS), from),
    after: doc.text.slice(doc.offset, doc.offset + SUFFIX_CHARS),
  };
}

/** Waits for `done`; false when `signal` aborted first. */
export async function settledUnlessAborted(done: Promise<unknown>, signal: AbortSignal | undefined): Promise<boolean> {
  if (!signal) {
    await done;
    return true;
  }
  if (signal.aborted) return false;
  let onAbort!: () => void;
  const aborted = new Promise<false>((resolve) => {
    onAbort = () => resolve(false);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([done.then(() => true as const), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
