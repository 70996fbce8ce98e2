// A parse too long for one request's time budget (a first parse of a 10k-line file takes 40–90 ms
// on a 2-core machine, more under load; an incremental one can run out of time too), done in
// short slices between other work. tree-sitter keeps a
// cancelled parse's state and resumes it when asked to parse the same text again, so no slice's
// work is lost and the host thread is never held for longer than a slice.
import type { Parser, Tree } from 'web-tree-sitter';
import type { Disposable } from '../disposable';

/** Longest a slice holds the thread: what a completion request may wait behind it. */
export const SLICE_MS = 4;

/**
 * Parses `text` with `parser` (which must be this job's own: a parse of anything else between
 * slices would resume this one) and calls `done` once with the tree, or with undefined when the
 * parser fails. With `oldTree` (an earlier version's tree, already edited to match `text`) the
 * parse is incremental. Disposing stops it without calling `done`; the parser and `oldTree` are
 * the job's and are deleted either way.
 */
export function parseInSlices(parser: Parser, text: string, done: (tree: Tree | undefined) => void, oldTree?: Tree): Disposable {
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  const finish = (): void => {
    finished = true;
    if (timer) clearTimeout(timer);
    parser.delete();
    oldTree?.delete();
  };
  const slice = (): void => {
    timer = undefined;
    const stopAt = performance.now() + SLICE_MS;
    let tree: Tree | null;
    try {
      // Returning true from the progress callback cancels (the types say void).
      tree = parser.parse(text, oldTree ?? null, { progressCallback: (() => performance.now() > stopAt) as unknown as () => void });
    } catch {
      finish();
      done(undefined);
      return;
    }
    if (!tree) {
      // Out of slice: let requests and events run, then resume where this one stopped.
      timer = setTimeout(slice, 0);
      timer.unref();
      return;
    }
    finish();
    done(tree);
  };
  timer = setTimeout(slice, 0);
  timer.unref();
  return { dispose: () => (finished ? undefined : finish()) };
}
