// A person typing a region of a real file into the real editor: key by key at a human pace with
// pauses (at the start of a line, now and then after a word), fixing the indentation VS Code puts
// after Enter, closing the suggest widget before Enter as one does, and pressing Tab only when the
// ghost text on screen, as displayed, is exactly what they were about to type. After every Tab
// the document must be what was shown (or the shown text's beginning, when the suggest widget's
// item took the Tab): anything else is a wrong accept, counted, and undone by hand.
import type { Page } from 'playwright-core';
import type { Bridge } from '../../test/e2e/harness/bridge';
import { readGhostView, type GhostView } from './ghostProbe';
import type { TypingTask } from './typingCorpus';

export interface Pace {
  /** Median gap between keys (log-normal around it). */
  readonly keyMs: number;
  /** Chance of a pause after a word (a space or punctuation typed). */
  readonly pauseChance: number;
  readonly pauseMs: readonly [number, number];
  /** Thinking before a line. */
  readonly lineStartMs: readonly [number, number];
  /** Reading the ghost text before Tab. */
  readonly reactionMs: number;
}

export const humanPace: Pace = { keyMs: 170, pauseChance: 0.25, pauseMs: [500, 1500], lineStartMs: [400, 1000], reactionMs: 180 };

export interface LineResult {
  readonly blank: boolean;
  /** Characters of the line (indentation excluded) that came from an accepted ghost text. */
  acceptedChars: number;
  readonly chars: number;
}

export interface TaskResult {
  readonly lines: LineResult[];
  keys: number;
  tabs: number;
  wrongAccepts: number;
  /** Accepts that inserted the ghost text shown but left the cursor before its end. */
  cursorShort: number;
  /** Times the document differed from the true text and was set right by hand (auto-closed leftovers included). */
  corrections: number;
  /** What went wrong, for the report. */
  readonly notes: string[];
}

export interface EditorState {
  readonly text: string;
  readonly offset: number;
}

export class Typist {
  private pos = 0;
  private result!: TaskResult;

  constructor(
    private readonly page: Page,
    private readonly bridge: Bridge,
    private readonly random: () => number,
    private readonly pace: Pace,
    private readonly onLine: (line: number) => Promise<void>,
  ) {}

  /** Where the typist is in the true text (the oracle breaks ties with it). */
  get position(): number {
    return this.pos;
  }

  /** Types `task.lines` at the cursor, which must be on the empty line at `task.regionStart`. */
  async type(task: TypingTask): Promise<TaskResult> {
    const truth = task.trueText;
    const lineStarts: number[] = [];
    let at = task.regionStart;
    for (const line of task.lines) {
      lineStarts.push(at);
      at += line.length + 1;
    }
    const end = at - 1; // the last line's end; its line end is already in the document
    this.result = {
      lines: task.lines.map((l) => ({ blank: l.trim() === '', acceptedChars: 0, chars: l.trim().length })),
      keys: 0, tabs: 0, wrongAccepts: 0, cursorShort: 0, corrections: 0, notes: [],
    };
    this.pos = task.regionStart;
    let started = -1;
    while (this.pos < end || started < task.lines.length - 1) {
      const index = lineIndexAt(lineStarts, this.pos);
      const lineStart = lineStarts[index]!;
      const lineEnd = lineStart + task.lines[index]!.length;
      if (index > started) {
        started = index;
        await this.onLine(index);
        // An accepted ghost text that ran into this line typed its start already.
        if (this.pos <= lineStart) await this.startLine(truth, lineStart, task.lines[index]!);
        continue;
      }
      if (this.pos >= lineEnd) {
        await this.finishLine(truth, lineStart, lineEnd);
        if (index === task.lines.length - 1) break;
        await this.closeSuggestWidget();
        await this.key('Enter');
        this.pos = lineEnd + 1;
        continue;
      }
      await sleep(this.gap(truth[this.pos - 1]));
      if (await this.acceptIfRight(truth, end, lineStarts, task.lines)) continue;
      trace(`type ${JSON.stringify(truth[this.pos])} at ${this.pos}`);
      await this.page.keyboard.type(truth[this.pos]!);
      this.result.keys++;
      this.pos++;
    }
    await this.settle(truth);
    return this.result;
  }

  /** At a new line: VS Code indented it (after Enter); make the indentation the file's, then think. */
  private async startLine(truth: string, lineStart: number, line: string): Promise<void> {
    if (line.trim() === '') {
      this.pos = lineStart + line.length;
      return;
    }
    const indent = line.length - line.trimStart().length;
    for (let guard = 0; guard < 20; guard++) {
      const state = await this.onLineAt(lineStart);
      const current = state.text.slice(lineStartOf(state.text, state.offset), state.offset);
      trace(`line start: indentation ${JSON.stringify(current)}, want ${indent}`);
      if (current === ' '.repeat(indent)) break;
      // Each key waits for the editor to show its effect: the next decision reads it.
      if (current.length > indent || current.trim() !== '') await this.key('Backspace');
      else {
        await this.page.keyboard.type(' '.repeat(indent - current.length));
        this.result.keys += indent - current.length;
      }
      await this.changed(state);
    }
    this.pos = lineStart + indent;
    await this.expectTruth(truth);
    await sleep(between(this.random, this.pace.lineStartMs));
  }

  /** The line is typed: leftovers after the cursor (an auto-closed bracket not typed over) are deleted as a person would. */
  private async finishLine(truth: string, lineStart: number, lineEnd: number): Promise<void> {
    // An empty line may keep VS Code's indentation until Enter (which trims it).
    if (lineStart === lineEnd) return;
    const state = await this.synced(lineEnd);
    const rest = state.text.slice(state.offset, lineEndOf(state.text, state.offset));
    const expectedRest = truth.slice(lineEnd, lineEndOf(truth, lineEnd));
    if (rest !== expectedRest && state.text.slice(0, state.offset) === truth.slice(0, lineEnd)) {
      await this.key('Shift+End');
      await this.key('Delete');
      this.result.notes.push(`deleted leftover ${JSON.stringify(rest)} at the end of ${JSON.stringify(truth.slice(lineStart, lineEnd).trim())}`);
    }
    await this.expectTruth(truth);
  }

  /**
   * Tab when the ghost text, as displayed, continues the true text within the lines being typed
   * (not into the text already below them); checks what Tab did.
   */
  private async acceptIfRight(truth: string, end: number, lineStarts: readonly number[], lines: readonly string[]): Promise<boolean> {
    if (!(await readGhostView(this.page))) return false;
    // The editor may not have every key typed so far yet: decide on the state the screen shows.
    const before = await this.synced(this.pos);
    const view = await readGhostView(this.page);
    if (!view) return false;
    const shown = displayedDocument(before, view);
    if (!shown || shown.ghostEnd <= before.offset || shown.ghostEnd > end) return false;
    if (shown.text.slice(0, shown.ghostEnd) !== truth.slice(0, shown.ghostEnd)) return false;
    await sleep(this.pace.reactionMs);
    const again = await readGhostView(this.page);
    if (JSON.stringify(again) !== JSON.stringify(view)) return false; // it changed while being read
    await this.key('Tab');
    this.result.tabs++;
    const after = await this.settledAfterTab(before);
    const verdict = judgeAccept(shown, before, after);
    if (verdict === 'wrong') {
      this.result.wrongAccepts++;
      const expected = shown.text;
      const at = firstDifference(expected, after.text);
      this.result.notes.push(
        `wrong accept: shown ${JSON.stringify(shown.text.slice(before.offset, shown.ghostEnd))}; cursor ${before.offset} → ${after.offset} (ghost ends at ${shown.ghostEnd}); ` +
          `first difference from the whole ghost text at ${at}: expected ${JSON.stringify(expected.slice(Math.max(0, at - 20), at + 40))}, document has ${JSON.stringify(after.text.slice(Math.max(0, at - 20), at + 40))}; ` +
          `on screen ${JSON.stringify(view)}`,
      );
      const upTo = Math.min(Math.max(after.offset, before.offset + 1), shown.ghostEnd);
      await this.setDocument(truth.slice(0, upTo) + before.text.slice(before.offset), upTo);
      this.credit(before.offset, upTo, lineStarts, lines);
      this.pos = upTo;
      return true;
    }
    if (verdict === 'cursor-short') {
      // The text is what was shown, the cursor stopped inside it: a person moves it to the end.
      this.result.cursorShort++;
      this.result.notes.push(`cursor left ${shown.ghostEnd - after.offset} character(s) before the end of the accepted ${JSON.stringify(shown.text.slice(before.offset, shown.ghostEnd))}`);
      if (shown.ghostEnd === lineEndOf(after.text, after.offset)) await this.key('End');
      else for (let i = after.offset; i < shown.ghostEnd; i++) await this.key('ArrowRight');
      await this.changed(after);
    }
    const reached = verdict === 'beginning' ? after.offset : Math.max(after.offset, shown.ghostEnd);
    this.credit(before.offset, reached, lineStarts, lines);
    this.pos = reached;
    return true;
  }

  private credit(from: number, to: number, lineStarts: readonly number[], lines: readonly string[]): void {
    for (let i = 0; i < lines.length; i++) {
      const start = lineStarts[i]! + (lines[i]!.length - lines[i]!.trimStart().length);
      const end = lineStarts[i]! + lines[i]!.length;
      const overlap = Math.min(end, to) - Math.max(start, from);
      if (overlap > 0) this.result.lines[i]!.acceptedChars += overlap;
    }
  }

  /** The state once Tab changed the document and the editor stopped moving (the cursor may follow the edit). */
  private async settledAfterTab(before: EditorState): Promise<EditorState> {
    let state = await this.state();
    for (let i = 0; i < 40 && state.text === before.text; i++) {
      await sleep(25);
      state = await this.state();
    }
    for (let i = 0; i < 10; i++) {
      await sleep(40);
      const next = await this.state();
      if (next.text === state.text && next.offset === state.offset) break;
      state = next;
    }
    return state;
  }

  /** A person closes the suggest widget before Enter, or Enter would take its item. */
  private async closeSuggestWidget(): Promise<void> {
    if (await this.page.locator('.editor-widget.suggest-widget.visible').count()) await this.key('Escape');
  }

  /** The document must be the true text up to the cursor; if not, it is set right by hand. */
  private async expectTruth(truth: string): Promise<void> {
    const state = await this.state();
    if (state.offset === this.pos && state.text.slice(0, this.pos) === truth.slice(0, this.pos)) return;
    trace(`mismatch: pos ${this.pos}, cursor ${state.offset}, prefix equal ${state.text.slice(0, this.pos) === truth.slice(0, this.pos)}, first difference ${firstDifference(state.text, truth)}`);
    this.result.corrections++;
    this.result.notes.push(`corrected at ${JSON.stringify(truth.slice(Math.max(0, this.pos - 30), this.pos))}: document had ${JSON.stringify(diffAt(state.text, Math.max(0, this.pos - 30)))}`);
    const after = state.text.slice(state.offset);
    await this.setDocument(truth.slice(0, this.pos) + after, this.pos);
  }

  /** After the last line: the document must be the true file. */
  private async settle(truth: string): Promise<void> {
    const state = await this.state();
    if (state.text === truth) return;
    this.result.corrections++;
    this.result.notes.push(`at the end the document differed: ${JSON.stringify(diffAt(state.text, firstDifference(state.text, truth)))} vs ${JSON.stringify(diffAt(truth, firstDifference(state.text, truth)))}`);
  }

  private async key(name: string): Promise<void> {
    trace(`key ${name} at ${this.pos}`);
    await this.page.keyboard.press(name);
    this.result.keys++;
  }

  private gap(previous: string | undefined): number {
    // Log-normal inter-key time (σ ≈ 0.35), and now and then a pause after a word.
    const normal = Math.sqrt(-2 * Math.log(1 - this.random())) * Math.cos(2 * Math.PI * this.random());
    let ms = this.pace.keyMs * Math.exp(0.35 * normal);
    if (previous !== undefined && /[\s.,:;()[\]{}=]/.test(previous) && this.random() < this.pace.pauseChance) ms += between(this.random, this.pace.pauseMs);
    return ms;
  }

  /** The editor's state once its cursor is at `offset` (the keys typed so far have arrived), or as it is after 3 s. */
  private async synced(offset: number): Promise<EditorState> {
    let state = await this.state();
    for (let i = 0; i < 60 && state.offset !== offset; i++) {
      await sleep(50);
      state = await this.state();
    }
    return state;
  }

  /** The editor's state once its cursor is on the line that starts at `lineStart` (the Enter has arrived), or as it is after 3 s. */
  private async onLineAt(lineStart: number): Promise<EditorState> {
    let state = await this.state();
    for (let i = 0; i < 60 && lineStartOf(state.text, state.offset) !== lineStart; i++) {
      await sleep(50);
      state = await this.state();
    }
    return state;
  }

  /** Waits (up to 2 s) for the document or cursor to differ from `before`. */
  private async changed(before: EditorState): Promise<void> {
    for (let i = 0; i < 40; i++) {
      const state = await this.state();
      if (state.text !== before.text || state.offset !== before.offset) return;
      await sleep(50);
    }
  }

  private state(): Promise<EditorState> {
    return this.bridge.evaluate((vscode) => {
      const editor = vscode.window.activeTextEditor!;
      return { text: editor.document.getText(), offset: editor.document.offsetAt(editor.selection.active) };
    });
  }

  private async setDocument(text: string, cursor: number): Promise<void> {
    await this.bridge.evaluate(async (vscode, text, cursor) => {
      const editor = vscode.window.activeTextEditor!;
      const document = editor.document;
      await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text));
      const position = document.positionAt(cursor);
      editor.selection = new vscode.Selection(position, position);
    }, text, cursor);
  }
}

/**
 * What Tab did with the ghost text shown: inserted it all, the cursor at its end or past the
 * closers it was drawn around ('whole'), or short of its end ('cursor-short': VS Code puts the
 * cursor before what the edit's replaced text and its new text end alike, e.g. an auto-closed
 * `)` replaced by text ending in `)`); inserted its
 * beginning ('beginning': the suggest widget's item took the Tab); or anything else ('wrong').
 */
export function judgeAccept(shown: { text: string; ghostEnd: number }, before: EditorState, after: EditorState): 'whole' | 'cursor-short' | 'beginning' | 'wrong' {
  if (after.text === shown.text) {
    if (after.offset === shown.ghostEnd) return 'whole';
    if (after.offset >= before.offset && after.offset < shown.ghostEnd) return 'cursor-short';
    // Past the closers the ghost text was drawn around (they were replaced by the suggestion's own).
    if (after.offset > shown.ghostEnd && /^[)\]}"'`;:,]+$/.test(after.text.slice(shown.ghostEnd, after.offset))) return 'whole';
    return 'wrong';
  }
  // The beginning: the shown text up to the new cursor inserted at the old one, the rest of the document as it was.
  const beginning = before.text.slice(0, before.offset) + shown.text.slice(before.offset, after.offset) + before.text.slice(before.offset);
  return after.offset > before.offset && after.offset < shown.ghostEnd && after.text === beginning ? 'beginning' : 'wrong';
}

/** The document as the screen shows it with the ghost text in, and where the ghost text ends in it. */
export function displayedDocument(state: EditorState, view: GhostView): { text: string; ghostEnd: number } | undefined {
  const start = lineStartOf(state.text, state.offset);
  const end = lineEndOf(state.text, state.offset);
  const cursorLine = state.text.slice(start, end);
  const line = view.line ?? cursorLine;
  // The displayed line must hold the document's line: the ghost text only adds to it.
  if (!isSubsequence(cursorLine, line)) return undefined;
  const before = state.text.slice(0, start);
  const after = state.text.slice(end);
  if (view.extra.length === 0) {
    if (view.ghostEnd < 0) return undefined;
    return { text: before + line + after, ghostEnd: start + view.ghostEnd };
  }
  // A multi-line ghost: VS Code shows the rest of the cursor line after its last line.
  const rest = view.line !== undefined && view.ghostEnd >= 0 ? line.slice(view.ghostEnd) : cursorLine.slice(state.offset - start);
  const head = (view.ghostEnd >= 0 && view.line !== undefined ? line.slice(0, view.ghostEnd) : cursorLine.slice(0, state.offset - start));
  const last = view.extra.at(-1)!;
  const lastGhost = last.endsWith(rest) ? last.slice(0, last.length - rest.length) : last;
  const ghostText = [head, ...view.extra.slice(0, -1), lastGhost].join('\n');
  return { text: before + ghostText + rest + after, ghostEnd: start + ghostText.length };
}

function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (const c of big) if (i < small.length && c === small[i]) i++;
  return i === small.length;
}

function lineIndexAt(starts: readonly number[], offset: number): number {
  let index = 0;
  for (let i = 0; i < starts.length; i++) if (starts[i]! <= offset) index = i;
  return index;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function diffAt(text: string, from: number): string {
  return text.slice(from, from + 60);
}

function between(random: () => number, [min, max]: readonly [number, number]): number {
  return min + random() * (max - min);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** FLYWHEEL_BENCH_TRACE=1 prints every step to stderr. */
function trace(message: string): void {
  if (process.env.FLYWHEEL_BENCH_TRACE) process.stderr.write(`${message}\n`);
}
