// Reads flywheel.index.* (and the files.exclude globs the listing honours) into plain values.
import * as vscode from 'vscode';

export interface IndexSettings {
  readonly enabled: boolean;
  readonly maxFileBytes: number;
  readonly maxFiles: number;
  readonly embeddingRequestsPerMinute: number;
}

export const indexSettingKeys = ['flywheel.index', 'files.exclude'];

export function readIndexSettings(): IndexSettings {
  const c = vscode.workspace.getConfiguration('flywheel.index');
  return {
    enabled: c.get<boolean>('enabled', true),
    maxFileBytes: Math.max(1, c.get<number>('maxFileSizeKb', 512)) * 1024,
    maxFiles: Math.max(1, c.get<number>('maxFiles', 20_000)),
    embeddingRequestsPerMinute: Math.max(1, c.get<number>('embeddingRequestsPerMinute', 120)),
  };
}

/** Folders no one wants searched, and every glob files.exclude turns on, as one findFiles glob. */
export function listingExclude(): string {
  const globs = new Set(['**/node_modules/**', '**/.git/**']);
  for (const [glob, on] of Object.entries(vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude', {}))) {
    if (on === true) globs.add(glob.endsWith('/**') ? glob : `${glob}/**`).add(glob);
  }
  return `{${[...globs].join(',')}}`;
}
