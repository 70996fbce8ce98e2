// What the index stores of one file's text: its chunks with their index words, and its symbols
// (each definition's signature, a class's outline). Work on the text alone (one parse, the
// definitions query, chunks, words): nothing is read or written here, so the index's thread can
// run it itself or hand it to its helper thread. A hold (the user typing, a completion in
// flight) stops the work between those steps and inside the parse, not only between files: a
// large file's work would otherwise run on inside the request that holds the index back.
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

/** Whether background work must stop now, and when it may go on (the index's hold record is one). */
export interface WorkPause {
  readonly held: boolean;
  waitWhileHeld(): Promise<void>;
}

const MAX_SYMBOLS_PER_FILE = 2_000;

/** The rows of one file; without `syntax` (or a grammar for its language) the text goes by windows. */
export async function fileRows(syntax: SyntaxService | undefined, path: string, text: string, parseTimeoutMs: number, pause?: WorkPause): Promise<FileRows> {
  const languageId = languageIdForFile(path, text);
  const tree = syntax && syntaxLanguageFor(languageId) ? await parseGivingWay(syntax, languageId, text, parseTimeoutMs, pause) : undefined;
  try {
    await giveWay(pause);
    const file = analyzeFile(syntax, path, languageId, text, tree, { imports: false });
    await giveWay(pause);
    const where = pathTerms(path);
    // The chunks' words and the symbols' snippets of a large file are milliseconds of work each
    // in one go: a hold is looked at between chunks and between definitions too.
    const chunks: ChunkRow[] = [];
    for (const c of chunkFileForIndex(path, file)) {
      if (pause?.held) await pause.waitWhileHeld();
      chunks.push({
        startLine: c.startLine,
        endLine: c.endLine,
        kind: c.kind,
        scope: c.scope,
        header: c.header,
        symbolTerms: termText(c.names.join(' ')),
        pathTerms: where,
        // A window inside a long definition is found by that definition's signature too.
        bodyTerms: termText(c.kind === 'part' ? `${c.header}\n${file.lines.lines(c.startLine, c.endLine)}` : file.lines.lines(c.startLine, c.endLine)),
      });
    }
    const symbols: SymbolRow[] = [];
    for (const def of file.definitions.slice(0, MAX_SYMBOLS_PER_FILE)) {
      if (pause?.held) await pause.waitWhileHeld();
      const snippet = definitionSnippet(file, def);
      symbols.push({ name: def.name, kind: def.kind, startLine: snippet.startLine, endLine: snippet.endLine, text: snippet.text });
    }
    return { chunks, symbols };
  } finally {
    tree?.delete();
  }
}

async function giveWay(pause: WorkPause | undefined): Promise<void> {
  if (pause?.held) await pause.waitWhileHeld();
}

/**
 * A parse that a hold stops midway starts again from the beginning once the hold ends (the
 * parser keeps no half-done state between files: another file may be parsed meanwhile).
 */
async function parseGivingWay(syntax: SyntaxService, languageId: string, text: string, timeoutMs: number, pause: WorkPause | undefined) {
  const interrupt = pause && (() => pause.held);
  for (;;) {
    await giveWay(pause);
    const tree = await syntax.parse(languageId, text, { timeoutMs, interrupt });
    // Undefined and not held: out of time (or no grammar): the text goes by windows.
    if (tree || !pause?.held) return tree;
  }
}
