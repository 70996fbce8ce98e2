// A language's first use on a thread costs tens of ms that no later file of it pays again: its
// grammar's load (TypeScript's 1.4 MB of WebAssembly validated and instantiated, 23-35 ms of CPU,
// one call nothing outside web-tree-sitter can divide), its first parse (V8 compiling the lexer),
// its definitions query compiled. Paid by the language's first file: after a restart over an
// index already built, where a pass reads no file, that is the user's first edit in it. A pass
// prepares the languages of the files it lists before its first file, so their first edits
// do not pay for it.
import { languageIdForFile, syntaxLanguageFor, type SyntaxLanguageName } from '../syntax/languages';
import type { SyntaxService } from '../syntax/syntaxService';
import { fileRows, type WorkPause } from './fileRows';

/** A line of text every grammar parses into a tree the definitions query runs over. */
const SAMPLE = 'x\n';

/** The grammars that serve `paths`, each with the first path it serves. */
export function listedLanguages(paths: Iterable<string>): Map<SyntaxLanguageName, string> {
  const out = new Map<SyntaxLanguageName, string>();
  for (const path of paths) {
    const grammar = syntaxLanguageFor(languageIdForFile(path, ''))?.name;
    if (grammar && !out.has(grammar)) out.set(grammar, path);
  }
  return out;
}

/**
 * Runs a file's work once over a line of text in each language of `paths` (the grammar loaded,
 * a parse, the definitions query, the chunks' words), giving way to a hold between its steps as
 * a file's work does.
 */
export async function prepareLanguages(syntax: SyntaxService, paths: Iterable<string>, parseTimeoutMs: number, pause?: WorkPause): Promise<void> {
  for (const path of listedLanguages(paths).values()) {
    if (pause?.held) await pause.waitWhileHeld();
    // A language that fails here fails its files too, each of them logged there.
    await fileRows(syntax, path, SAMPLE, parseTimeoutMs, pause).catch(() => undefined);
  }
}
