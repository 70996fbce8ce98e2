// Incremental updates of a built index, through the worker, as the host sends them once a change
// has settled (WorkspaceIndex gathers changes for 300 ms first: that wait is not counted):
//   - edit: one line of one file changes on disk, then `update` (read, hash, parse, chunk, commit);
//   - rename: the file moves on disk, then `remove` of the old path and `update` of the new one;
//   - delete: the file goes, then `remove`;
//   - status: the `stats` request the host sends after each of them (the status bar's figures);
//   - branch switch: many files change at once, which the host answers with one full pass over
//     every listed file (unchanged ones skipped by size and time).
// Each is timed from the host's request to the worker's answer (the index committed), wall time
// and the CPU time of the process (the host thread only waits).
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexConnection } from '../../src/core/index/indexProtocol';

export interface UpdateSamples {
  readonly wallMs: number[];
  readonly cpuMs: number[];
}

export interface UpdateMeasurement {
  readonly edit: UpdateSamples;
  readonly rename: UpdateSamples;
  readonly delete: UpdateSamples;
  readonly status: UpdateSamples;
  readonly branchSwitch: { readonly changed: number; readonly listed: number; readonly indexed: number; readonly wallMs: number; readonly cpuMs: number };
}

const samples = (): UpdateSamples => ({ wallMs: [], cpuMs: [] });

async function timed(into: UpdateSamples, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  into.wallMs.push(performance.now() - started);
  into.cpuMs.push((used.user + used.system) / 1000);
}

/** Appends a word to one random non-empty line of the file on disk (its content, size and time change). */
function editOneLine(file: string, random: () => number): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const candidates = lines.flatMap((line, i) => (line.trim() ? [i] : []));
  const at = candidates.length ? candidates[Math.floor(random() * candidates.length)] : 0;
  lines[at] = `${lines[at] ?? ''} edited`;
  writeFileSync(file, lines.join('\n'));
}

/**
 * `count` edits, renames and deletes of random files of `paths` (workspace-relative, under
 * `root`, all indexed), then a branch switch changing `switchFiles` files. `paths` is updated
 * in place as files move and go.
 */
export async function measureUpdates(client: IndexConnection, root: string, paths: string[], count: number, switchFiles: number, random: () => number): Promise<UpdateMeasurement> {
  const out = { edit: samples(), rename: samples(), delete: samples(), status: samples() };
  const pick = (): number => Math.floor(random() * paths.length);
  for (let i = 0; i < count && paths.length > 1; i++) {
    const edited = paths[pick()];
    editOneLine(join(root, edited), random);
    await timed(out.edit, () => client.request('update', { paths: [edited] }));
    await timed(out.status, () => client.request('stats', {}));

    const at = pick();
    const from = paths[at];
    const to = from.replace(/(\.[^./]+)?$/, (ext) => `_moved${i}${ext}`);
    renameSync(join(root, from), join(root, to));
    paths[at] = to;
    await timed(out.rename, async () => {
      await client.request('remove', { paths: [from] });
      await client.request('update', { paths: [to] });
    });

    const gone = paths.splice(pick(), 1)[0];
    unlinkSync(join(root, gone));
    await timed(out.delete, () => client.request('remove', { paths: [gone] }));
  }

  // A branch switch: many files differ at once; the host lists the workspace and runs one pass.
  const changed = new Set<string>();
  while (changed.size < Math.min(switchFiles, paths.length)) changed.add(paths[pick()]);
  for (const path of changed) editOneLine(join(root, path), random);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await client.request('sync', { paths });
  const used = process.cpuUsage(cpu);
  return {
    ...out,
    branchSwitch: { changed: changed.size, listed: paths.length, indexed: result.indexed, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 },
  };
}
