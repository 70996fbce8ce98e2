// Completion points the CrossCodeEval way: a line that uses a name defined in another file of
// the project (by the tree-sitter definitions of the corpus) and not in the current file. The
// cursor goes at the start of the line (after its indentation); the document ends there.
import type { CodeDefinition, FileAnalysis } from '../../src/core/context/fileAnalysis';
import type { CorpusFile } from './benchCorpus';
import type { DefinitionTarget } from './contextMetrics';

export interface CompletionPoint {
  readonly file: CorpusFile;
  readonly line: number;
  /** Text of the document up to the cursor. */
  readonly prefix: string;
  readonly targetLine: string;
  /** The line's identifiers that are not in the prefix: what the context should supply. */
  readonly targets: readonly string[];
  /** The line's names defined in other files, with their defining lines. */
  readonly definitions: readonly DefinitionTarget[];
}

const escape = (name: string): string => name.replace(/\$/g, '\\$');

/**
 * Whether the file binds a name itself (a local variable or parameter: `x = …`, `x := …`,
 * `let x`, `for x in`, `def f(x)`): then the line uses the file's own `x`, whatever other files
 * define under that name, and it is no cross-file target. Parameters here are only those on a
 * `def`/`func`/`fn` line; every language's, in the function around the line, are `parameterUses`.
 */
function boundLocally(name: string, text: string): boolean {
  const n = escape(name);
  return (
    new RegExp(`(?<![\\w.$])${n}\\s*(?::=|=(?![=>])|\\+=)`).test(text) ||
    new RegExp(`\\b(?:let|var|const|for|mut|auto)\\s+(?:mut\\s+)?${n}\\b`).test(text) ||
    new RegExp(`^\\s*(?:async\\s+)?(?:def|func|fn)\\b[^\\n]*[(,]\\s*\\*{0,2}&?(?:mut\\s+)?${n}\\b`, 'm').test(text)
  );
}

/** A name defined in more files than this says nothing about which definition the line uses (`get`, `new`, `String`). */
const MAX_DEFINITIONS = 8;

const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from global if ' +
    'import in is lambda nonlocal not or pass raise return try while with yield self cls super print len str int bool dict ' +
    'list set tuple isinstance getattr setattr hasattr type object Exception ValueError TypeError KeyError ' +
    'abstract any boolean case catch const constructor debugger declare default delete do enum export extends false ' +
    'function get implements instanceof interface keyof let module namespace never new null number of package private ' +
    'protected public readonly require static string switch symbol this throw true typeof undefined unique unknown var void ' +
    'Promise Array Object Error Map Set String Number Boolean ' +
    'func fn impl pub mut let match struct trait mod use crate Self where unsafe dyn ref move loop go defer chan map range ' +
    'select fallthrough error nil byte rune uint int64 float64 usize u8 u16 u32 u64 i32 i64 f64 Option Some Ok Err Result Vec Box ' +
    'final class throws return boolean char long double float short synchronized volatile transient native try finally throw ' +
    'std namespace template typename auto unsigned signed sizeof virtual override nullptr'
  ).split(' '),
);

export function identifiersOf(line: string): string[] {
  return [...new Set(line.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])].filter((w) => w.length > 1 && !KEYWORDS.has(w));
}

/** Per file, from its parse tree: identifiers (not words in strings or comments) by line, and import lines. */
export interface LineFacts {
  readonly identifiers: ReadonlyMap<number, readonly string[]>;
  readonly importLines: ReadonlySet<number>;
  /** By line, the names it uses that a function around it binds as parameters: the function's own, no target. */
  readonly parameterUses: ReadonlyMap<number, ReadonlySet<string>>;
}

/** Lines read past a definition's start for the one that names it (annotations, templates, decorators). */
const HEADER_REACH = 8;
/** An annotation or attribute line above a definition may hold its name too (`@JsonProperty("id")`). */
const ATTRIBUTE_LINE = /^\s*(?:@|#\[|\[)/;

/**
 * A definition's defining line: its first line that holds its name as a word. A Java method's
 * node starts at `@Override`, a C++ template's at `template <…>`: taking the first line made every
 * context line that starts with `@Override` count as showing every annotated method.
 */
function definingLine(analysis: FileAnalysis, d: CodeDefinition): string {
  const word = new RegExp(`(?<![\\w$])${d.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`);
  const last = Math.min(d.endLine, d.startLine + HEADER_REACH);
  for (let line = d.startLine; line <= last; line++) {
    const text = analysis.lines.lines(line, line);
    if (!ATTRIBUTE_LINE.test(text) && word.test(text)) return text.trim();
  }
  return analysis.lines.lines(d.startLine, d.startLine).trim();
}

export function samplePoints(
  files: readonly CorpusFile[],
  analyses: ReadonlyMap<string, FileAnalysis>,
  facts: ReadonlyMap<string, LineFacts>,
  count: number,
  random: () => number,
): CompletionPoint[] {
  // Where each name is defined, with its defining (first header) lines.
  const definedIn = new Map<string, { path: string; line: string }[]>();
  for (const [path, analysis] of analyses) {
    for (const [name, defs] of analysis.byName) {
      let list = definedIn.get(name);
      if (!list) definedIn.set(name, (list = []));
      for (const d of defs) list.push({ path, line: definingLine(analysis, d) });
    }
  }
  const candidates: CompletionPoint[] = [];
  for (const file of files) {
    const lines = file.text.split('\n');
    let prefixLength = 0;
    const seen = new Set<string>();
    const fileFacts = facts.get(file.path);
    const bound = new Map<string, boolean>();
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const trimmed = line.trim();
      const ids = identifiersOf(line);
      // Code lines only: not inside import/export lists, and only real identifiers count.
      if (i >= 5 && trimmed.length >= 8 && fileFacts && !fileFacts.importLines.has(i)) {
        const codeIds = new Set(fileFacts.identifiers.get(i) ?? []);
        const parameters = fileFacts.parameterUses.get(i);
        const targets = ids.filter((id) => !seen.has(id) && codeIds.has(id));
        const definitions: DefinitionTarget[] = [];
        for (const id of ids.filter((x) => codeIds.has(x))) {
          const where = definedIn.get(id);
          if (!where || where.length > MAX_DEFINITIONS || where.some((w) => w.path === file.path) || parameters?.has(id)) continue;
          let local = bound.get(id);
          if (local === undefined) bound.set(id, (local = boundLocally(id, file.text)));
          if (local) continue;
          definitions.push({ name: id, lines: [...new Set(where.map((w) => w.line))] });
        }
        if (definitions.length > 0) {
          const indent = /^\s*/.exec(line)![0].length;
          candidates.push({ file, line: i, prefix: file.text.slice(0, prefixLength + indent), targetLine: line, targets, definitions });
        }
      }
      for (const id of ids) seen.add(id);
      prefixLength += line.length + 1;
    }
  }
  // Seeded shuffle, then the first `count`.
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  return candidates.slice(0, count);
}
