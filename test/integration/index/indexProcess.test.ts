// The workspace index in a process of its own, as the extension starts it (IndexProcessClient
// forks indexProcess.ts, whose main thread is the index thread): every thread of that process runs
// in the idle scheduling class (Linux, util-linux's chrt) while the host's keep their priority; the
// holds the host keeps reach the other process through the hold file; a process that dies fails what was
// pending and is started again after a back-off, and the index opens again and is served; the
// host closing the index ends the process.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, it } from 'node:test';
import { IndexProcessClient } from '../../../src/core/index/indexProcessClient';
import { kernelThreadId, schedulingPolicy } from '../../../src/core/index/threadPriority';
import { WorkspaceIndex, type IndexStatus } from '../../../src/core/index/workspaceIndex';
import { memoryLogger } from '../gateway/gatewayHarness';

const SCRIPT = join(import.meta.dirname, '..', '..', '..', 'src', 'core', 'index', 'indexProcess.ts');
/** Linux's SCHED_IDLE (sched.h). */
const SCHED_IDLE = 5;
const chrtAvailable = () => spawnSync('chrt', ['--version']).status === 0;

let root: string;
const opened: { client: IndexProcessClient; index: WorkspaceIndex }[] = [];

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function open(paths: string[], dbName: string) {
  const logger = memoryLogger();
  const progress: [number, number][] = [];
  let index: WorkspaceIndex | undefined;
  const client = new IndexProcessClient({
    script: SCRIPT, execArgv: ['--require', 'tsx/cjs'], logger, restartAfterMs: 50,
    onProgress: (done, total) => (progress.push([done, total]), index?.progress(done, total)),
    onRestart: () => index?.restarted(),
  });
  index = new WorkspaceIndex({
    client, logger, dbPath: join(root, '..', `${root.split('/').pop()}-${dbName}.db`), maxFileBytes: 512 * 1024,
    host: { listFiles: async () => paths, policy: () => ({ roots: [{ name: 'ws', path: root }], policy: {} }) },
  });
  opened.push({ client, index });
  return { client, index, logger, progress };
}

function until(index: WorkspaceIndex, done: (s: IndexStatus) => boolean): Promise<IndexStatus> {
  return new Promise((resolve) => {
    if (done(index.status)) return resolve(index.status);
    const sub = index.onDidChangeStatus((s) => done(s) && (sub.dispose(), resolve(s)));
  });
}

/** Whether a process of that id still lives (a reaped child is gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'flywheel-index-process-'));
  write('flask/ctx.py', 'class RequestContext:\n    def push(self):\n        _cv_request.set(self)\n\n    def pop(self, exc=None):\n        _cv_request.reset(self)\n');
  write('src/ledger.ts', 'export class Ledger {\n  balance(): number {\n    return this.entries.reduce((a, b) => a + b, 0);\n  }\n}\n');
  for (let i = 0; i < 40; i++) write(`held/module${i}.py`, `def held_handler_${i}(request):\n    return request\n`);
});

after(async () => {
  for (const { client, index } of opened) {
    index.dispose();
    await client.close();
  }
  rmSync(root, { recursive: true, force: true });
});

it('builds in a process of its own whose every thread is in the idle scheduling class; the host keeps its priority', async () => {
  const { client, index, progress, logger } = open(['flask/ctx.py', 'src/ledger.ts'], 'own');
  await index.start();
  assert.equal(index.status.state, 'ready', index.status.error);
  assert.deepEqual(progress.at(-1), [2, 2]);
  assert.equal((await index.search('where is the request context pushed and popped?', 5))[0]?.path, 'flask/ctx.py');
  const pid = client.pid!;
  assert.ok(pid !== undefined && pid !== process.pid);
  const memory = await index.memory();
  assert.ok((memory.processRss ?? 0) > memory.heapTotal, "the index process's resident memory is reported beside the index thread's heap");
  // Its main thread is the index thread: the heap limits the index's threads get, as V8 flags (Node's default here: gigabytes).
  assert.ok(memory.heapLimit <= 300 * 1024 * 1024, `heap limit ${memory.heapLimit}`);
  if (process.platform === 'linux') {
    const holdPath = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).at(-1)!;
    assert.match(holdPath, /holds$/);
    assert.equal(existsSync(holdPath), false, "the hold file's name goes once the process opened it (nothing left if the editor is killed)");
    // One V8 platform thread, not Node's four (each kept a malloc arena of its own): the main
    // thread, V8's one and its timer, Node's signal thread, libuv's four, now and then one more
    // (8-9 seen); with Node's default 11-12.
    const threads = readdirSync(`/proc/${pid}/task`).length;
    assert.ok(threads <= 10, `${threads} threads in the index's process`);
  }
  if (process.platform === 'linux' && chrtAvailable()) {
    assert.ok(logger.lines.some((l) => l.includes(`process ${pid} runs at nice 19 in the idle scheduling class`)), logger.lines.join('\n'));
    // V8's platform threads and libuv's pool of that process too.
    const tids = readdirSync(`/proc/${pid}/task`).map(Number);
    assert.ok(tids.length >= 6, `${tids.length} threads`);
    for (const tid of tids) {
      const stat = spawnSync('chrt', ['--pid', String(tid)], { encoding: 'utf8' }).stdout;
      assert.match(stat, /SCHED_IDLE/, `thread ${tid} of the index process: ${stat}`);
    }
    for (const tid of readdirSync('/proc/self/task').map(Number)) assert.notEqual(schedulingPolicy(tid), SCHED_IDLE, `host thread ${tid}`);
    assert.notEqual(schedulingPolicy(kernelThreadId()!), SCHED_IDLE);
  }
});

it('a completion in flight, written to the hold file, holds the pass in the other process from its first file; searches are answered meanwhile', async () => {
  const held = readdirSync(join(root, 'held')).map((name) => `held/${name}`);
  const { index, progress } = open(held, 'held');
  const request = index.requestStarted();
  const listed = until(index, (s) => s.total > 0);
  const pass = index.start();
  await listed;
  assert.deepEqual(await index.search('held handler request', 5), [], 'answered while the pass waits, from an index with nothing yet');
  assert.deepEqual(progress, [], 'no file is indexed while the request is in flight');
  request.dispose();
  await pass;
  assert.equal(index.status.state, 'ready', index.status.error);
  assert.equal(index.status.stats?.files, 40);
});

it('a killed process fails the pass it held, is started again after a back-off, and the index opens again and is served', async () => {
  const { client, index, logger } = open(['flask/ctx.py', 'src/ledger.ts'], 'killed');
  const request = index.requestStarted();
  const listed = until(index, (s) => s.total > 0);
  const pass = index.start();
  await listed;
  const first = client.pid!;
  process.kill(first, 'SIGKILL');
  await pass;
  assert.equal(index.status.state, 'failed');
  assert.match(index.status.error ?? '', /process stopped \(SIGKILL\)/);
  assert.ok(logger.lines.some((l) => /its process stopped \(SIGKILL\); starting it again in/.test(l)), logger.lines.join('\n'));
  request.dispose();
  const ready = await until(index, (s) => s.state === 'ready');
  assert.equal(ready.stats?.files, 2);
  assert.notEqual(client.pid, first);
  assert.equal((await index.search('ledger balance', 5))[0]?.path, 'src/ledger.ts');
});

it('closing the index ends its process', async () => {
  const { client, index } = open(['flask/ctx.py'], 'closed');
  await index.start();
  const pid = client.pid!;
  assert.equal(alive(pid), true);
  index.dispose();
  await client.close();
  assert.equal(alive(pid), false);
  await assert.rejects(client.request('stats', {}), /closed/);
});
