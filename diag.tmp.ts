import { IndexClient } from './src/core/index/indexClient';
import { WorkspaceIndex } from './src/core/index/workspaceIndex';
import { silentLogger } from './src/core/logger';
import { makeScaleWorkspace } from './bench/index/scaleWorkspace';
import { mkdtempSync } from 'node:fs';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function lateness(n: number, index?: WorkspaceIndex) {
  const late: number[] = [];
  for (let i = 0; i < n; i++) {
    index?.userTyped();
    await sleep(100);
    const t0 = performance.now();
    await sleep(2);
    late.push(performance.now() - t0 - 2);
    const s = performance.now(); while (performance.now() - s < 5) {} // 5 ms of work
  }
  late.sort((a, b) => a - b);
  return `p50 ${late[n >> 1].toFixed(1)} p90 ${late[Math.floor(n * 0.9)].toFixed(1)} max ${late[n - 1].toFixed(1)}`;
}
void (async () => {
  const mode = process.argv[2];
  const base = mkdtempSync('/tmp/ixdiag/ws-');
  const ws = makeScaleWorkspace(base + '/w', 2000);
  console.log('no worker', await lateness(60));
  const client = new IndexClient({ workerPath: './dist/indexWorker.js', logger: silentLogger });
  const index = new WorkspaceIndex({ client, logger: silentLogger, dbPath: base + '/i.db', maxFileBytes: 512*1024, host: { listFiles: async () => ws.paths, policy: () => ({ roots: [{ name: 'w', path: base + '/w' }], policy: {} }) } });
  void index.start();
  await sleep(3000);
  console.log('building, typing holds', await lateness(60, index), index.status.done);
  console.log('building, no holds', await lateness(60), index.status.done);
  console.log('building, typing holds', await lateness(60, index), index.status.done);
  index.dispose(); await client.close();
})();
