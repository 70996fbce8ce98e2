// Turns the log into a clean JSONL dataset for evaluation or fine-tuning: one row per completion
// whose text was stored, with what became of it. Ignored files are left out; rows that hold a
// secret are dropped (or redacted, if asked), never written as they are. A window exports its own
// workspace's rows only: the log is every window's, and a row's path is judged by its workspace's rules.
import { defaultPathPolicy } from '../guard/pathPolicy';
import { redactSecrets } from '../guard/secretRedactor';
import type { RedactionStrictness } from '../strictnessSetting';
import type { FeedbackEvent, RejectReason, RetentionInterval } from './feedbackEvents';

/** What the export asks of the guard; src/core/guard satisfies it (see defaultExportFilter). */
export interface ExportFilter {
  /** True when the file's text must never leave the log. */
  isIgnored(relativePath: string): boolean;
  /**
   * The workspace path a hashed path (flywheel.feedback.hashPaths) was made from, when a file here hashes to it: so a
   * file ignored since its row was logged is left out too. Without it, or for no file here, the row cannot be judged.
   * `folder` is what the row's paths get in front here (`ExportOptions.alsoWorkspaces`): `name/` for a folder's row
   * logged when that folder was open alone, its hash made of the path within the folder.
   */
  pathOfHash?(hashedPath: string, folder: string): string | undefined;
  /** The text with secrets replaced, and how many were found. */
  redact(text: string): { text: string; count: number };
}

/** The guard's path policy without a workspace (secret and credential files by name), for the CLI; secrets judged at the user's strictness. */
export function defaultExportFilter(strictness: RedactionStrictness = 'balanced'): ExportFilter {
  return { isIgnored: (path) => !defaultPathPolicy.mayRead(path), redact: (text) => redactSecrets(text, { strictness }) };
}

/** The rows left out for their secrets, and the strictness that judged them (the user's setting, said either way): both exports say it. */
export function heldForSecrets(count: number, strictness: RedactionStrictness): string {
  return `${count} holding secrets (${strictness} redaction, flywheel.redaction.strictness)`;
}

export type DatasetOutcome = 'accepted' | 'partiallyAccepted' | 'rejected' | 'ignored';

export interface DatasetRow {
  readonly id: string;
  readonly ts: number;
  readonly language?: string;
  readonly model?: string;
  readonly provider?: string;
  readonly path?: string;
  readonly prompt: { readonly prefix: string; readonly suffix: string };
  readonly completion: string;
  /** What the inserted range held at the last retention check; null when never accepted. */
  readonly final: string | null;
  readonly outcome: DatasetOutcome;
  readonly rejectReason?: RejectReason;
  readonly acceptedLength?: number;
  /** Normalized edit distance at each interval measured (seconds → 0..1). */
  readonly retention: Partial<Record<RetentionInterval, number>>;
}

export interface DatasetExport {
  readonly rows: DatasetRow[];
  readonly skipped: {
    readonly noText: number;
    readonly ignoredFile: number;
    readonly secret: number;
    /** Rows another workspace logged (only with `ExportOptions.workspace`): never judged here. */
    readonly otherWorkspace: number;
    /**
     * Rows logged before events named their workspace (only with `ExportOptions.workspace`), left out: whose rules apply
     * is unknown. With `includeUnnamed` none is left out for this.
     */
    readonly noWorkspace: number;
  };
  /** Rows logged before events named their workspace that were judged here (`includeUnnamed`), exported or not. */
  readonly unnamedJudged: number;
  readonly redacted: number;
  /** Rows kept whose hashed path names no file the filter knows: their file could not be judged. */
  readonly unjudged: number;
}

export interface ExportOptions {
  readonly filter?: ExportFilter;
  /** 'drop' (default) leaves out any row with a secret; 'redact' keeps it with markers. */
  readonly secrets?: 'drop' | 'redact';
  /**
   * The exporting window's workspace (`workspaceIdOf`): only its rows are exported, the filter being its rules. Without
   * it (the CLI, which has no window) every row is, judged by the filter alone.
   */
  readonly workspace?: string;
  /**
   * Other ids whose rows are this workspace's (`WindowWorkspace.also`), each with what its rows' paths get in front
   * here: `''`, or `name/` for a folder logged alone that is one folder of this multi-root window.
   */
  readonly alsoWorkspaces?: ReadonlyMap<string, string>;
  /**
   * Also judge and export the rows logged before events named their workspace, by this workspace's rules: the user's
   * explicit choice (they may be another project's), never the default.
   */
  readonly includeUnnamed?: boolean;
}

interface Joined {
  shown?: Extract<FeedbackEvent, { kind: 'completion.shown' }>;
  accepted: boolean;
  acceptedText?: string;
  acceptedLength?: number;
  reason?: RejectReason;
  final?: string;
  finalAt: number;
  retention: Partial<Record<RetentionInterval, number>>;
}

export function buildDataset(events: readonly FeedbackEvent[], options: ExportOptions = {}): DatasetExport {
  const filter = options.filter ?? defaultExportFilter();
  const joined = new Map<string, Joined>();
  const get = (id: string) => {
    let j = joined.get(id);
    if (!j) joined.set(id, (j = { accepted: false, finalAt: -1, retention: {} }));
    return j;
  };
  for (const e of events) {
    if (e.kind === 'completion.shown') get(e.suggestionId).shown = e;
    else if (e.kind === 'completion.accepted') {
      const j = get(e.suggestionId);
      j.accepted = true;
      j.acceptedText = e.text?.completion ?? j.acceptedText;
    } else if (e.kind === 'completion.partiallyAccepted') {
      const j = get(e.suggestionId);
      j.acceptedLength = Math.max(j.acceptedLength ?? 0, e.acceptedLength);
    } else if (e.kind === 'completion.rejected') get(e.suggestionId).reason = e.reason;
    else if (e.kind === 'completion.retention') {
      const j = get(e.suggestionId);
      j.retention[e.atSec] = e.distance;
      if (e.atSec > j.finalAt && e.text?.final !== undefined) {
        j.final = e.text.final;
        j.finalAt = e.atSec;
      }
    }
  }

  const rows: DatasetRow[] = [];
  const skipped = { noText: 0, ignoredFile: 0, secret: 0, otherWorkspace: 0, noWorkspace: 0 };
  let redacted = 0;
  let unjudged = 0;
  let unnamedJudged = 0;
  for (const [id, j] of joined) {
    const shown = j.shown;
    if (!shown) continue;
    const folder = folderOf(shown.workspace, options);
    if (folder === undefined) {
      if (shown.workspace === undefined) skipped.noWorkspace++;
      else skipped.otherWorkspace++;
      continue;
    }
    if (options.workspace !== undefined && shown.workspace === undefined) unnamedJudged++;
    const completion = shown.text?.completion ?? j.acceptedText;
    if (completion === undefined || shown.text?.prefix === undefined) {
      skipped.noText++;
      continue;
    }
    const hashed = shown.path?.startsWith('sha256:') === true;
    const path = hashed || shown.path === undefined ? shown.path : folder + shown.path;
    const judged = hashed ? filter.pathOfHash?.(shown.path!, folder) : path;
    if (judged !== undefined && filter.isIgnored(judged)) {
      skipped.ignoredFile++;
      continue;
    }
    const texts = [shown.text.prefix, shown.text.suffix ?? '', completion, j.final ?? ''];
    const cleaned = texts.map((t) => filter.redact(t));
    const found = cleaned.reduce((n, c) => n + c.count, 0);
    if (found > 0 && options.secrets !== 'redact') {
      skipped.secret++;
      continue;
    }
    redacted += found;
    if (hashed && judged === undefined) unjudged++;
    const [prefix, suffix, clean, final] = cleaned.map((c) => c.text);
    const outcome: DatasetOutcome = j.accepted ? 'accepted' : j.acceptedLength ? 'partiallyAccepted' : j.reason ? 'rejected' : 'ignored';
    rows.push({
      id,
      ts: shown.ts,
      ...(shown.language !== undefined && { language: shown.language }),
      ...(shown.model !== undefined && { model: shown.model }),
      ...(shown.provider !== undefined && { provider: shown.provider }),
      ...(path !== undefined && { path }),
      prompt: { prefix, suffix },
      completion: clean,
      final: j.final !== undefined ? final : null,
      outcome,
      ...(j.reason && !j.accepted && { rejectReason: j.reason }),
      ...(j.acceptedLength !== undefined && { acceptedLength: j.acceptedLength }),
      retention: j.retention,
    });
  }
  rows.sort((a, b) => a.ts - b.ts);
  return { rows, skipped, redacted, unjudged, unnamedJudged };
}

/** What a row's paths get in front in this export (`''`: as logged), or undefined when the row is not this workspace's. */
function folderOf(workspace: string | undefined, options: ExportOptions): string | undefined {
  if (options.workspace === undefined || workspace === options.workspace) return '';
  if (workspace === undefined) return options.includeUnnamed ? '' : undefined;
  return options.alsoWorkspaces?.get(workspace);
}

export function datasetToJsonl(rows: readonly DatasetRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}
