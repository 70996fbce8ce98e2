// The bench's stand-in for the editor: a corpus as the workspace (every file readable and
// listed), the tabs open at a point, and per-file facts read from the parse tree.
import { posix } from 'node:path';
import type { ContextWorkspace } from '../../src/core/context/contextWorkspace';
import type { DocumentSnapshot } from '../../src/core/documentSnapshot';
import { syntaxLanguageFor } from '../../src/core/syntax/languages';
import type { SyntaxNode, SyntaxService, SyntaxTree } from '../../src/core/syntax/syntaxService';
import type { Corpus, CorpusFile } from './benchCorpus';
import { parameterUses } from './parameterUses';
import type { CompletionPoint, LineFacts } from './samplePoints';

export class BenchWorkspace implements ContextWorkspace {
  open: DocumentSnapshot[] = [];
  private readonly texts = new Map<string, string>();
  private readonly listing: readonly string[];

  constructor(corpus: Corpus) {
    for (const f of corpus.files) this.texts.set(f.path, f.text);
    for (const [path, text] of corpus.extra) this.texts.set(path, text);
    // One listing for the whole run, as the editor's (a new listing means files came or went).
    this.listing = [...this.texts.keys()];
  }

  openDocuments(): readonly DocumentSnapshot[] {
    return this.open;
  }

  async readFile(path: string): Promise<string | undefined> {
    return this.texts.get(path);
  }

  listFiles(): readonly string[] {
    return this.listing;
  }
}

export function snapshot(file: CorpusFile, text: string, version: number, offset: number): DocumentSnapshot {
  const languageId = syntaxLanguageFor(file.language)?.languageIds[0] ?? 'plaintext';
  return { uri: `file:///corpus/${file.path}`, relativePath: file.path, languageId, text, version, offset };
}

/** The other open tabs: files the prefix names first (likely imports), then the same folder, then any. */
export function openSet(point: CompletionPoint, files: readonly CorpusFile[], random: () => number, count: number): CorpusFile[] {
  const words = new Set(point.prefix.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  const stem = (f: CorpusFile): string => posix.basename(f.path).replace(/\.[^.]+$/, '');
  const dir = posix.dirname(point.file.path);
  const others = files.filter((f) => f !== point.file);
  const shuffled = [...others].sort(() => random() - 0.5);
  const ranked = [...shuffled.filter((f) => words.has(stem(f))), ...shuffled.filter((f) => posix.dirname(f.path) === dir), ...shuffled];
  return [...new Set(ranked)].slice(0, count);
}

const IMPORT_NODES = new Set(['import_statement', 'import_from_statement', 'future_import_statement', 'import_declaration', 'preproc_include', 'use_declaration', 'using_directive']);

/** Identifiers per line (from the grammar, so words in strings and comments are not targets), import lines, parameters used. */
export function lineFacts(syntax: SyntaxService, language: string, tree: SyntaxTree): LineFacts {
  const identifiers = new Map<number, string[]>();
  for (const capture of syntax.query(language, 'identifiers')?.captures(tree.rootNode) ?? []) {
    const row = capture.node.startPosition.row;
    const list = identifiers.get(row);
    if (list) list.push(capture.node.text);
    else identifiers.set(row, [capture.node.text]);
  }
  const importLines = new Set<number>();
  const mark = (node: SyntaxNode): void => {
    for (let row = node.startPosition.row; row <= node.endPosition.row; row++) importLines.add(row);
  };
  for (const capture of syntax.query(language, 'imports')?.captures(tree.rootNode) ?? []) if (capture.name === 'import') mark(capture.node);
  for (const node of tree.rootNode.descendantsOfType([...IMPORT_NODES])) if (node) mark(node);
  return { identifiers, importLines, parameterUses: parameterUses(tree) };
}
