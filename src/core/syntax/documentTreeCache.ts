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
  /** Parses in short slices between other work (see slicedParse.ts); undefined when it cannot. */
  parseInBackground(languageId: string, text: string, done: (tree: Tree | undefined) => void): Disposable | undefined;
  readonly defaultTimeoutMs: number;
}

/** A first parse going on in slices, of the text the document had when it began. */
interface PendingParse {
  readonly text: string;
  job?: Disposable;
}

interface Entry {
  languageId: string;
  version: number;
  text: string;
  tree: Tree | undefined;
  /** Set while the first parse, too long for one request, goes on between requests. */
  pending?: PendingParse;
}

const OUT_OF_TIME = 'out of time';

// Trees handed out stay valid for this many later replacements, so a caller that awaits
// between getting a tree and reading it does not touch freed wasm memory.
const RETIRE_GRACE = 16;

export class DocumentTreeCache implements Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly retired: Tree[] = [];

  constructor(
    private readonly parser: TreeParser,
    private readonly maxDocuments: number,
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
    if (entry?.pending && entry.languageId === languageId) {
      // No tree until the sliced parse ends; it is then brought forward to the text of that time.
      this.touch(uri, { ...entry, version, text });
      return undefined;
    }
    entry?.pending?.job?.dispose();
    const reparsed = entry?.tree && entry.languageId === languageId ? this.reparse(entry.tree, entry.text, text, changes, languageId) : undefined;
    // A full parse is no quicker than an incremental one that ran out of time: that goes to slices.
    const tree = reparsed === OUT_OF_TIME ? undefined : (reparsed ?? this.parser.parseSync(languageId, text));
    if (entry?.tree) this.retire(entry.tree);
    // Too long to parse within a request: parse in slices rather than give up (the request goes on
    // without a tree, as it would have), so a large file gets its tree and keeps it.
    const pending = tree ? undefined : this.parseLater(uri, languageId, text);
    this.touch(uri, { languageId, version, text, tree, pending });
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

  private parseLater(uri: string, languageId: string, text: string): PendingParse | undefined {
    const pending: PendingParse = { text };
    pending.job = this.parser.parseInBackground(languageId, text, (tree) => this.parsedLater(uri, pending, tree));
    return pending.job && pending;
  }

  private parsedLater(uri: string, pending: PendingParse, tree: Tree | undefined): void {
    const entry = this.entries.get(uri);
    if (entry?.pending !== pending) {
      tree?.delete();
      return;
    }
    entry.pending = undefined;
    if (!tree) return;
    if (entry.text === pending.text) {
      entry.tree = tree;
      return;
    }
    // The user typed on while it parsed: an incremental reparse brings it to the text of now.
    const reparsed = this.reparse(tree, pending.text, entry.text, undefined, entry.languageId);
    tree.delete();
    entry.tree = reparsed === OUT_OF_TIME ? undefined : reparsed;
    if (!entry.tree) entry.pending = this.parseLater(uri, entry.languageId, entry.text);
  }

  /** The old tree edited and reparsed; undefined when the edits do not lead to the new text. */
  private reparse(
    oldTree: Tree,
    oldText: string,
    newText: string,
    changes: readonly DocumentChange[] | undefined,
    languageId: string,
  ): Tree | typeof OUT_OF_TIME | undefined {
    const edited = oldTree.copy();
    try {
      let text = oldText;
      for (const change of changes ?? [diffChange(oldText, newText)].filter((c) => c !== undefined)) {
        const applied = applyChange(text, change);
        edited.edit(new TreeSitter.Edit(applied.edit));
        text = applied.text;
      }
      // Change events that do not lead to the new text (missed or reordered): parse afresh.
      if (text !== newText) return undefined;
      return this.parser.parseSync(languageId, newText, { oldTree: edited }) ?? OUT_OF_TIME;
    } finally {
      edited.delete();
    }
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
