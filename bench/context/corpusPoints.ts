// A corpus's files analysed and its points drawn, as every context bench does: one seed, so the
// tally and the bench read the same points, and the random stream goes on to choose the open files.
import { analyzeFile } from '../../src/core/context/fileAnalysis';
import type { FileAnalysis } from '../../src/core/context/fileAnalysis';
import { seededRandom } from '../../src/core/seededRandom';
import { syntaxLanguageFor } from '../../src/core/syntax/languages';
import type { SyntaxService } from '../../src/core/syntax/syntaxService';
import type { Corpus } from './benchCorpus';
import { lineFacts } from './benchWorkspace';
import { samplePoints } from './samplePoints';
import type { LineFacts } from './samplePoints';

export async function corpusPoints(corpus: Corpus, syntax: SyntaxService, count: number) {
  const analyses = new Map<string, FileAnalysis>();
  const facts = new Map<string, LineFacts>();
  for (const file of corpus.files) {
    const tree = await syntax.parse(file.language, file.text, { timeoutMs: 10_000 });
    analyses.set(file.path, analyzeFile(syntax, file.path, syntaxLanguageFor(file.language)?.languageIds[0] ?? file.language, file.text, tree));
    if (tree) facts.set(file.path, lineFacts(syntax, file.language, tree));
    tree?.delete();
  }
  const random = seededRandom(0xf1a9);
  const points = samplePoints(corpus.files, analyses, facts, count, random);
  return { analyses, points, random };
}
