// The workspace-wide symbol table: the tree-sitter definitions (with their signatures or
// outlines) and the similar-code chunks of every source file the host lists, built in the
// background one file per macrotask, within bounds on files, characters and definitions, and
// kept current file by file on save, create and delete. A name the code uses without importing
// it (same package, globals, re-exports) still finds its definition; similar code is searched in
// the whole workspace, not only in the open files.
import type { Disposable } from '../disposable';
import type { Logger } from '../logger';
import { languageIdForFile, sameLanguageFamily, syntaxLanguageForPath } from '../syntax/languages';
import type { SyntaxService } from '../syntax/syntaxService';
import type { ChunkIndex, TermHolders } from './bm25';
import { ChunkDirectory } from './chunkDirectory';
import type { ContextRetriever } from './contextRetriever';
import type { ContextCandidate } from './contextTypes';
import type { ContextWorkspace, ExclusionPredicate } from './contextWorkspace';
import { definitionSnippet } from './definitionSnippets';
import { overloadGroups } from './overloadFamilies';
import type { DefinitionKind } from './fileAnalysis';
import { analyzeFile } from './fileAnalysis';
import { MAX_ANALYSIS_CHARS } from './fileAnalysisCache';
import { isMeaningfulIdentifier } from './identifierTokens';

export interface WorkspaceSymbol {
  readonly name: string;
  readonly kind: DefinitionKind;
  readonly path: string;
  /** The VS Code language id of its file. */
  readonly languageId: string;
  readonly startLine: number;
  readonly endLine: number;
  /** The signature, or the outline of a class. */
  readonly text: string;
}

export interface WorkspaceSymbolLimits {
  readonly maxFiles: number;
  /** Characters of source indexed in total. */
  readonly maxChars: number;
  readonly maxSymbols: number;
}

const DEFAULT_LIMITS: WorkspaceSymbolLimits = { maxFiles: 5_000, maxChars: 24_000_000, maxSymbols: 200_000 };

interface FileEntry {
  readonly languageId: string;
  readonly chars: number;
  readonly symbols: readonly WorkspaceSymbol[];
  readonly chunks: ChunkIndex;
}

export class WorkspaceSymbols implements Disposable {
  private readonly entries = new Map<string, FileEntry>();
  private readonly byName = new Map<string, WorkspaceSymbol[]>();
  private readonly directory = new ChunkDirectory();
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private chars = 0;
  private symbolCount = 0;
  private running: Promise<void> | undefined;
  private disposed = false;

  constructor(
    private readonly workspace: ContextWorkspace,
    private readonly syntax: SyntaxService | undefined,
    private readonly isExcluded: ExclusionPredicate,
    private readonly logger: Logger,
    private readonly limits: WorkspaceSymbolLimits = DEFAULT_LIMITS,
    /** Parse budget per file (a file over it is left out of the table): the engine's background parse budget. */
    private readonly parseMs = 150,
  ) {}

  /** Queues every listed source file (again: files already indexed are refreshed). */
  indexAll(): void {
    for (const path of this.workspace.listFiles?.() ?? []) this.update(path);
  }

  /** A file was saved or created: (re)indexed in the background. */
  update(path: string): void {
    if (this.disposed || this.queued.has(path) || !syntaxLanguageForPath(path) || this.isExcluded(path)) return;
    this.queued.add(path);
    this.queue.push(path);
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  /** A file was deleted. */
  remove(path: string): void {
    const entry = this.entries.get(path);
    if (!entry) return;
    this.entries.delete(path);
    this.directory.remove(entry.languageId, entry.chunks);
    this.chars -= entry.chars;
    this.symbolCount -= entry.symbols.length;
    for (const symbol of entry.symbols) {
      const list = this.byName.get(symbol.name)?.filter((s) => s.path !== path);
      if (list?.length) this.byName.set(symbol.name, list);
      else this.byName.delete(symbol.name);
    }
  }

  /** Definitions of a name anywhere in the workspace. */
  definitions(name: string): readonly WorkspaceSymbol[] {
    return this.byName.get(name) ?? [];
  }

  /** The chunk indexes of the indexed files in `languageId`'s family, for similar-code search. */
  chunkIndexes(languageId: string): IterableIterator<[string, ChunkIndex]> {
    const entries = this.entries.entries();
    return (function* () {
      for (const [path, entry] of entries) if (sameLanguageFamily(languageId, entry.languageId)) yield [path, entry.chunks] as [string, ChunkIndex];
    })();
  }

  /** Which of those indexes hold a term (the same family as `chunkIndexes`). */
  termHolders(languageId: string): TermHolders {
    return this.directory.holdersFor(languageId);
  }

  get fileCount(): number {
    return this.entries.size;
  }

  /** Resolves when the queue is empty (the bench, tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  dispose(): void {
    this.disposed = true;
    this.queue.length = 0;
    this.entries.clear();
    this.byName.clear();
    this.directory.clear();
  }

  private async drain(): Promise<void> {
    while (this.queue.length && !this.disposed) {
      const path = this.queue.shift()!;
      this.queued.delete(path);
      try {
        await this.index(path);
      } catch (error) {
        this.logger.debug(`context: cannot index ${path}: ${String(error)}`);
      }
      await new Promise((resolve) => setImmediate(resolve)); // one file per macrotask: the host stays responsive
    }
  }

  private async index(path: string): Promise<void> {
    const text = await this.workspace.readFile(path);
    this.remove(path);
    if (text === undefined || this.disposed || text.length > MAX_ANALYSIS_CHARS) return;
    if (this.entries.size >= this.limits.maxFiles || this.chars + text.length > this.limits.maxChars) return;
    const languageId = languageIdForFile(path, text);
    const tree = await this.syntax?.parse(languageId, text, { timeoutMs: this.parseMs });
    let entry: FileEntry;
    try {
      const file = analyzeFile(this.syntax, path, languageId, text, tree);
      const symbols: WorkspaceSymbol[] = [];
      // Overloads of a name are one symbol: the first's signature and the others' parameters.
      for (const [def, ...overloads] of overloadGroups(file.definitions, (d) => d)) {
        if (this.symbolCount + symbols.length >= this.limits.maxSymbols) break;
        // Members are reached through their class's outline; top-level names and members both answer a name lookup.
        const snippet = definitionSnippet(file, def, 0, undefined, overloads);
        symbols.push({ name: def.name, kind: def.kind, path, languageId, startLine: snippet.startLine, endLine: snippet.endLine, text: snippet.text });
      }
      entry = { languageId, chars: text.length, symbols, chunks: file.chunkIndex() };
    } finally {
      tree?.delete();
    }
    this.entries.set(path, entry);
    this.directory.add(entry.languageId, entry.chunks);
    this.chars += entry.chars;
    this.symbolCount += entry.symbols.length;
    for (const symbol of entry.symbols) {
      const list = this.byName.get(symbol.name);
      if (list) list.push(symbol);
      else this.byName.set(symbol.name, [symbol]);
    }
  }
}

/** Definitions at most per name, and names with more definitions than this are too ambiguous to guess. */
const PER_NAME = 2;
const AMBIGUOUS = 6;

/** How close two workspace paths are: the folders they share. */
function closeness(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  let i = 0;
  while (i < Math.min(x.length, y.length) - 1 && x[i] === y[i]) i++;
  return i;
}

/** Definitions of the names near the cursor from the workspace symbol table, the nearest file's first. */
export function workspaceDefinitionsRetriever(symbols: WorkspaceSymbols): ContextRetriever {
  return {
    name: 'workspaceDefinitions',
    weight: 1,
    retrieve(signal) {
      const { relativePath: here, languageId } = signal.document;
      const local = signal.current()?.byName;
      const out: ContextCandidate[] = [];
      signal.identifiers().forEach((name, distance) => {
        if (out.length >= 12 || !isMeaningfulIdentifier(name) || local?.has(name)) return;
        const defs = symbols.definitions(name).filter((d) => d.path !== here && sameLanguageFamily(languageId, d.languageId));
        if (defs.length === 0 || defs.length > AMBIGUOUS) return;
        for (const def of [...defs].sort((a, b) => closeness(b.path, here) - closeness(a.path, here)).slice(0, PER_NAME)) {
          out.push({ path: def.path, text: def.text, source: 'workspaceDefinitions', sourceScore: 1 / (1 + distance), startLine: def.startLine, endLine: def.endLine, reason: `${def.kind} ${name} (workspace symbol table)`, defines: name });
        }
      });
      return out;
    },
  };
}
