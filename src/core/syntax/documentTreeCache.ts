// Parse trees of open documents, kept per URI and brought forward incrementally: the old tree
// is copied, edited and handed to the parser, so unchanged subtrees are reused.
import TreeSitter = require('web-tree-sitter'); // CommonJS build, see syntaxService.ts
import type { Tree } from 'web-tree-sitter';
import type { Disposable } from '../disposable';
import { applyChange, diffChange } from './textEdits';
import type { DocumentChange } from './textEdits';
import type { ParseOptions } from './syntaxService';

/** What the cache needs from the service: a synchronous, time-boxed parse, and one in slices. */
export interface TreeParser {
  parseSync(languageId: string, text: string, options?: ParseOptions): Tree | undefined;
  /**
   * Parses in short slices between other work (see slicedParse.ts), incrementally from `oldTree`
   * when given (the job's: deleted when it ends); undefined when it cannot.
   */
  parseInBackground(languageId: string, text: string, done: (tree: Tree | undefined) => void, oldTree?: Tree): Disposable | undefined;
  readonly defaultTimeoutMs: number;
}

/** A parse going on in slices, of the text the document had when it began. */
interface PendingParse {
  readonly text: string;
  job?: Disposable;
}

interface Entry {
  languageId: string;
  version: number;
  text: string;
  tree: Tree | undefined;
  /** Set while a parse too long for one request goes on between requests. */
  pending?: PendingParse;
  /** Sliced parses that failed in a row (the parser threw), and when parsing may be tried again. */
  failures?: number;
  retryAt?: number;
}

/**
 * After a parse in slices fails (the parser threw: a grammar's bug, memory), the document is
 * not parsed again for this long, doubling with each failure in a row: each try costs a
 * request's whole parse budget first.
 */
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 60_000;

// Trees handed out stay valid for this many later replacements, so a caller that awaits
// between getting a tree and reading it does not touch freed wasm memory.
const RETIRE_GRACE = 16;

export class DocumentTreeCache implements Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly retired: Tree[] = [];

  constructor(
    private readonly parser: TreeParser,
    private readonly maxDocuments: number,
    private readonly now: () => number = Date.now,
  ) {}

  peek(uri: string, version: number): Tree | undefined {
    const entry = this.entries.get(uri);
    return entry && entry.version === version ? entry.tree : undefined;
  }

  update(uri: string, languageId: string, version: number, text: string, changes?: readonly DocumentChange[]): Tree | undefined {
    const entry = this.entries.get(uri);
    if (entry && entry.version === version && entry.languageId === languageId && entry.text.length === text.length) {
      this.touch(uri, entry);
      return entry.tree;
    }
    const sameLanguage = entry?.languageId === languageId;
    if (sameLanguage && (entry.pending || (entry.retryAt ?? 0) > this.now())) {
      // No tree until the sliced parse ends (it is then brought forward to the text of that
      // time), nor while a failed one's back-off runs.
      this.touch(uri, { ...entry, version, text });
      return undefined;
    }
    entry?.pending?.job?.dispose();
    const edited = entry?.tree && sameLanguage ? this.editedCopy(entry.tree, entry.text, text, changes) : undefined;
    const tree = this.parser.parseSync(languageId, text, edited && { oldTree: edited });
    if (entry?.tree) this.retire(entry.tree);
    // Too long to parse within a request: parse in slices rather than give up (the request goes
    // on without a tree, as it would have), so a large file gets its tree and keeps it. An
    // incremental parse out of time goes on incrementally: a full one would be no quicker.
    if (tree) edited?.delete();
    const pending = tree ? undefined : this.parseLater(uri, languageId, text, edited);
    this.touch(uri, { languageId, version, text, tree, pending, ...(pending && sameLanguage ? { failures: entry.failures } : {}) });
    return tree;
  }

  delete(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    entry.pending?.job?.dispose();
    if (entry.tree) this.retire(entry.tree);
  }

  dispose(): void {
    for (const entry of this.entries.values()) {
      entry.pending?.job?.dispose();
      entry.tree?.delete();
    }
    this.entries.clear();
    for (const tree of this.retired.splice(0)) tree.delete();
  }

  private parseLater(uri: string, languageId: string, text: string, oldTree?: Tree): PendingParse | undefined {
    const pending: PendingParse = { text };
    pending.job = this.parser.parseInBackground(languageId, text, (tree) => this.parsedLater(uri, pending, tree), oldTree);
    return pending.job && pending;
  }

  private parsedLater(uri: string, pending: PendingParse, tree: Tree | undefined): void {
    const entry = this.entries.get(uri);
    if (entry?.pending !== pending) {
      tree?.delete();
      return;
    }
    entry.pending = undefined;
    if (!tree) {
      entry.failures = (entry.failures ?? 0) + 1;
      entry.retryAt = this.now() + Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (entry.failures - 1));
      return;
    }
    entry.failures = entry.retryAt = undefined;
    if (entry.text === pending.text) {
      entry.tree = tree;
      return;
    }
    // The user typed on while it parsed: brought to the text of now incrementally, in slices too
    // (at once it could hold the thread a request's whole parse budget, at a moment no request chose).
    const edited = this.editedCopy(tree, pending.text, entry.text, undefined);
    tree.delete();
    entry.pending = this.parseLater(uri, entry.languageId, entry.text, edited);
  }

  /**
   * A copy of the old tree with the edits that lead to the new text applied (the caller owns
   * it); undefined when they do not lead there (missed or reordered change events: parse afresh).
   */
  private editedCopy(oldTree: Tree, oldText: string, newText: string, changes: readonly DocumentChange[] | undefined): Tree | undefined {
    const edited = oldTree.copy();
    let text = oldText;
    for (const change of changes ?? [diffChange(oldText, newText)].filter((c) => c !== undefined)) {
      const applied = applyChange(text, change);
      edited.edit(new TreeSitter.Edit(applied.edit));
      text = applied.text;
    }
    if (text === newText) return edited;
    edited.delete();
    return undefined;
  }

  private touch(uri: string, entry: Entry): void {
    this.entries.delete(uri); // re-insert: Map order is our LRU order
    this.entries.set(uri, entry);
    while (this.entries.size > this.maxDocuments) {
      const [oldest] = this.entries.keys();
      this.delete(oldest);
    }
  }

  private retire(tree: Tree): void {
    this.retired.push(tree);
    while (this.retired.length > RETIRE_GRACE) this.retired.shift()?.delete();
  }
}
