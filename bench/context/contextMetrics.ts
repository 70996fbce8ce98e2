// What a context is worth to a model at one completion point, judged from the true next line:
//   definition_recall: of the line's names defined in another file, the share whose defining
//     line (the declaration header: def, class, func, fn, field, method signature) is in the context;
//   line_match: whether some context line has token-level edit similarity ≥ 0.7 with the true
//     next line (a pattern to copy is in the prompt);
//   identifier_recall: the share of the line's identifiers not in the prefix that the context names.
// In the bench only.
import { lineTokens, tokenSimilarity } from '../../src/core/context/lineAlignment';
import { identifiersOf } from './samplePoints';

export interface DefinitionTarget {
  readonly name: string;
  /** Defining lines of the name in other files, as written. */
  readonly lines: readonly string[];
}

const LINE_MATCH = 0.7;

function squash(line: string): string {
  return line.replace(/\s+/g, '');
}

/** Whether a context line shows a defining line: the same text up to at least the name and 40 characters. */
function shows(contextLine: string, definition: string, name: string): boolean {
  const nameEnd = definition.indexOf(name) + name.length;
  const key = definition.slice(0, Math.max(nameEnd, Math.min(40, definition.length)));
  if (contextLine.startsWith(key)) return true;
  // An outline line clipped after the name and its type (`…`).
  return contextLine.endsWith('…') && contextLine.length - 1 >= nameEnd && key.startsWith(contextLine.slice(0, -1));
}

/** Per target, whether the context shows one of its defining lines. */
export function definitionsShown(targets: readonly DefinitionTarget[], texts: readonly string[]): boolean[] {
  const lines = texts.flatMap((t) => t.split('\n')).map(squash).filter((l) => l.length > 0);
  return targets.map((target) => {
    const name = squash(target.name);
    return target.lines.some((d) => lines.some((l) => shows(l, squash(d), name)));
  });
}

export function definitionRecall(targets: readonly DefinitionTarget[], texts: readonly string[]): number {
  if (targets.length === 0) return 0;
  return definitionsShown(targets, texts).filter(Boolean).length / targets.length;
}

export function lineMatch(targetLine: string, texts: readonly string[]): number {
  const target = lineTokens(targetLine);
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const candidate = lineTokens(line);
      // The length gap alone rules most lines out.
      if (Math.abs(candidate.length - target.length) > (1 - LINE_MATCH) * Math.max(candidate.length, target.length)) continue;
      if (tokenSimilarity(candidate, target) >= LINE_MATCH) return 1;
    }
  }
  return 0;
}

export function identifierRecall(targets: readonly string[], texts: readonly string[]): number {
  if (targets.length === 0) return 0;
  const present = new Set(identifiersOf(texts.join('\n')));
  return targets.filter((t) => present.has(t)).length / targets.length;
}
