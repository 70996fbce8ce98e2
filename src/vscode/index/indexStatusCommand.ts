// Show Index Status: what the index holds (files, chunks, size on disk, last update, embedding
// model) as a quick pick whose last items are the actions that apply now.
import * as vscode from 'vscode';
import type { IndexStatus } from '../../core/index/workspaceIndex';
import { IndexCommands } from '../commandIds';

function ago(ms: number | undefined): string {
  if (ms === undefined) return 'never';
  const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  return `${new Date(ms).toLocaleString()}`;
}

/** The lines of the status, for the quick pick and the tests. */
export function indexStatusLines(status: IndexStatus): string[] {
  const s = status.stats;
  const n = (x: number | undefined) => (x ?? 0).toLocaleString('en-US');
  const state = {
    starting: 'Starting',
    building: `Indexing: ${n(status.done)} of ${n(status.total)} files`,
    paused: `Paused at ${n(status.done)} of ${n(status.total)} files`,
    stopped: 'Stopped before the end: Codebase search sees the files indexed so far',
    ready: 'Up to date',
    failed: `Failed: ${status.error ?? 'see the Flywheel output'}`,
  }[status.state];
  const embedding = status.embedding.model
    ? `Embeddings: ${status.embedding.model}, ${n((s?.chunks ?? 0) - (s?.pendingEmbeddings ?? 0))} of ${n(s?.chunks)} chunks${status.embedding.state === 'failed' ? ` — failing: ${status.embedding.error}` : ''}`
    : 'Embeddings: off — retrieval uses terms and symbols. Set "flywheel.models.embedding" to add vectors.';
  return [
    `$(database) ${state}`,
    `$(files) ${n(s?.files)} files · ${n(s?.chunks)} chunks · ${n(s?.symbols)} symbols · ${((s?.bytesOnDisk ?? 0) / 1024 / 1024).toFixed(1)} MB on disk`,
    `$(history) Last update: ${ago(s?.lastUpdate)}`,
    `$(sparkle) ${embedding}`,
  ];
}

export async function showIndexStatus(status: IndexStatus): Promise<void> {
  type Item = vscode.QuickPickItem & { command?: string };
  const items: Item[] = indexStatusLines(status).map((label) => ({ label }));
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  if (status.state === 'building') items.push({ label: '$(debug-pause) Pause Indexing', command: IndexCommands.pause });
  if (status.state === 'paused' || status.state === 'stopped' || status.state === 'failed') items.push({ label: '$(debug-start) Resume Indexing', command: IndexCommands.resume });
  items.push({ label: '$(refresh) Rebuild Index', command: IndexCommands.rebuild });
  const picked = await vscode.window.showQuickPick(items, { title: 'Flywheel: Workspace Index', placeHolder: 'The index behind Codebase search' });
  if (picked?.command) await vscode.commands.executeCommand(picked.command);
}
