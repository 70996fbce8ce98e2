// What the path policy's pending check costs a verdict it remembers: `settingsPending` is asked before the remembered
// verdict on every call (completion context asks it for every open file on every request), though almost always no
// folder is pending. Before: every call looked the path up — the extension's `folderOf` parses a URI and asks VS Code's
// `getWorkspaceFolder` — then asked whether that folder waits. Now (`FolderSettingsArrival.pendingFolderOf`): a window
// whose every folder is known and none waited for answers without looking the path up (it still lists the window's
// folders each call, as the extension does: a folder an extension adds is listed before any event says so).
//
// Counted exactly: the path look-ups per verdict, each way. Timed, in one process, the two ways alternated round by round
// (a loaded machine moves both alike): ns per remembered verdict, median of the rounds. The look-up here is a stand-in for
// the extension's (no `vscode` outside the editor): the path made a `file:` URL (`pathToFileURL`, or `new URL` for a URI)
// and the longest folder holding it found — the same kind of work, not VS Code's own code, so the time is an indication
// and the count is the figure.
//   npx tsx bench/guard/settingsPendingBench.ts [--verdicts 200000] [--rounds 9]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FolderSettingsArrival } from '../../src/core/guard/folderSettingsArrival';
import { PathPolicy } from '../../src/core/guard/pathPolicy';
import { median } from './judgeStats';

function numberArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

const verdicts = numberArg('--verdicts', 200_000);
const rounds = numberArg('--rounds', 9);

const base = mkdtempSync(join(tmpdir(), 'flywheel-pending-bench-'));
const folders = ['app', 'lib', 'docs'].map((name) => join(base, name));
const paths: string[] = [];
for (const [i, folder] of folders.entries()) {
  for (let f = 0; f < 20; f++) {
    const file = join(folder, 'src', `module${f}.py`);
    mkdirSync(join(folder, 'src'), { recursive: true });
    writeFileSync(file, 'x = 1\n');
    // As the features ask: absolute paths, workspace paths and URIs.
    paths.push(f % 3 === 0 ? file : f % 3 === 1 ? `${['app', 'lib', 'docs'][i]}/src/module${f}.py` : pathToFileURL(file).href);
  }
}

let lookups = 0;
/** The stand-in for the extension's folderOf: a URI made of the path, the folder holding it looked up. */
function folderOf(path: string): string | undefined {
  lookups++;
  const named = folders.find((f) => path.startsWith(`${f.slice(base.length + 1)}/`));
  const fsPath = named ? join(named, path.slice(path.indexOf('/') + 1)) : path.startsWith('file:') ? fileURLToPath(new URL(path)) : fileURLToPath(pathToFileURL(path));
  let best: string | undefined;
  for (const f of named ? [named] : folders) if ((fsPath === f || fsPath.startsWith(`${f}/`)) && (best === undefined || f.length > best.length)) best = f;
  return best;
}

/** As the extension lists the folders on each call (`workspaceFolders` is a fresh copy each time; `fsPath` is cached). */
const workspaceFolders = folders.map((fsPath) => ({ uri: { scheme: 'file', fsPath } }));
const fileFolders = () => workspaceFolders.slice(0).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);

const arrival = new FolderSettingsArrival({
  present: folders,
  keys: ['flywheel.guard.exclude', 'flywheel.completion.exclude'],
  readSettingsFile: async () => undefined,
  configuredValue: () => undefined,
  onKnown: () => undefined,
});
// (Every folder present is read once at the start: measured once they are known, as almost every call finds them.)
setTimeout(measure, 100);

function measure(): void {
  const ways = {
    before: (path: string) => {
      const folder = folderOf(path);
      return folder !== undefined && arrival.isPending(folder) ? folder : undefined;
    },
    now: (path: string) => arrival.pendingFolderOf(path, fileFolders(), folderOf),
  };
  const roots = folders.map((path) => ({ path, name: path.slice(base.length + 1) }));
  const policies = Object.fromEntries(Object.entries(ways).map(([name, settingsPending]) => [name, new PathPolicy({ roots, settingsPending })])) as Record<keyof typeof ways, PathPolicy>;

  function run(policy: PathPolicy): { ns: number; lookups: number } {
    const before = lookups;
    const started = process.hrtime.bigint();
    let allowed = 0;
    for (let i = 0; i < verdicts; i++) if (policy.mayRead(paths[i % paths.length]!)) allowed++;
    const ns = Number(process.hrtime.bigint() - started) / verdicts;
    if (allowed !== verdicts) throw new Error(`every file is allowed: ${allowed}/${verdicts}`);
    return { ns, lookups: lookups - before };
  }

  for (const policy of Object.values(policies)) run(policy); // the verdicts remembered, the code warm
  const times: Record<string, number[]> = { before: [], now: [] };
  const counted: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 === 0 ? ['before', 'now'] : ['now', 'before']) {
      const { ns, lookups: n } = run(policies[name as keyof typeof ways]);
      times[name]!.push(ns);
      counted[name] = n;
    }
  }
  rmSync(base, { recursive: true, force: true });
  arrival.dispose();
  const result = {
    verdicts,
    rounds,
    folders: folders.length,
    lookupsPerVerdict: { before: counted.before! / verdicts, now: counted.now! / verdicts },
    nsPerVerdict: { before: median(times.before!), now: median(times.now!) },
    ratio: median(times.now!) / median(times.before!),
  };
  console.log(`path look-ups per remembered verdict: before ${result.lookupsPerVerdict.before}, now ${result.lookupsPerVerdict.now}`);
  console.log(`ns per remembered verdict (median of ${rounds} alternated rounds, stand-in look-up): before ${result.nsPerVerdict.before.toFixed(0)}, now ${result.nsPerVerdict.now.toFixed(0)} (now/before ${result.ratio.toFixed(3)})`);
  console.log(JSON.stringify(result));
}
