// What the typist sees, read from the workbench's DOM: the ghost text and the line it sits in as
// displayed (ghost text interleaved with the characters already there, e.g. an auto-closed ")"),
// and, recorded inside the page, when each new ghost text appeared relative to the last key
// pressed: the keystroke-to-ghost time a person feels (renderer to renderer).
import type { Page } from 'playwright-core';

export interface GhostView {
  /** The cursor line as displayed, ghost text included; undefined when the ghost starts on a new line. */
  readonly line?: string;
  /** In `line`, the offset just after the last ghost character (-1 when none is on that line). */
  readonly ghostEnd: number;
  /** The ghost text's further lines, as displayed. */
  readonly extra: readonly string[];
}

export interface GhostAppearance {
  /** ms from the last keydown to the ghost text appearing (page clock). */
  readonly afterKeyMs: number;
  /** When it appeared: epoch ms (sub-ms), comparable with the oracle's clock on this machine. */
  readonly at: number;
  /**
   * 'tab': after an accept (the next suggestion was prefetched), with at most Escape and Enter
   * pressed since (the typist goes on to the next line); 'key': after any other key.
   */
  readonly after: 'tab' | 'key';
  /** The line index the typist was on (set by the typist). */
  readonly line: number;
  readonly task: number;
  /** The ghost text's pieces as displayed (inline pieces, then further lines), one per line. */
  readonly text: string;
}

const GHOST = '.ghost-text-decoration, .ghost-text-decoration-preview';
const EXTRA = '.view-zones .suggest-preview-text .view-line, .ghost-text .view-line';

// The page scripts are source text: tsx would wrap named functions in a helper the page lacks.
const RECORDER = `(() => {
  if (window.__fw) return;
  const state = { lastKey: 0, afterTab: false, line: -1, task: -1, events: [] };
  window.__fw = state;
  document.addEventListener('keydown', (event) => {
    state.lastKey = performance.now();
    state.afterTab = event.key === 'Tab' || (state.afterTab && (event.key === 'Enter' || event.key === 'Escape'));
  }, true);
  // In the order it reads: the pieces in the cursor line, then the further lines from the top
  // (their view zone comes first in the DOM), so typing through it only shortens its start.
  const ghostText = () => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return '';
    const inline = [...editor.querySelectorAll('.view-lines ' + ${JSON.stringify(GHOST)}.split(', ').join(', .view-lines '))];
    const extra = [...editor.querySelectorAll(${JSON.stringify(EXTRA)})].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return [...inline, ...extra].map((e) => (e.textContent || '').replace(/\u00a0/g, ' ')).join('\\n');
  };
  // A new ghost text: one appears, or another takes its place (typing through one only shortens it).
  let shown = ghostText();
  new MutationObserver(() => {
    const now = ghostText();
    if (now !== '' && (shown === '' || !shown.endsWith(now)) && state.line >= 0) {
      const t = performance.now();
      state.events.push({ afterKeyMs: t - state.lastKey, at: performance.timeOrigin + t, after: state.afterTab ? 'tab' : 'key', line: state.line, task: state.task, text: now.slice(0, 2000) });
    }
    shown = now;
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

const VIEW = `(() => {
  const editor = document.querySelector('.editor-group-container.active .monaco-editor');
  if (!editor) return undefined;
  const clean = (s) => (s || '').replace(/\u00a0/g, ' ');
  const extras = [...editor.querySelectorAll(${JSON.stringify(EXTRA)})]
    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
    .map((e) => clean(e.textContent));
  const first = editor.querySelector(${JSON.stringify(GHOST)});
  if (!first) return extras.length > 0 ? { ghostEnd: -1, extra: extras } : undefined;
  const lineElement = first.closest('.view-line');
  if (!lineElement) return undefined;
  let text = '';
  let ghostEnd = -1;
  const walker = document.createTreeWalker(lineElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += clean(node.textContent);
    if (node.parentElement && node.parentElement.closest(${JSON.stringify(GHOST)})) ghostEnd = text.length;
  }
  return { line: text, ghostEnd, extra: extras };
})()`;

/** Installs the in-page recorder (once per page). */
export async function installGhostRecorder(page: Page): Promise<void> {
  await page.evaluate(RECORDER);
}

/** Tells the recorder which line of which task the typist is on. */
export async function markLine(page: Page, task: number, line: number): Promise<void> {
  await page.evaluate(`(() => { window.__fw.task = ${task}; window.__fw.line = ${line}; })()`);
}

export async function takeAppearances(page: Page): Promise<GhostAppearance[]> {
  return (await page.evaluate('window.__fw.events.splice(0)')) as GhostAppearance[];
}

/** The ghost text on screen in the active editor, or undefined when there is none. */
export async function readGhostView(page: Page): Promise<GhostView | undefined> {
  return (await page.evaluate(VIEW)) as GhostView | undefined;
}
