// What the window's start pays for reading its settings files at once: `FolderSettingsArrival`'s constructor reads every
// folder's `.vscode/settings.json`, the workspace file and the user's settings synchronously (`readSettingsFileSync`:
// open, fstat, read, close), so nothing of the window is ever refused while they are read — and the extension host does
// nothing else meanwhile. Timed here on real files in a temporary folder, windows of 1 to many folders: each round a
// fresh arrival over the window (the reads, both readings of each file and the comparison with a stand-in configuration
// that agrees, as the editor's does at the start), the sizes alternated round by round. Median of the rounds with its
// distribution-free 95% interval (order statistics). The files are in the page cache after the first round: this is a
// local disk's warm cost; a network disk pays its round trips per file on top (said per file, `syscalls`). Each size's
// first round is said apart: for the first size the code is cold, as the extension host meets it (once, at activation).
//   npx tsx bench/guard/settingsStartReadBench.ts [--rounds 31] [--folders 1,10,50,200]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderSettingsArrival } from '../../src/core/guard/folderSettingsArrival';
import { readTwoWays } from '../../src/core/guard/settingsFileReading';
import { readSettingsFileSync } from '../../src/core/guard/settingsFileText';

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1]!;
}

const rounds = Number(arg('--rounds', '31'));
const sizes = arg('--folders', '1,10,50,200').split(',').map(Number);
const KEYS = ['flywheel.guard.exclude', 'flywheel.completion.exclude'];

/** A settings file as a project keeps one: editor settings, a few of Flywheel's, comments; about 1 KB. */
function settingsText(i: number): string {
  const lines = [`  // folder ${i}`, '  "editor.tabSize": 2,', '  "files.exclude": { "**/.git": true, "**/node_modules": true },', '  "search.exclude": { "dist/": true },'];
  for (let k = 0; k < 20; k++) lines.push(`  "some.extension.setting${k}": "value ${k} of folder ${i}",`);
  lines.push(`  "flywheel.guard.exclude": ["/private/", "/secrets-${i}/"],`, '  "flywheel.completion.exclude": ["/generated/"]');
  return `{\n${lines.join('\n')}\n}\n`;
}

/** A window of `n` folders: three in four hold a settings file, one in four none; a workspace file and a user file. */
function window(base: string, n: number) {
  const root = join(base, `w${n}`);
  const folders: string[] = [];
  for (let i = 0; i < n; i++) {
    const folder = join(root, `folder${i}`);
    mkdirSync(join(folder, '.vscode'), { recursive: true });
    if (i % 4 !== 3) writeFileSync(join(folder, '.vscode', 'settings.json'), settingsText(i));
    folders.push(folder);
  }
  const workspaceFile = join(root, 'w.code-workspace');
  writeFileSync(workspaceFile, settingsText(-1));
  const userFile = join(root, 'user-settings.json');
  writeFileSync(userFile, settingsText(-2));
  const fileOf = (source: string) => (source === workspaceFile || source === userFile ? source : join(source, '.vscode', 'settings.json'));
  // The configuration as the editor gives it at the start: what VS Code's reader takes of each file (read once, here).
  const given = new Map([...folders, workspaceFile, userFile].map((source) => [source, readTwoWays(readSettingsFileSync(fileOf(source)), KEYS).editor]));
  return { folders, windowWide: [workspaceFile, userFile], userFile, fileOf, given };
}

/** Distribution-free 95% interval of the median: order statistics k and n-k+1 with P(Bin(n, ½) < k) ≤ 2.5%. */
function medianInterval(sorted: readonly number[]): [number, number] {
  const n = sorted.length;
  let below = 0;
  let k = 0;
  let term = 0.5 ** n; // P(Bin = 0)
  while (below + term <= 0.025) {
    below += term;
    term = (term * (n - k)) / (k + 1);
    k++;
  }
  return [sorted[Math.max(0, k - 1)]!, sorted[Math.min(n - 1, n - k)]!];
}

const base = mkdtempSync(join(tmpdir(), 'flywheel-start-read-bench-'));
const windows = sizes.map((n) => ({ n, ...window(base, n) }));
const times = new Map<number, number[]>(sizes.map((n) => [n, []]));
/** The process's CPU time in the same rounds: on a shared, loaded machine the wall time holds others' turns too. */
const cpuTimes = new Map<number, number[]>(sizes.map((n) => [n, []]));
/** Each size's uncounted first round (the code cold for the first size: as the extension host meets it, once). */
const first = new Map<number, { wallMs: number; cpuMs: number }>();
let known = 0;
for (let r = -1; r < rounds; r++) {
  // (Round -1 warms the code and the page cache; not counted.)
  for (const w of r % 2 === 0 ? windows : [...windows].reverse()) {
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    const arrival = new FolderSettingsArrival({
      present: [...w.folders, ...w.windowWide],
      windowWide: w.windowWide,
      guessed: [w.userFile],
      keys: KEYS,
      readSettingsFile: async (source) => readSettingsFileSync(w.fileOf(source)),
      readSettingsFileNow: (source) => readSettingsFileSync(w.fileOf(source)),
      configuredValue: (source, key) => w.given.get(source)?.[key],
      onKnown: () => undefined,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const used = process.cpuUsage(cpu);
    if (arrival.isReading() || w.folders.some((f) => arrival.isPending(f))) throw new Error('every file agrees at the start: none waits');
    known++;
    arrival.dispose();
    if (r < 0) first.set(w.n, { wallMs: ms, cpuMs: (used.user + used.system) / 1000 });
    if (r >= 0) times.get(w.n)!.push(ms);
    if (r >= 0) cpuTimes.get(w.n)!.push((used.user + used.system) / 1000);
  }
}
rmSync(base, { recursive: true, force: true });

/** Median, its 95% interval and the slowest round. */
function summary(xs: readonly number[]) {
  const sorted = [...xs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, interval95Ms: medianInterval(sorted), maxMs: sorted.at(-1)! };
}

const result = sizes.map((n) => ({ folders: n, files: n + 2, rounds, wall: summary(times.get(n)!), cpu: summary(cpuTimes.get(n)!), first: first.get(n)! }));
const said = (s: ReturnType<typeof summary>) => `${s.medianMs.toFixed(3)} ms [${s.interval95Ms[0].toFixed(3)}, ${s.interval95Ms[1].toFixed(3)}], slowest ${s.maxMs.toFixed(3)}`;
for (const r of result) {
  console.log(`${String(r.folders).padStart(4)} folders (${r.files} files read): wall ${said(r.wall)}; CPU ${said(r.cpu)}; ${((r.cpu.medianMs * 1000) / r.files).toFixed(1)} µs CPU per file; first round ${r.first.wallMs.toFixed(3)} ms wall, ${r.first.cpuMs.toFixed(3)} ms CPU`);
}
console.log(JSON.stringify({ rounds, windowsBuilt: known, syscallsPerFile: 'open, fstat, read (x2 at EOF), close', result }));
