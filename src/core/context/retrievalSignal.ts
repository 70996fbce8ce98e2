// What every retriever may ask about the request: the document and cursor, the part the prompt
// shows, and facts several sources share (the identifiers near the cursor, the files the
// document imports, the other open files), each computed on first use and charged to the
// request's work budget once, whichever retriever asks first. Completion and chat build it the
// same way: only the query (the text before the cursor, or the question) and the budget differ.
import type { DocumentSnapshot } from '../documentSnapshot';
import { queryRange } from '../syntax/syntaxQueries';
import type { SyntaxService, SyntaxTree } from '../syntax/syntaxService';
import type { ContextWorkspace, ExclusionPredicate } from './contextWorkspace';
import type { CurrentDocumentImports } from './currentDocumentImports';
import { scopeHeaders } from './enclosingScope';
import type { FileAnalysisCache } from './fileAnalysisCache';
import type { FileAnalysis } from './fileAnalysis';
import { identifiersIn } from './identifierTokens';
import type { ImportTargets, ResolvedImport } from './importTargets';
import type { LineIndex } from './lineIndex';
import { moduleAliases } from './typeResolution';
import type { NameScope } from './typeResolution';
import { NO_WORK } from './workBudget';
import type { WorkBudget } from './workBudget';

/** The engine's parts a signal reads from (shared across requests). */
export interface SignalServices {
  readonly workspace: ContextWorkspace;
  readonly syntax?: SyntaxService;
  readonly files: FileAnalysisCache;
  readonly imports: CurrentDocumentImports;
  readonly targets: ImportTargets;
  readonly isExcluded: ExclusionPredicate;
  readonly maxOpenDocuments: number;
}

export interface SignalInput {
  readonly document: DocumentSnapshot;
  readonly offset: number;
  readonly lines: LineIndex;
  readonly tree: SyntaxTree | undefined;
  readonly visible: { readonly start: number; readonly end: number };
  /** Whether the prompt already shows a name. */
  readonly named: (name: string) => boolean;
  readonly now: number;
  readonly abort?: AbortSignal;
}

/** Lines before the cursor whose identifiers are looked up, and that query similar code. */
const SYMBOL_LINES = 20;
const QUERY_LINES = 20;

export class RetrievalSignal {
  readonly document: DocumentSnapshot;
  readonly offset: number;
  readonly lines: LineIndex;
  readonly cursorLine: number;
  readonly tree: SyntaxTree | undefined;
  readonly visible: { readonly start: number; readonly end: number };
  readonly visibleLines: { readonly first: number; readonly last: number };
  readonly named: (name: string) => boolean;
  readonly now: number;
  readonly abort: AbortSignal | undefined;
  private identifierList: string[] | undefined;
  private resolved: Promise<ResolvedImport[]> | undefined;
  private open: FileAnalysis[] | undefined;
  private readonly scopes = new Map<string, Promise<NameScope>>();

  constructor(
    readonly services: SignalServices,
    input: SignalInput,
    /** The request's work budget, which the lazily computed facts are charged to. */
    readonly work: WorkBudget,
  ) {
    this.document = input.document;
    this.offset = input.offset;
    this.lines = input.lines;
    this.cursorLine = input.lines.lineAt(input.offset);
    this.tree = input.tree;
    this.visible = input.visible;
    this.visibleLines = { first: input.lines.lineAt(input.visible.start), last: input.lines.lineAt(input.visible.end) };
    this.named = input.named;
    this.now = input.now;
    this.abort = input.abort;
  }

  get syntax(): SyntaxService | undefined {
    return this.services.syntax;
  }

  /** The lines before the cursor: what similar code is searched with. */
  queryText(lines = QUERY_LINES): string {
    return this.document.text.slice(this.lines.lineStart(Math.max(0, this.cursorLine - lines)), this.offset);
  }

  /**
   * Identifiers of the lines before the cursor, nearest first, each once; the names in the
   * headers around the cursor (base classes, parameter types) come right after the nearest few.
   */
  identifiers(): readonly string[] {
    if (this.identifierList) return this.identifierList;
    const { document: doc, tree, offset } = this;
    const from = this.lines.lineStart(Math.max(0, this.cursorLine - SYMBOL_LINES));
    // The grammar's identifiers leave out words in strings and comments; while the code at the
    // cursor is incomplete (error nodes), plain words are the safer read.
    const query = tree && !tree.rootNode.hasError ? this.syntax?.query(doc.languageId, 'identifiers') : undefined;
    const found = query && tree ? query.captures(tree.rootNode, queryRange(from, offset)).map((c) => c.node.text) : identifiersIn(doc.text.slice(from, offset));
    const list = [...new Set(found.reverse())];
    if (tree && this.syntax) {
      const headerNames = scopeHeaders(this.syntax, doc.languageId, tree, doc.text, offset).flatMap((h) => identifiersIn(h));
      list.splice(Math.min(5, list.length), 0, ...headerNames.filter((n) => !list.includes(n)));
    }
    return (this.identifierList = list);
  }

  /** The document's own analysis, maybe a version old (never computed on the request's time). */
  current(): FileAnalysis | undefined {
    return this.services.files.forDocument(this.document, NO_WORK);
  }

  /** The workspace files the document's imports name, with the names each import binds. */
  imports(): Promise<ResolvedImport[]> {
    this.resolved ??= (async () => {
      const refs = this.tree ? this.services.imports.importsOf(this.document, this.tree, this.lines) : [];
      return this.services.targets.resolve(this.document, refs, this.work);
    })();
    return this.resolved;
  }

  /** Names bound to whole modules by the document's imports (`from . import events`). */
  async modules(): Promise<Map<string, FileAnalysis>> {
    return moduleAliases(await this.imports());
  }

  /** The other open documents' analyses, most recently used first. */
  openFiles(): readonly FileAnalysis[] {
    if (this.open) return this.open;
    const out: FileAnalysis[] = [];
    for (const other of this.services.workspace.openDocuments()) {
      if (out.length >= this.services.maxOpenDocuments) break;
      if (other.uri === this.document.uri || this.services.isExcluded(other.relativePath)) continue;
      const analysis = this.services.files.forDocument(other, this.work);
      if (analysis) out.push(analysis);
    }
    return (this.open = out);
  }

  /** The names another workspace file sees: its own definitions and its imports. */
  scopeOf(file: FileAnalysis): Promise<NameScope> {
    let scope = this.scopes.get(file.path);
    if (!scope) {
      scope = (async () => {
        const resolved = await this.services.targets.resolve({ relativePath: file.path, languageId: file.languageId }, file.imports, this.work);
        return { own: file, imported: resolved, modules: moduleAliases(resolved), fallback: this.openFiles() };
      })();
      this.scopes.set(file.path, scope);
    }
    return scope;
  }
}
