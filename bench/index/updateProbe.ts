// Incremental updates of a built index, through the worker, as the host sends them once a change
// has settled (WorkspaceIndex gathers changes for 300 ms first: that wait is not counted):
//   - edit: one line of one file changes on disk, then `update` (read, hash, parse, chunk, commit);
//   - rename: the file moves on disk, then `remove` of the old path and `update` of the new one;
//   - delete: the file goes, then `remove`;
//   - status: the `stats` request the host sends after each of them (the status bar's figures);
//   - branch switch: many files change at once, which the host answers with one full pass over
//     every listed file (unchanged ones skipped by size and time).
// Each is timed from the host's request to the worker's answer (the index committed), wall time
// and the CPU time of the process (the host thread only waits). An observer (`UpdateObserver`)
// may read what the index's process did around each request; `after` more rounds of edits,
// renames and deletes follow the branch switch (the upkeep it leaves behind is then still owed).
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexConnection } from '../../src/core/index/indexProtocol';

export interface UpdateSamples {
  readonly wallMs: number[];
  readonly cpuMs: number[];
}

interface UpdateRounds {
  readonly edit: UpdateSamples;
  readonly rename: UpdateSamples;
  readonly delete: UpdateSamples;
  readonly status: UpdateSamples;
}

export interface UpdateMeasurement extends UpdateRounds {
  readonly branchSwitch: { readonly changed: number; readonly listed: number; readonly indexed: number; readonly wallMs: number; readonly cpuMs: number };
  /** The same rounds after the branch switch's pass (none unless asked for). */
  readonly afterSwitch: UpdateRounds;
}

/** Reads what it wants just before a request is sent and just after its answer (outside the timed span). */
export interface UpdateObserver {
  start(): unknown;
  end(kind: string, wallMs: number, started: unknown): void;
}

const samples = (): UpdateSamples => ({ wallMs: [], cpuMs: [] });
const rounds = (): UpdateRounds => ({ edit: samples(), rename: samples(), delete: samples(), status: samples() });

async function timed(into: UpdateSamples, work: () => Promise<unknown>, kind = '', observer?: UpdateObserver): Promise<void> {
  const seen = observer?.start();
  const started = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - started;
  into.wallMs.push(wallMs);
  into.cpuMs.push((used.user + used.system) / 1000);
  observer?.end(kind, wallMs, seen);
}

/** Appends a word to one random non-empty line of the file on disk (its content, size and time change). */
function editOneLine(file: string, random: () => number): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const candidates = lines.flatMap((line, i) => (line.trim() ? [i] : []));
  const at = candidates.length ? candidates[Math.floor(random() * candidates.length)] : 0;
  lines[at] = `${lines[at] ?? ''} edited`;
  writeFileSync(file, lines.join('\n'));
}

/** `count` rounds of an edit, the status request, a rename and a delete of random files of `paths` (updated in place). */
async function updateRounds(client: IndexConnection, root: string, paths: string[], count: number, random: () => number, observer: UpdateObserver | undefined, label: string): Promise<UpdateRounds> {
  const out = rounds();
  const pick = (): number => Math.floor(random() * paths.length);
  for (let i = 0; i < count && paths.length > 1; i++) {
    const edited = paths[pick()];
    editOneLine(join(root, edited), random);
    await timed(out.edit, () => client.request('update', { paths: [edited] }), `${label}edit`, observer);
    await timed(out.status, () => client.request('stats', {}), `${label}status`, observer);

    const at = pick();
    const from = paths[at];
    const to = from.replace(/(\.[^./]+)?$/, (ext) => `_moved${label}${i}${ext}`);
    renameSync(join(root, from), join(root, to));
    paths[at] = to;
    await timed(out.rename, async () => {
      await client.request('remove', { paths: [from] });
      await client.request('update', { paths: [to] });
    }, `${label}rename`, observer);

    const gone = paths.splice(pick(), 1)[0];
    unlinkSync(join(root, gone));
    await timed(out.delete, () => client.request('remove', { paths: [gone] }), `${label}delete`, observer);
  }
  return out;
}

/**
 * `count` rounds of updates of random files of `paths` (workspace-relative, under `root`, all
 * indexed), then a branch switch changing `switchFiles` files, then `after` rounds more. `paths`
 * is updated in place as files move and go.
 */
export async function measureUpdates(client: IndexConnection, root: string, paths: string[], count: number, switchFiles: number, random: () => number, after = 0, observer?: UpdateObserver): Promise<UpdateMeasurement> {
  const before = await updateRounds(client, root, paths, count, random, observer, '');
  // A branch switch: many files differ at once; the host lists the workspace and runs one pass.
  const changed = new Set<string>();
  while (changed.size < Math.min(switchFiles, paths.length)) changed.add(paths[Math.floor(random() * paths.length)]);
  for (const path of changed) editOneLine(join(root, path), random);
  const seen = observer?.start();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await client.request('sync', { paths });
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - started;
  observer?.end('switch', wallMs, seen);
  const afterSwitch = await updateRounds(client, root, paths, after, random, observer, 'after-');
  return {
    ...before,
    branchSwitch: { changed: changed.size, listed: paths.length, indexed: result.indexed, wallMs, cpuMs: (used.user + used.system) / 1000 },
    afterSwitch,
  };
}
