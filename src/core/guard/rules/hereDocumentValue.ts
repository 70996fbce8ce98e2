// A here-document read into a named variable (Bash manual §3.6.6 "Here Documents", §3.5.4 "Command Substitution", the
// `read` builtin): `NAME=$(cat <<'EOF'⏎VALUE⏎EOF⏎)`, `read -r -d '' NAME <<EOF⏎VALUE⏎EOF`: a body of one line is the value.
// One of nextLineValueRule's readings (a credential's name on one line, its value on the next), found by the command that
// reads the document (`cat <<`, `read `), not by `<<`, which C++'s stream output holds on every line.
import { CR, LF } from './charCodes';
import { keyStrength } from './keyStrength';
import { acceptsLiteralForKey } from './literalForKey';

/** Where a here-document's readings stand in a text, kept between calls so each place is read once. */
export interface HereReading {
  /** The line break ending the line of the here-documents last tried, and how many were tried on it. */
  hereLine: number;
  hereTries: number;
  /** The first `<<` at or after the last `read ` read (-1 before any; the text's length if none). */
  operator: number;
}

/** A value's start and end in the text. */
type ValueSpan = [number, number];

const HERE_COMMAND = /cat[ \t]*<<|read[ \t]+/gi;
/** How far back on its line a here-document's command is read; the longest body. */
const MAX_COMMAND = 120;
const MAX_VALUE = 400;
// `NAME=$(cat <<`, `NAME="$(cat <<-`; `read -r -d '' NAME <<`.
const CAT_INTO = /(?:^|[\s;&|])(?:(?:export|local|readonly|declare(?:[ \t]+-[a-zA-Z]+)?)[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,63})="?\$\([ \t]*cat[ \t]*$/;
const READ_INTO = /(?:^|[\s;&|])read(?:[ \t]+-[a-zA-Z]{1,4}(?:[ \t]+(?:''|""))?){0,4}[ \t]+([A-Za-z_][A-Za-z0-9_]{0,63})[ \t]*$/;
// A here-document's delimiter: a word, maybe quoted (its quotes make the body literal).
const DELIMITER = /-?[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_]{0,31})\1/y;

/** The end of the first here-document command (`cat <<`, `read `) from `from`, -1 if none. */
export function hereCommandEnd(text: string, from: number): number {
  HERE_COMMAND.lastIndex = from;
  return HERE_COMMAND.exec(text) ? HERE_COMMAND.lastIndex : -1;
}

/**
 * `read ` ending at `end`: the here-document its line opens within MAX_COMMAND characters. (The next `<<` is kept between
 * calls: each is sought once, so a text of `read ` without one is read in one pass.)
 */
export function readInto(text: string, end: number, reading: HereReading): ValueSpan | undefined {
  if (reading.operator < end) {
    const at = text.indexOf('<<', end);
    reading.operator = at < 0 ? text.length : at;
  }
  const op = reading.operator;
  if (op - end > MAX_COMMAND) return undefined;
  for (let i = end; i < op; i++) if (text.charCodeAt(i) === LF) return undefined;
  return hereDocument(text, op + 2, reading);
}

/** A here-document opened by the `<<` ending at `end`, read into a named variable: its body of one line is the value. */
export function hereDocument(text: string, end: number, reading: HereReading): ValueSpan | undefined {
  // (A line of many `<<` is read at its first few: the body after its line is the first here-document's.)
  let lineEnd = reading.hereLine;
  if (lineEnd < end) {
    lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = text.length;
    reading.hereLine = lineEnd;
    reading.hereTries = 0;
  }
  if (lineEnd === text.length || ++reading.hereTries > 2 || text.charCodeAt(end) === 60 || text.charCodeAt(end - 3) === 60) return undefined;
  DELIMITER.lastIndex = end;
  const d = DELIMITER.exec(text);
  if (!d) return undefined;
  const opStart = end - 2;
  const from = Math.max(text.lastIndexOf('\n', opStart - 1) + 1, opStart - MAX_COMMAND);
  const command = text.slice(from, opStart);
  const name = (CAT_INTO.exec(command) ?? READ_INTO.exec(command))?.[1];
  if (name === undefined) return undefined;
  const strength = keyStrength(name);
  if (strength === 'none') return undefined;
  // The body's one line, then the delimiter's (`<<-` strips leading tabs).
  const start = lineEnd + 1;
  const bodyEnd = lineEndFrom(text, start, MAX_VALUE);
  if (bodyEnd < 0) return undefined;
  const valueEnd = text.charCodeAt(bodyEnd - 1) === CR ? bodyEnd - 1 : bodyEnd;
  let close = bodyEnd + 1;
  while (text.charCodeAt(close) === 9) close++;
  const delimiter = d[2]!;
  if (!text.startsWith(delimiter, close)) return undefined;
  const after = text.charCodeAt(close + delimiter.length);
  if (!(after === LF || after === CR || Number.isNaN(after))) return undefined;
  return valueEnd > start && acceptsLiteralForKey(text, start, valueEnd, name, strength, true) ? [start, valueEnd] : undefined;
}

/** The index of the line break ending the line from `at` (a CR before it stays in), -1 if none within `most` characters. */
function lineEndFrom(text: string, at: number, most = Infinity): number {
  const i = text.indexOf('\n', at);
  return i < 0 || i - at > most ? -1 : i;
}
