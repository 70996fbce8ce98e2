// Where a code block from an answer goes in its target file. The result is the proposed full
// text, shown as a diff the user accepts or rejects, so a wrong guess costs one click.
//   1. the selection the question was about, when the block stays within it;
//   2. the whole file, when the block starts like the file and is nearly as large;
//   3. the definition the block rewrites: from the block's first line that occurs in the file
//      to the end of the syntactic block it opens (by indentation), widened to the block's
//      last line that occurs in the file;
//   4. the whole file, when the block is about as large as the file;
//   5. otherwise inserted at the start of the cursor's line.
// Whichever it is, the file keeps its final newline, or its lack of one.

import { keepFinalNewline } from '../review/finalNewline';

export type ApplyStrategy = 'selection' | 'anchored' | 'wholeFile' | 'insert';

export interface ApplyInput {
  readonly text: string;
  readonly code: string;
  /** The selection (offsets into `text`) the question quoted, when it still matches. */
  readonly selection?: { readonly start: number; readonly end: number };
  readonly cursor?: number;
}

export interface ApplyPlan {
  readonly strategy: ApplyStrategy;
  readonly proposed: string;
}

/** A line worth matching on: not blank, not a lone brace or keyword. */
function isAnchor(line: string): boolean {
  return line.replace(/\s+/g, '').length >= 4;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

interface LineRegion {
  readonly first: number;
  /** Exclusive. */
  readonly end: number;
}

/** Finds the file lines the block replaces: from its first line that occurs in the file to
 * the end of the syntactic block that line opens, widened to its last line that occurs. */
export function findAnchoredRegion(fileLines: readonly string[], blockLines: readonly string[]): LineRegion | undefined {
  const trimmedFile = fileLines.map((l) => l.trim());
  const anchors = blockLines.map((l, i) => ({ i, t: l.trim() })).filter((a) => isAnchor(a.t));
  const head = anchors.find((a) => trimmedFile.includes(a.t));
  if (!head) return undefined;
  const headAt = trimmedFile.indexOf(head.t);
  let end = blockEnd(fileLines, headAt);
  // A later line of the block found further down widens the region (several definitions).
  for (const candidate of anchors.filter((a) => a.i > head.i).reverse()) {
    const expected = headAt + (candidate.i - head.i);
    let best = -1;
    trimmedFile.forEach((t, at) => {
      if (t === candidate.t && at > headAt && (best < 0 || Math.abs(at - expected) < Math.abs(best - expected))) best = at;
    });
    if (best < 0) continue;
    let tailEnd = Math.max(best + 1, blockEnd(fileLines, best));
    // Block lines after it that match the file one-for-one (a closing brace) replace, not repeat.
    for (let b = candidate.i + 1; b < blockLines.length && tailEnd < fileLines.length && trimmedFile[tailEnd] === blockLines[b].trim() && blockLines[b].trim() !== ''; b++) tailEnd++;
    end = Math.max(end, tailEnd);
    break;
  }
  // Block lines before the head that match the file (a doc comment) are replaced too.
  let first = headAt;
  for (let b = head.i - 1; b >= 0 && first > 0 && trimmedFile[first - 1] === blockLines[b].trim(); b--) first--;
  return { first, end };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Exclusive end of the block opened at line `at`: the more-indented lines after it, plus a
 * closing line ("}", "end", "</div>") at its own indentation. */
function blockEnd(lines: readonly string[], at: number): number {
  const indent = indentOf(lines[at]);
  let j = at + 1;
  while (j < lines.length && (lines[j].trim() === '' || indentOf(lines[j]) > indent)) j++;
  let end = j;
  while (end > at + 1 && lines[end - 1].trim() === '') end--;
  if (j < lines.length && indentOf(lines[j]) === indent && /^([}\])]|end\b|fi\b|done\b|esac\b|<\/)/.test(lines[j].trim())) end = j + 1;
  return end;
}

function withEol(code: string, eol: string): string {
  return eol === '\n' ? code : code.replace(/\r?\n/g, eol);
}

export function planApply(input: ApplyInput): ApplyPlan {
  const plan = placeCode(input);
  return { strategy: plan.strategy, proposed: keepFinalNewline(input.text, plan.proposed) };
}

function placeCode(input: ApplyInput): ApplyPlan {
  const { text } = input;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const code = withEol(input.code.endsWith('\n') ? input.code : `${input.code}\n`, eol);
  if (text.trim() === '') return { strategy: 'wholeFile', proposed: code };

  const fileLines = text.split(/\r?\n/);
  const blockLines = code.split(/\r?\n/);
  if (blockLines[blockLines.length - 1] === '') blockLines.pop();
  const starts = lineStarts(text);
  const region = findAnchoredRegion(fileLines, blockLines);
  const regionStart = region ? starts[region.first] : 0;
  const regionEnd = region ? (region.end < starts.length ? starts[region.end] : text.length) : 0;

  const selection = input.selection;
  if (selection && selection.end > selection.start) {
    const within = !region || (regionStart >= lineStartOf(text, selection.start) && regionEnd <= lineEndOf(text, selection.end));
    if (within) {
      const selected = text.slice(selection.start, selection.end);
      const replacement = selected.endsWith('\n') ? code : code.replace(/\r?\n$/, '');
      return { strategy: 'selection', proposed: text.slice(0, selection.start) + replacement + text.slice(selection.end) };
    }
  }
  // A rewrite of the whole file: starts like it and is nearly as long.
  const firstOf = (lines: readonly string[]): string | undefined => lines.find((l) => l.trim() !== '')?.trim();
  if (firstOf(blockLines) === firstOf(fileLines) && code.length >= text.length * 0.85) return { strategy: 'wholeFile', proposed: code };
  if (region) return { strategy: 'anchored', proposed: text.slice(0, regionStart) + code + text.slice(regionEnd) };
  if (code.length >= text.length * 0.6) return { strategy: 'wholeFile', proposed: code };
  const at = input.cursor === undefined ? text.length : lineStartOf(text, Math.min(input.cursor, text.length));
  const prefix = at > 0 && !text.slice(0, at).endsWith('\n') ? eol : '';
  return { strategy: 'insert', proposed: text.slice(0, at) + prefix + code + text.slice(at) };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const next = text.indexOf('\n', offset);
  return next < 0 ? text.length : next + 1;
}
