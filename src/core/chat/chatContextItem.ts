// A piece of context attached to a chat message: what the user sees as a chip above the input
// and what the prompt quotes. Plain data, so it crosses the webview protocol and persists.

export type ChatContextKind = 'selection' | 'file' | 'mention' | 'codebase';

/** Zero-based line/character positions, as the editor reports them. */
export interface ChatPosition {
  readonly line: number;
  readonly character: number;
}
export interface ChatRange {
  readonly start: ChatPosition;
  readonly end: ChatPosition;
}

export interface ChatContextItem {
  readonly id: string;
  readonly kind: ChatContextKind;
  /** What the chip shows, e.g. "app.ts:12-20". */
  readonly label: string;
  /** Workspace-relative path ('' for the "codebase" request chip). */
  readonly path: string;
  readonly uri?: string;
  readonly languageId?: string;
  /**
   * The quoted text. Selections and codebase snippets carry it; files and mentions are read
   * when the prompt is built (so they are current) and carry it only while in flight.
   */
  readonly text?: string;
  /** Selections: where the text was in the document. */
  readonly range?: ChatRange;
  /** Document version when the text was captured (refuses stale Apply). */
  readonly version?: number;
  /** Files: cursor offset, so a file too large for the window keeps the text around it. */
  readonly focusOffset?: number;
  /**
   * Notebooks: the cell (numbered from 1) a selection is in, or the cursor is in for the open
   * notebook, whose text is then its code cells each headed `# %% cell N`.
   */
  readonly cell?: number;
  /**
   * Attached by Flywheel rather than chosen by the user (the open file following the editor,
   * snippets the Codebase search found): it gives way first when the window is too small.
   */
  readonly automatic?: boolean;
}

/** Whether Flywheel attached the item by itself; the user's own choices are kept before it. */
export function isAutomaticContext(item: ChatContextItem): boolean {
  return item.automatic === true || item.kind === 'codebase';
}

/** Whether the item's text is re-read from the workspace each time a prompt is built. */
export function isLiveFileItem(item: ChatContextItem): boolean {
  return item.kind === 'file' || item.kind === 'mention';
}

/** "name.ext" from a workspace path with either separator. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** Chip label for a selection: "app.ts:12-20" with 1-based lines. */
export function selectionLabel(path: string, range: ChatRange): string {
  const first = range.start.line + 1;
  // A selection ending at column 0 does not really include that line.
  const lastLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line : range.end.line + 1;
  return first === lastLine ? `${baseName(path)}:${first}` : `${baseName(path)}:${first}-${lastLine}`;
}
