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
  /**
   * The view state's chips only: why the path policy will not send this item's file (the user's words, as
   * `refusalWords` says them), so the chip says it before the question is asked.
   */
  readonly notSent?: string;
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

/** How a question's context shows as chips: one per item, except retrieved snippets, one per file. */
export interface ContextChip {
  readonly kind: ChatContextKind;
  /** `server/app.py:12-30, 88-97` for a file's snippets (1-based lines, in file order). */
  readonly label: string;
  readonly path: string;
  /** Zero-based line a click opens the file at: its first snippet's. */
  readonly line?: number;
  /** The items the chip stands for. */
  readonly items: readonly ChatContextItem[];
}

/**
 * The chips of a question's context: several snippets the Codebase search found in one file
 * are one chip, at the place of the file's best (first) snippet, labelled with every line range
 * (overlapping or touching ranges joined).
 */
export function contextChips(items: readonly ChatContextItem[]): ContextChip[] {
  const chips: ContextChip[] = [];
  const snippetsOf = new Map<string, ChatContextItem[]>();
  for (const item of items) {
    if (item.kind !== 'codebase' || !item.range || !item.path) {
      chips.push({ kind: item.kind, label: item.label, path: item.path, items: [item] });
      continue;
    }
    const group = snippetsOf.get(item.path);
    if (group) {
      group.push(item);
      continue;
    }
    const snippets = [item];
    snippetsOf.set(item.path, snippets);
    // Filled in below, once every snippet of the file is known.
    chips.push({ kind: 'codebase', label: '', path: item.path, items: snippets });
  }
  return chips.map((chip) => {
    if (chip.label || chip.kind !== 'codebase' || !chip.items[0]?.range) return chip;
    const ranges = lineRanges(chip.items.map((i) => i.range!));
    return { ...chip, label: `${chip.path}:${ranges.map(([a, b]) => (a === b ? `${a + 1}` : `${a + 1}-${b + 1}`)).join(', ')}`, line: ranges[0][0] };
  });
}

/** Zero-based [first, last] line ranges, sorted, with overlapping and touching ones joined. */
function lineRanges(ranges: readonly ChatRange[]): [number, number][] {
  const sorted = ranges.map((r): [number, number] => [r.start.line, Math.max(r.start.line, r.end.line)]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
