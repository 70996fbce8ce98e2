// Dumb redactors the real one must beat (#11: every figure "against a dumb control that an honest method must beat").
// Each is its one-line definition and nothing more, written from first principles after the shapes public detectors
// describe (a keyword then a value near it; a random-looking string; no code, rule, word list or test of any detector
// read), fixed in a commit before any of them ran on a split and never tuned on one:
//   keyword-window: a maximal non-blank run of ≥ 6 characters starting within the 40 characters after a secret word
//     (pass, pwd, secret, token, key, auth, cred, private: anywhere, any case) on the same line;
//   entropy-only: a run of ≥ 16 characters of the base64, hex and URL-safe alphabets with Shannon entropy ≥ 3.5 bits a
//     character (≥ 3.0 when the run is hex), no key word needed;
//   keyword-or-entropy: the two together;
//   every-literal: every quoted string's content and every value after `=` or `:`, a redactor that gives up.
// A control answers as the redactor does ({text, count, redactions}, sorted, merged spans; the text with each span replaced
// by a marker the bench's scoring reads as the redactor's word), so `redactionScore.ts`'s `isRedacted` scores both alike.
// Every scan is linear: the windows are bounded, a run's end is found once per line, and no pattern can backtrack over
// more than one run.

export interface ControlSpan {
  readonly start: number;
  readonly end: number;
}

export interface ControlResult {
  readonly text: string;
  readonly count: number;
  /** `kind` the control's name: the shape of the redactor's `Redaction`. */
  readonly redactions: readonly (ControlSpan & { readonly kind: string })[];
}

export interface DumbControl {
  /** Lower-case and hyphens: the marker `[REDACTED:control-NAME]` must read as a marker to the scoring. */
  readonly name: string;
  readonly spans: (text: string) => ControlSpan[];
}

export const SECRET_WORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred', 'private'] as const;
export const WINDOW = 40;
export const MIN_WINDOW_RUN = 6;
export const MIN_ENTROPY_RUN = 16;
export const MIN_ENTROPY_BITS = 3.5;
export const MIN_HEX_ENTROPY_BITS = 3.0;

const wordPatterns = SECRET_WORDS.map((w) => new RegExp(w, 'gi'));
const BLANK = /\s/;

/** (a) A run may begin right at the word's end (`password="hunter2"` gives `="hunter2"`): the run is cut at the word, or
 * every key glued to its value would be skipped, and a dumb control is not meant to be that dumb. */
export function keywordWindowSpans(text: string, window = WINDOW, minRun = MIN_WINDOW_RUN): ControlSpan[] {
  const spans: ControlSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    // runEnd[i]: where the non-blank run holding i ends (i itself when i is blank), found once per line.
    const runEnd = new Int32Array(line.length + 1);
    runEnd[line.length] = line.length;
    for (let i = line.length - 1; i >= 0; i--) runEnd[i] = BLANK.test(line[i]!) ? i : runEnd[i + 1]!;
    for (const pattern of wordPatterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
        const after = m.index + m[0].length;
        const last = Math.min(line.length, after + window);
        for (let at = after; at < last; at++) {
          if (BLANK.test(line[at]!) || (at > after && !BLANK.test(line[at - 1]!))) continue;
          const end = runEnd[at]!;
          if (end - at >= minRun) spans.push({ start: lineStart + at, end: lineStart + end });
          at = end; // the run's rest starts no run
        }
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return merged(spans);
}

/** Bits a character: Shannon entropy of the run's characters. */
export function shannonEntropy(run: string): number {
  const counts = new Map<string, number>();
  for (const c of run) counts.set(c, (counts.get(c) ?? 0) + 1);
  const n = [...run].length;
  let bits = 0;
  for (const k of counts.values()) bits -= (k / n) * Math.log2(k / n);
  return bits;
}

// A run of the alphabets' characters, and base64's `=` padding only at its end.
const ALPHABET_RUN = /[A-Za-z0-9+\/_-]+={0,2}/g;
const HEX = /^[0-9a-fA-F]+$/;

/** (b) */
export function entropySpans(text: string, minRun = MIN_ENTROPY_RUN, bits = MIN_ENTROPY_BITS, hexBits = MIN_HEX_ENTROPY_BITS): ControlSpan[] {
  const spans: ControlSpan[] = [];
  ALPHABET_RUN.lastIndex = 0;
  for (let m = ALPHABET_RUN.exec(text); m; m = ALPHABET_RUN.exec(text)) {
    const run = m[0];
    if (run.length < minRun) continue;
    if (shannonEntropy(run) >= (HEX.test(run) ? hexBits : bits)) spans.push({ start: m.index, end: m.index + run.length });
  }
  return spans;
}

// A quoted string on one line, escapes read; a value: the non-blank run after a run of `=`/`:` and blanks on its line
// (the lookbehind starts a try only at an operator run's first character, so `=====` costs one try, not one each).
const QUOTED = /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\\n]|\\.)*)`/g;
const VALUE = /(?<![=:])[=:]+[ \t]*([^\s=:]\S*)/g;

/** (d) */
export function everyLiteralSpans(text: string): ControlSpan[] {
  const spans: ControlSpan[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inside = m[1] ?? m[2] ?? m[3] ?? '';
    if (inside) spans.push({ start: m.index + 1, end: m.index + 1 + inside.length });
  }
  VALUE.lastIndex = 0;
  for (let m = VALUE.exec(text); m; m = VALUE.exec(text)) {
    const value = m[1]!;
    const end = m.index + m[0].length;
    spans.push({ start: end - value.length, end });
  }
  return merged(spans);
}

/** Sorted, overlapping and touching spans made one. */
export function merged(spans: readonly ControlSpan[]): ControlSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

export const DUMB_CONTROLS: readonly DumbControl[] = [
  { name: 'keyword-window', spans: (text) => keywordWindowSpans(text) },
  { name: 'entropy-only', spans: (text) => merged(entropySpans(text)) },
  { name: 'keyword-or-entropy', spans: (text) => merged([...keywordWindowSpans(text), ...entropySpans(text)]) },
  { name: 'every-literal', spans: everyLiteralSpans },
];

/** The control's answer in the redactor's shape. */
export function redactWithControl(control: DumbControl, text: string): ControlResult {
  const redactions = control.spans(text).map((s) => ({ ...s, kind: control.name }));
  let out = '';
  let cursor = 0;
  for (const r of redactions) {
    out += `${text.slice(cursor, r.start)}[REDACTED:control-${control.name}]`;
    cursor = r.end;
  }
  return { text: out + text.slice(cursor), count: redactions.length, redactions };
}
