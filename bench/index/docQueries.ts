// The bench's questions and the text it indexes. For each documented function, method or class
// the question is the first sentence of its doc comment; every doc comment of the corpus is
// blanked out of the indexed text (line numbers kept), so a question can never find its own
// words: natural language has to meet code.
// Doc comments: `/** … */`, `///`, `//!`, `/*! … */` anywhere; Python doc strings; in languages
// whose doc comments are plain comments (Go, C, C++, Ruby, shell) a comment block that ends on
// the line above a definition (attributes and decorators between are allowed).
import type { Tree, Node } from 'web-tree-sitter';
import { analyzeFile } from '../../src/core/context/fileAnalysis';
import { languageIdForFile, syntaxLanguageFor } from '../../src/core/syntax/languages';
import type { SyntaxService } from '../../src/core/syntax/syntaxService';

export interface DocQuery {
  readonly query: string;
  /** The file whose definition the sentence documents. */
  readonly path: string;
  readonly name: string;
}

export interface PreparedFile {
  readonly path: string;
  /** The text with every doc comment blanked out. */
  readonly stripped: string;
  readonly queries: readonly DocQuery[];
}

const PLAIN_DOC_LANGUAGES = new Set(['go', 'c', 'cpp', 'ruby', 'bash']);
const COMMENT_TYPES = new Set(['comment', 'line_comment', 'block_comment', 'doc_comment']);
const EXPLICIT_DOC = /^\s*(\/\*\*(?!\/)|\/\/\/(?!\/)|\/\/!|\/\*!)/;
const ATTRIBUTE_LINE = /^\s*(@|#\[|\[)/;

interface DocBlock {
  readonly startLine: number;
  readonly endLine: number;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly text: string;
  /** Lines a definition it documents may start on: the next line, or the one after attributes (a docstring: its definition's). */
  readonly owners: readonly number[];
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (let i = 0; i < node.childCount; i++) walk(node.child(i)!, visit);
}

function docBlocks(tree: Tree, language: string, lines: readonly string[]): DocBlock[] {
  const comments: Node[] = [];
  const docstrings: DocBlock[] = [];
  walk(tree.rootNode, (n) => {
    if (COMMENT_TYPES.has(n.type)) comments.push(n);
    // A Python doc string: a statement that is only a string, first in a module, class or function body.
    if (language === 'python' && n.type === 'expression_statement' && n.namedChildCount === 1 && n.namedChild(0)?.type === 'string') {
      const block = n.parent;
      const owner = block?.type === 'block' ? block.parent : block?.type === 'module' ? block : undefined;
      if (block && block.namedChild(0)?.id === n.id && owner) {
        docstrings.push({ startLine: n.startPosition.row, endLine: n.endPosition.row, startIndex: n.startIndex, endIndex: n.endIndex, text: n.text, owners: owner.type === 'module' ? [] : [owner.startPosition.row] });
      }
    }
  });
  const blocks: DocBlock[] = [...docstrings];
  // Consecutive line comments form one block.
  let run: Node[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const first = run[0];
    const last = run[run.length - 1];
    const explicit = run.every((c) => EXPLICIT_DOC.test(c.text));
    let next = last.endPosition.row + 1;
    while (next < lines.length && ATTRIBUTE_LINE.test(lines[next])) next++;
    const owned = next < lines.length && lines[next].trim() !== '' && !/^\s*(\/\/|\/\*|#)/.test(lines[next]);
    if (explicit || (PLAIN_DOC_LANGUAGES.has(language) && owned)) {
      blocks.push({ startLine: first.startPosition.row, endLine: last.endPosition.row, startIndex: first.startIndex, endIndex: last.endIndex, text: run.map((c) => c.text).join('\n'), owners: owned ? [last.endPosition.row + 1, next] : [] });
    }
    run = [];
  };
  for (const c of comments) {
    const previous = run[run.length - 1];
    const adjacent = previous && c.startPosition.row === previous.endPosition.row + 1 && !previous.text.startsWith('/*') && !c.text.startsWith('/*');
    if (!adjacent) flush();
    run.push(c);
  }
  flush();
  return blocks;
}

/** The first sentence of a doc comment, markers and tags removed; undefined when too short to ask with. */
export function firstSentence(doc: string): string | undefined {
  const body = doc
    .replace(/^\s*(\/\*\*|\/\*!|\/\/\/|\/\/!|\/\/|#|"""|'''|[rRbBuU]?"""|[rRbBuU]?'''|"|')/gm, '')
    .replace(/\*\/\s*$|"""\s*$|'''\s*$/gm, '')
    .replace(/^\s*\*\s?/gm, '')
    .replace(/\{@\w+\s+([^}]*)\}/g, '$1')
    .replace(/<[^>]+>/g, ' ');
  const paragraph = body.trim().split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim();
  if (paragraph.startsWith('@') || paragraph.startsWith(':')) return undefined;
  const end = paragraph.search(/(?<!\b(?:e\.g|i\.e|etc|vs|ie|eg))[.!?](\s|$)/);
  const sentence = (end >= 0 ? paragraph.slice(0, end + 1) : paragraph).trim();
  return sentence.split(/\s+/).length >= 3 && sentence.length >= 15 ? sentence : undefined;
}

function blankOut(text: string, ranges: readonly { startIndex: number; endIndex: number }[]): string {
  let out = text;
  for (const r of ranges) out = out.slice(0, r.startIndex) + out.slice(r.startIndex, r.endIndex).replace(/[^\n]/g, ' ') + out.slice(r.endIndex);
  return out;
}

/** The file with its doc comments blanked out and a question per documented definition. */
export async function prepareFile(syntax: SyntaxService, path: string, text: string): Promise<PreparedFile> {
  const languageId = languageIdForFile(path, text);
  const language = syntaxLanguageFor(languageId);
  if (!language) return { path, stripped: text, queries: [] };
  const tree = await syntax.parse(languageId, text, { timeoutMs: 10_000 });
  if (!tree) return { path, stripped: text, queries: [] };
  try {
    const lines = text.split('\n');
    const blocks = docBlocks(tree, language.queries ?? language.name, lines);
    const file = analyzeFile(syntax, path, languageId, text, tree);
    const byLine = new Map<number, string>();
    for (const d of file.definitions) if (d.kind === 'function' || d.kind === 'method' || d.kind === 'class' || d.kind === 'type') byLine.set(d.startLine, d.name);
    const queries: DocQuery[] = [];
    for (const block of blocks) {
      const name = block.owners.map((line) => byLine.get(line)).find((n) => n !== undefined);
      const sentence = name ? firstSentence(block.text) : undefined;
      if (name && sentence) queries.push({ query: sentence, path, name });
    }
    // Ranges in UTF-16 offsets: tree-sitter's indexes are into the same JS string.
    return { path, stripped: blankOut(text, [...blocks].sort((a, b) => b.startIndex - a.startIndex)), queries };
  } finally {
    tree.delete();
  }
}
