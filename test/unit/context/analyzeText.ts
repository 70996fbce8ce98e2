// A file's analysis from its text, parsed with the real grammar (the tree freed afterwards).
import { analyzeFile, type FileAnalysis } from '../../../src/core/context/fileAnalysis';
import type { SyntaxService } from '../../../src/core/syntax/syntaxService';

export async function analyzeText(syntax: SyntaxService, path: string, languageId: string, text: string): Promise<FileAnalysis> {
  const tree = await syntax.parse(languageId, text);
  try {
    return analyzeFile(syntax, path, languageId, text, tree);
  } finally {
    tree?.delete();
  }
}
