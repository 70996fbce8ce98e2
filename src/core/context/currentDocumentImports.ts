// The imports of the document being edited, re-queried only when they may have changed: the
// text up to the last import is unchanged and no import-like line appeared or vanished.
import type { Tree } from 'web-tree-sitter';
import type { DocumentSnapshot } from '../documentSnapshot';
import type { SyntaxService } from '../syntax/syntaxService';
import { importsOf } from './fileAnalysis';
import type { ImportRef } from './fileAnalysis';
import type { LineIndex } from './lineIndex';

const IMPORT_LIKE = /^[ \t]*(import|from|#[ \t]*include|use|using|require|require_relative|source|mod|package)\b/gm;

function importLineCount(text: string): number {
  return text.match(IMPORT_LIKE)?.length ?? 0;
}

interface Cached {
  readonly head: string;
  readonly importLines: number;
  readonly imports: readonly ImportRef[];
}

export class CurrentDocumentImports {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly syntax: SyntaxService | undefined) {}

  importsOf(doc: DocumentSnapshot, tree: Tree, lines: LineIndex): readonly ImportRef[] {
    const cached = this.cache.get(doc.uri);
    const importLines = importLineCount(doc.text);
    if (cached && cached.importLines === importLines && doc.text.startsWith(cached.head)) return cached.imports;
    const imports = this.syntax ? importsOf(this.syntax, doc.languageId, [tree], lines) : [];
    const last = imports.reduce((max, i) => Math.max(max, i.line), -1);
    const head = last < 0 ? '' : doc.text.slice(0, lines.lineEnd(last));
    this.cache.set(doc.uri, { head, importLines, imports });
    if (this.cache.size > 64) this.cache.delete(this.cache.keys().next().value as string);
    return imports;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
