// The next-line check: a model that has said what it had to say often goes on with the code that
// already follows the cursor. A completion line that repeats the suffix's next lines ends the
// completion there; a completion that starts by repeating them has nothing new to offer.
import { distance } from 'fastest-levenshtein';
import { indentWidth } from './textWindow';

/** Non-blank suffix lines we compare with (the code right after the cursor). */
const LOOKAHEAD_LINES = 3;
/** How far into the suffix a repeated run of lines may start (a blank or two, a closer). */
const RUN_START_LINES = 3;

/**
 * The completion cut before its first line that repeats the code after the cursor, or ''.
 * `suffixLines` are the suffix's lines after the cursor's line.
 */
export function cutSuffixRepeat(text: string, suffixLines: readonly string[], cursorLineBlank: boolean): string {
  const next = suffixLines.filter((line) => line.trim() !== '').slice(0, Math.max(LOOKAHEAD_LINES, RUN_START_LINES) + 8);
  if (next.length === 0) return text;
  const lines = text.split('\n');
  // The first line continues the cursor's line unless the cursor line is blank.
  for (let i = cursorLineBlank ? 0 : 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const at = repeatsAt(lines, i, next);
    if (at === -1) continue;
    // The lines before the run may repeat the suffix lines before it (the first one too,
    // appended to the cursor's line): then everything is a copy.
    let cut = i;
    for (let j = at - 1; cut > 0 && j >= 0; j--) {
      while (cut > 0 && lines[cut - 1]!.trim() === '') cut--;
      if (cut === 0 || lines[cut - 1]!.trim() !== next[j]!.trim()) break;
      cut--;
    }
    return lines.slice(0, cut).join('\n').trimEnd();
  }
  return text;
}

// Where in `next` a repeat starting at completion line i begins: the suffix's next line, or a
// run of two or more lines found a little further down; -1 when line i repeats nothing.
function repeatsAt(lines: readonly string[], i: number, next: readonly string[]): number {
  const line = lines[i]!;
  if (sameCode(line, next[0]!)) return 0;
  for (let start = 1; start < Math.min(RUN_START_LINES, next.length); start++) {
    if (!sameCode(line, next[start]!) || isTrivial(line)) continue;
    let k = 1;
    let j = i + 1;
    while (j < lines.length && start + k < next.length) {
      if (lines[j]!.trim() === '') {
        j++;
        continue;
      }
      if (!sameCode(lines[j]!, next[start + k]!)) break;
      k++;
      j++;
    }
    if (k >= 2) return start;
  }
  return -1;
}

// Closers and other short lines repeat by nature: they must also sit at the same indentation.
function sameCode(a: string, b: string): boolean {
  if (a.trim() !== b.trim()) return false;
  return !isTrivial(a) || indentWidth(a) === indentWidth(b);
}

function isTrivial(line: string): boolean {
  const code = line.trim();
  return code.length <= 3 || /^(?:[)\]}>;,]+|end|fi|done|esac|else|\}\s*else\s*\{?|break;?|return;?|pass|continue;?)$/.test(code);
}

/**
 * A one-line completion on a blank line that is the suffix's next line with a small change,
 * when the model's text went on to repeat the rest: the model rewrote the next line instead
 * of adding one.
 */
export function rewritesNextLine(line: string, nextLine: string | undefined): boolean {
  if (nextLine === undefined) return false;
  const a = line.trim();
  const b = nextLine.trim();
  if (a.length < 8 || b.length < 8 || a === b) return false;
  return distance(a.slice(0, 200), b.slice(0, 200)) / Math.max(a.length, b.length) < 1 / 3;
}
