// Parse trees of open documents, kept per URI and brought forward incrementally: the old tree
// is copied, edited and handed to the parser, so unchanged subtrees are reused.
import TreeSitter = require('web-tree-sitter'); // CommonJS build, see syntaxService.ts
import type { Tree } from 'web-tree-sitter';
import type { Disposable } from '../disposable';
import { applyChange, diffChange } from './textEdits';
import type { DocumentChange } from './textEdits';
import type { ParseOptions } from './syntaxService';

/** What the cache needs from the service: a synchronous, time-boxed parse. */
export interface TreeParser {
  parseSync(languageId: string, text: string, options?: ParseOptions): Tree | undefined;
  readonly defaultTimeoutMs: number;
}

interface Entry {
  languageId: string;
  version: number;
  text: string;
  tree: Tree | undefined;
  /** Length of a text whose parse gave up; similar sizes are not retried on every keystroke. */
  gaveUpAt?: number;
  /** When it gave up: retried after a while, as the machine may just have been busy. */
  gaveUpTime?: number;
}

const RETRY_AFTER_MS = 5_000;

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
    let tree: Tree | undefined;
    let gaveUpAt: number | undefined;
    let gaveUpTime: number | undefined;
    const now = Date.now();
    if (
      entry?.gaveUpAt !== undefined &&
      entry.languageId === languageId &&
      text.length >= entry.gaveUpAt * 0.9 &&
      now - (entry.gaveUpTime ?? 0) < RETRY_AFTER_MS
    ) {
      gaveUpAt = entry.gaveUpAt; // still too big to parse within the budget
      gaveUpTime = entry.gaveUpTime;
    } else {
      tree = entry?.tree && entry.languageId === languageId ? this.reparse(entry.tree, entry.text, text, changes, languageId) : undefined;
      tree ??= this.parser.parseSync(languageId, text);
      if (!tree) {
        gaveUpAt = text.length;
        gaveUpTime = now;
      }
    }
    if (entry?.tree) this.retire(entry.tree);
    this.touch(uri, { languageId, version, text, tree, gaveUpAt, gaveUpTime });
    return tree;
  }

  delete(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    if (entry.tree) this.retire(entry.tree);
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.tree?.delete();
    this.entries.clear();
    for (const tree of this.retired.splice(0)) tree.delete();
  }

  private reparse(
    oldTree: Tree,
    oldText: string,
    newText: string,
    changes: readonly DocumentChange[] | undefined,
    languageId: string,
  ): Tree | undefined {
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
      return this.parser.parseSync(languageId, newText, { oldTree: edited });
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
