// Runaway repetition: small models sometimes loop, emitting the same line or group of lines
// again and again. We keep the first occurrence and cut the rest.

/** How many times a group must repeat back to back to count as runaway. */
const MIN_REPEATS = 3;
const MAX_GROUP_LINES = 4;

/**
 * The index at which to cut `text` because its complete lines end in a loop, or undefined.
 * The cut keeps the first occurrence of the repeated group.
 */
export function findRepetition(text: string): number | undefined {
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  const lines = complete.split('\n');
  lines.pop(); // the empty string after the last newline
  for (let group = 1; group <= MAX_GROUP_LINES; group++) {
    if (lines.length < group * MIN_REPEATS) break;
    let repeats = 1;
    for (let start = lines.length - 2 * group; start >= 0; start -= group) {
      if (!sameGroup(lines, start, start + group, group)) break;
      repeats++;
    }
    if (repeats < MIN_REPEATS) continue;
    const groupText = lines.slice(lines.length - group).join('\n');
    // Blank lines or lone closers repeated are not worth a verdict on their own.
    if (group === 1 && groupText.trim().length <= 1 && groupText.trim() !== '') continue;
    const firstKept = lines.length - repeats * group + group;
    return offsetOfLine(lines, firstKept);
  }
  // One endless line: the same chunk of 4-40 characters over and over at its end.
  return findRepeatedTail(text);
}

function sameGroup(lines: readonly string[], a: number, b: number, size: number): boolean {
  for (let i = 0; i < size; i++) if (lines[a + i] !== lines[b + i]) return false;
  return true;
}

function offsetOfLine(lines: readonly string[], index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset += lines[i]!.length + 1;
  return Math.max(0, offset - 1);
}

const TAIL_REPEATS = 8;

function findRepeatedTail(text: string): number | undefined {
  const lineStart = text.lastIndexOf('\n') + 1;
  const line = text.slice(lineStart);
  if (line.length < 64) return undefined;
  for (let unit = 4; unit <= 40; unit++) {
    if (unit * TAIL_REPEATS > line.length) break;
    const chunk = line.slice(line.length - unit);
    if (chunk.trim() === '') continue;
    let repeats = 1;
    while (repeats < TAIL_REPEATS && line.endsWith(chunk, line.length - repeats * unit)) repeats++;
    if (repeats < TAIL_REPEATS) continue;
    let start = line.length - repeats * unit;
    while (start >= unit && line.endsWith(chunk, start)) start -= unit;
    return lineStart + start + unit;
  }
  return undefined;
}

/**
 * `text` cut where a group of lines (1 to 4, with real code in it) repeats right after itself:
 * a duplicated YAML key or a block written twice is never what the user wants, even when the
 * model stopped before a third time.
 */
export function cutRepeatedGroup(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    for (let group = 1; group <= MAX_GROUP_LINES && i + 2 * group <= lines.length; group++) {
      if (!sameLines(lines, i, i + group, group)) continue;
      const code = lines.slice(i, i + group).join('\n').trim();
      // Closers, blank lines and short statements (`i++;`) may repeat on purpose.
      if (code.replace(/[\s)\]};,]/g, '').length < 10) continue;
      return lines.slice(0, i + group).join('\n');
    }
  }
  return text;
}

// Line 0 continues the cursor's line: its indentation is the cursor's, not in the text.
function sameLines(lines: readonly string[], a: number, b: number, size: number): boolean {
  for (let k = 0; k < size; k++) {
    const x = lines[a + k]!;
    const y = lines[b + k]!;
    if (a + k === 0 ? x.trim() !== y.trim() : x !== y) return false;
  }
  return true;
}
