// What every retriever may ask about the request: the document and cursor, the part the prompt
// shows, and facts several sources share (the identifiers near the cursor, the files the
// document imports, the other open files), each computed on first use and charged to the
// request's work budget once, whichever retriever asks first. Completion and chat build it the
// same way: only the query (the text before the cursor, or the question) and the budget differ.
import type { DocumentSnapshot } from '../documentSnapshot';
import { sameLanguageFamily } from '../syntax/languages';
import { queryRange } from '../syntax/syntaxQueries';
import type { SyntaxService, SyntaxTree } from '../syntax/syntaxService';
import type { ContextWorkspace, ExclusionPredicate } from './contextWorkspace';
import type { CurrentDocumentImports } from './currentDocumentImports';
import { scopeHeaders } from './enclosingScope';
import type { FileAnalysisCache } from './fileAnalysisCache';
import type { FileAnalysis } from './fileAnalysis';
import { identifiersIn, splitIdentifier } from './identifierTokens';
import type { Relevance } from './classOutline';
import type { ImportTargets, ResolvedImport } from './importTargets';
import type { LineIndex } from './lineIndex';
import { receiverTypesAt } from './receiverTypes';
import type { ReceiverTypes } from './receiverTypes';
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
  /** What the context is for: the text before a cursor, or a chat question (default completion). */
  readonly purpose?: RetrievalPurpose;
}

export type RetrievalPurpose = 'completion' | 'chat';

/** Lines before the cursor whose identifiers are looked up, and code lines that query similar code. */
const SYMBOL_LINES = 20;
const QUERY_LINES = 20;
/** Identifiers near the cursor whose words make a member relevant. */
const RELEVANT_IDENTIFIERS = 8;
/** Lines searched for those code lines. */
const QUERY_SCAN_LINES = 60;
const COMMENT_LINE = /^\s*(\/\/|#(?!include|define|if|ifdef|ifndef|endif|else|pragma)|\/\*|\*|--|;)/;
const COMMENT_TYPES = ['comment', 'line_comment', 'block_comment'];

/** `text` (the document from `from`) with its comments and doc strings blanked out (as found in the tree). */
function withoutComments(tree: SyntaxTree, text: string, from: number, rows: { first: number; last: number }): string {
  const nodes = tree.rootNode.descendantsOfType([...COMMENT_TYPES, 'expression_statement'], { row: rows.first, column: 0 }, { row: rows.last + 1, column: 0 });
  let out = text;
  for (const node of nodes) {
    // A Python doc string: a statement that is a string and nothing else.
    if (!node || (node.type === 'expression_statement' && (node.namedChildCount !== 1 || node.namedChild(0)?.type !== 'string'))) continue;
    const a = Math.max(0, node.startIndex - from);
    const b = Math.min(text.length, node.endIndex - from);
    if (b > a) out = out.slice(0, a) + out.slice(a, b).replace(/[^\n]/g, ' ') + out.slice(b);
  }
  return out;
}

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
  readonly purpose: RetrievalPurpose;
  private identifierList: string[] | undefined;
  private relevanceOf: Relevance | undefined;
  private receiverTypeFacts: ReceiverTypes | undefined;
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
    this.purpose = input.purpose ?? 'completion';
  }

  get syntax(): SyntaxService | undefined {
    return this.services.syntax;
  }

  /**
   * The code lines before the cursor, without comments, doc strings and blank lines: what
   * similar code is searched with (a license header, an earlier doc paragraph or commented-out
   * code would find other headers and paragraphs, not code the next line is like). The comment
   * or doc string that ends on the line right above the cursor stays: it says what the line being
   * written is (a declaration under its doc comment, a statement under the comment saying what it
   * does), and code under a comment like it is code like it.
   */
  queryText(lines = QUERY_LINES): string {
    const first = Math.max(0, this.cursorLine - QUERY_SCAN_LINES);
    const from = this.lines.lineStart(first);
    const text = this.document.text.slice(from, this.offset);
    const written = text.split('\n');
    const code = this.tree ? withoutComments(this.tree, text, from, { first, last: this.cursorLine }).split('\n') : written.map((l) => (COMMENT_LINE.test(l) ? '' : l));
    // Upward from the line above the cursor's, lines that are all comment (blank once comments are out, not blank as written).
    for (let i = code.length - 2; i >= 0 && written[i].trim() && !code[i].trim(); i--) code[i] = written[i];
    return code.filter((l) => l.trim()).slice(-lines).join('\n');
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

  /** What the code at the cursor works on: receivers, declared types, the enclosing function and class (undefined without a tree). */
  receiverTypes(): ReceiverTypes | undefined {
    if (!this.tree) return undefined;
    return (this.receiverTypeFacts ??= receiverTypesAt(this.document.languageId, this.tree, this.document.text, this.offset, this.cursorLine));
  }

  /**
   * How related a name is to the code at the cursor: the words it shares with the nearest
   * identifiers, the cursor's line and the name of the function around it (`sock_sendfile`
   * relates `_sock_sendfile_native`, which the lines near the cursor may not name).
   */
  relevance(): Relevance {
    if (this.relevanceOf) return this.relevanceOf;
    const words = new Set<string>();
    const line = this.document.text.slice(this.lines.lineStart(this.cursorLine), this.offset);
    const fn = this.receiverTypes()?.function;
    for (const name of [...identifiersIn(line), ...this.identifiers().slice(0, RELEVANT_IDENTIFIERS), ...(fn ? [fn] : [])]) {
      for (const word of splitIdentifier(name)) if (word.length > 2) words.add(word);
    }
    return (this.relevanceOf = (name) => splitIdentifier(name).filter((w) => words.has(w)).length);
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

  /** The other open documents of the document's language family, analysed, most recently used first. */
  openFiles(): readonly FileAnalysis[] {
    if (this.open) return this.open;
    const out: FileAnalysis[] = [];
    for (const other of this.services.workspace.openDocuments()) {
      if (out.length >= this.services.maxOpenDocuments) break;
      if (other.uri === this.document.uri || this.services.isExcluded(other.relativePath)) continue;
      if (!sameLanguageFamily(this.document.languageId, other.languageId)) continue;
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
        const resolved = await this.services.targets.resolve({ relativePath: file.path, languageId: file.languageId }, file.imports, this.work, this.document.uri);
        return { own: file, imported: resolved, modules: moduleAliases(resolved), fallback: this.openFiles() };
      })();
      this.scopes.set(file.path, scope);
    }
    return scope;
  }
}
