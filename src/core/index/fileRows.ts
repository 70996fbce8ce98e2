// What the index stores of one file's text: its chunks with their index words, and its symbols
// (each definition's signature, a class's outline). Work on the text alone (one parse, the
// definitions query, chunks, words): nothing is read or written here, so the index's thread can
// run it itself or hand it to its helper thread.
import { analyzeFile } from '../context/fileAnalysis';
import { definitionSnippet } from '../context/definitionSnippets';
import { languageIdForFile, syntaxLanguageFor } from '../syntax/languages';
import type { SyntaxService } from '../syntax/syntaxService';
import { chunkFileForIndex } from './indexChunks';
import type { ChunkRow, SymbolRow } from './indexRows';
import { pathTerms, termText } from './indexTerms';

export interface FileRows {
  readonly chunks: ChunkRow[];
  readonly symbols: SymbolRow[];
}

const MAX_SYMBOLS_PER_FILE = 2_000;

/** The rows of one file; without `syntax` (or a grammar for its language) the text goes by windows. */
export async function fileRows(syntax: SyntaxService | undefined, path: string, text: string, parseTimeoutMs: number): Promise<FileRows> {
  const languageId = languageIdForFile(path, text);
  const tree = syntax && syntaxLanguageFor(languageId) ? await syntax.parse(languageId, text, { timeoutMs: parseTimeoutMs }) : undefined;
  try {
    const file = analyzeFile(syntax, path, languageId, text, tree, { imports: false });
    const where = pathTerms(path);
    const chunks = chunkFileForIndex(path, file).map((c): ChunkRow => ({
      startLine: c.startLine,
      endLine: c.endLine,
      kind: c.kind,
      scope: c.scope,
      header: c.header,
      symbolTerms: termText(c.names.join(' ')),
      pathTerms: where,
      // A window inside a long definition is found by that definition's signature too.
      bodyTerms: termText(c.kind === 'part' ? `${c.header}\n${file.lines.lines(c.startLine, c.endLine)}` : file.lines.lines(c.startLine, c.endLine)),
    }));
    const symbols: SymbolRow[] = [];
    for (const def of file.definitions.slice(0, MAX_SYMBOLS_PER_FILE)) {
      const snippet = definitionSnippet(file, def);
      symbols.push({ name: def.name, kind: def.kind, startLine: snippet.startLine, endLine: snippet.endLine, text: snippet.text });
    }
    return { chunks, symbols };
  } finally {
    tree?.delete();
  }
}
