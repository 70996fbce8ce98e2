// Helpers shared by the completion tests: a real tree-sitter service, and documents written with
// a cursor marker.
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import type { BlockParser } from '../../../src/core/completion/blockTruncation';

let service: Promise<SyntaxService> | undefined;

/** One SyntaxService for the whole test file (the wasm runtime is per process anyway). */
export function syntaxService(): Promise<SyntaxService> {
  service ??= SyntaxService.create();
  return service;
}

/** A synchronous parser of one language, with its grammar loaded. */
export async function blockParser(languageId: string): Promise<BlockParser> {
  const syntax = await syntaxService();
  await syntax.loadLanguage(languageId);
  return (text) => syntax.parseSync(languageId, text, { timeoutMs: 1_000 });
}

export const CURSOR = '█';

/** Splits a text written with one █ into the text before and after it. */
export function atCursor(text: string): { prefix: string; suffix: string; offset: number; text: string } {
  const offset = text.indexOf(CURSOR);
  if (offset === -1 || text.indexOf(CURSOR, offset + 1) !== -1) throw new Error('exactly one cursor marker expected');
  const plain = text.slice(0, offset) + text.slice(offset + CURSOR.length);
  return { prefix: plain.slice(0, offset), suffix: plain.slice(offset), offset, text: plain };
}
