// The workspace index as the extension runs it: the worker thread (SQLite in WebAssembly,
// tree-sitter) over a real folder, driven by the host side; embeddings through the one door to
// a loopback Ollama /api/embed. A full pass with progress, a question in plain words finds the
// defining file, vectors join the fusion once embedded, a burst of changes becomes one pass,
// a reopened index is served from disk with its vectors, and a completion in flight holds a
// pass back while the index's threads run at the lowest priority (Linux).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { dirname, join } from 'node:path';
import { after, before, it } from 'node:test';
import { IndexClient } from '../../../src/core/index/indexClient';
import { kernelThreadId, LOWEST_NICE, schedulingPolicy } from '../../../src/core/index/threadPriority';
import { WorkspaceIndex } from '../../../src/core/index/workspaceIndex';
import { fakeOllamaModels, startFakeOllamaServer, type FakeOllamaServer } from '../../support/fakeOllamaServer';
import { createHarness, memoryLogger } from '../gateway/gatewayHarness';

/** Linux's SCHED_IDLE (sched.h). */
const SCHED_IDLE = 5;
const chrtAvailable = () => spawnSync('chrt', ['--version']).status === 0;

const WORKER = join(import.meta.dirname, '..', '..', '..', 'src', 'core', 'index', 'indexWorker.ts');

const files: Record<string, string> = {
  'flask/ctx.py': 'class RequestContext:\n    def push(self):\n        _cv_request.set(self)\n\n    def pop(self, exc=None):\n        _cv_request.reset(self)\n',
  'flask/json.py': 'def dumps(obj, **kwargs):\n    return _json.dumps(obj, **kwargs)\n',
  'src/ledger.ts': 'export class Ledger {\n  balance(): number {\n    return this.entries.reduce((a, b) => a + b, 0);\n  }\n}\n',
  'README.md': '# Flask\n\nA lightweight WSGI web application framework.\n',
  '.env': 'SECRET_KEY=s3cr3t-s3cr3t-s3cr3t\n',
};

let root: string;
let ollama: FakeOllamaServer;
const opened: { client: IndexClient; index: WorkspaceIndex }[] = [];

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function open(listed: () => string[], dbName = root.split('/').pop()!) {
  const logger = memoryLogger();
  const progress: [number, number][] = [];
  let index: WorkspaceIndex | undefined;
  const client = new IndexClient({ workerPath: WORKER, execArgv: ['--require', 'tsx/cjs'], logger, onProgress: (done, total) => (progress.push([done, total]), index?.progress(done, total)) });
  index = new WorkspaceIndex({
    client, logger, dbPath: join(root, '..', `${dbName}.db`), maxFileBytes: 512 * 1024, settleMs: 20, burstFiles: 50,
    host: { listFiles: async () => listed(), policy: () => ({ roots: [{ name: 'ws', path: root }], policy: {} }) },
  });
  opened.push({ client, index });
  return { client, index, logger, progress };
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'flywheel-index-int-'));
  for (const [path, text] of Object.entries(files)) write(path, text);
  ollama = await startFakeOllamaServer({ models: [fakeOllamaModels.nomicEmbed] });
});

after(async () => {
  for (const { client, index } of opened) {
    index.dispose();
    await client.close();
  }
  await ollama.close();
  rmSync(root, { recursive: true, force: true });
});

it('builds in the worker with progress, finds the defining file from a question, never a secret file', async () => {
  const { index, progress } = open(() => Object.keys(files));
  await index.start();
  assert.equal(index.status.state, 'ready', index.status.error);
  assert.equal(index.status.stats?.files, 4, '.env is never indexed, whatever the host lists');
  assert.deepEqual(progress.at(-1), [5, 5]);
  const hits = await index.search('where is the request context pushed and popped?', 5);
  assert.equal(hits[0]?.path, 'flask/ctx.py');
  assert.match(hits[0].text, /def push\(self\)/);
  assert.deepEqual(await index.search('SECRET_KEY', 5), []);
  assert.equal(index.status.embedding.state, 'off');
});

it("the index thread's heap may grow only as far as its own limit, far below the process's", async () => {
  const { index } = opened[0];
  const memory = await index.memory();
  // Old generation 256 MB plus the young generation's spaces: V8 then grows the old generation
  // by ~1.3x of what is live, not ~4x (threadHeaps.ts).
  assert.ok(memory.heapLimit <= 300 * 1024 * 1024, `the index thread may grow to ${Math.round(memory.heapLimit / 1048576)} MB`);
  assert.ok(memory.heapLimit < getHeapStatistics().heap_size_limit / 2, 'the process default is not what the thread got');
  assert.ok(memory.heapUsed > 0 && memory.heapUsed <= memory.heapTotal);
});

it('with an embedding model the chunks get vectors through the door, and vectors join the fusion', async () => {
  const { index } = opened[0];
  const h = createHarness({ roles: { embedding: [{ provider: 'ollama', baseUrl: ollama.url, model: 'nomic-embed-text' }] } });
  index.setEmbedding({
    model: 'ollama:nomic-embed-text',
    embed: (input, files, purpose, signal) => h.door.embed({ role: 'embedding', purpose, body: { kind: 'embed', request: { input } }, files }, signal),
  });
  await index.idle();
  assert.equal(index.status.embedding.state, 'idle', index.status.embedding.error);
  const sent = ollama.requestsTo('/api/embed').flatMap((r) => r.body.input as string[]);
  assert.ok(sent.some((t) => t.includes('def push(self)')));
  assert.ok(!sent.some((t) => t.includes('SECRET_KEY')));
  const hits = await index.search('lightweight WSGI web application framework', 3);
  assert.equal(hits[0]?.path, 'README.md');
  assert.ok(hits[0].via.vector !== undefined, JSON.stringify(hits[0].via));
  h.gateway.dispose();
});

it('an edit is followed; a reopened index keeps its files and vectors; a burst of changes is one full pass', async () => {
  const { index, client } = opened[0];
  write('flask/json.py', 'def dumps_pretty(obj):\n    return _json.dumps(obj, indent=2)\n');
  index.fileChanged('flask/json.py');
  await new Promise((resolve) => setTimeout(resolve, 60));
  await index.idle();
  assert.equal((await index.definitions(['dumps_pretty'], 1))[0]?.path, 'flask/json.py');

  index.dispose();
  await client.close();

  const generated = Array.from({ length: 60 }, (_, i) => `gen/handler${i}.py`);
  const listed = () => [...Object.keys(files), ...generated];
  const second = open(listed);
  await second.index.start();
  assert.equal(second.index.status.stats?.files, 4);
  assert.ok(second.index.status.stats!.vectors > 0, 'the vectors were kept on disk');
  assert.equal(second.index.status.firstBuild, false, 'not a first build: the index was on disk');
  for (const [i, path] of generated.entries()) write(path, `def handler_${i}(request):\n    return request\n`);
  for (const path of generated) second.index.fileChanged(path);
  await new Promise((resolve) => setTimeout(resolve, 60));
  await second.index.idle();
  assert.ok(second.logger.lines.some((l) => /60 files changed at once/.test(l)), second.logger.lines.join('\n'));
  assert.equal((await second.index.definitions(['handler_59'], 1))[0]?.path, 'gen/handler59.py');
  assert.equal(second.index.status.stats?.files, 64);
});

it('a completion in flight holds the pass from its first file until the request ends; searches are answered meanwhile', async () => {
  const held = Array.from({ length: 40 }, (_, i) => `held/module${i}.py`);
  for (const [i, path] of held.entries()) write(path, `def held_handler_${i}(request):\n    return request\n`);
  const { index, progress, logger } = open(() => held, `${root.split('/').pop()}-held`);
  const request = index.requestStarted();
  // The files are listed and the pass is sent in one go: once the total is known, the pass is the worker's.
  const listed = new Promise<void>((resolve) => {
    const sub = index.onDidChangeStatus((s) => s.total > 0 && (sub.dispose(), resolve()));
  });
  const pass = index.start();
  await listed;
  assert.deepEqual(await index.search('held handler request', 5), [], 'answered while the pass waits, from an index with nothing yet');
  assert.deepEqual(progress, [], 'no file is indexed while the request is in flight');
  request.dispose();
  await pass;
  assert.equal(index.status.state, 'ready', index.status.error);
  assert.equal(index.status.stats?.files, 40);

  if (process.platform === 'linux') {
    // The threads say which kernel thread they are; the test's own thread keeps its priority.
    const ownBefore = getPriority(kernelThreadId()!);
    const said = logger.lines.map((l) => /(index|helper) thread (\d+) runs at nice (\d+).*/.exec(l)).filter((m) => m !== null);
    assert.deepEqual([...new Set(said.map((m) => m[1]))].sort(), ['helper', 'index'], logger.lines.join('\n'));
    for (const m of said) assert.equal(Number(m[3]), LOWEST_NICE, m[0]);
    // The index thread lives on: the kernel still reports its nice value.
    const indexThread = Number(said.find((m) => m[1] === 'index')![2]);
    assert.equal(getPriority(indexThread), LOWEST_NICE);
    assert.equal(getPriority(kernelThreadId()!), ownBefore);
    // With util-linux's chrt (Debian's is essential) both index threads are in the idle
    // scheduling class, and the kernel says so of the living index thread; the test's thread is not.
    if (chrtAvailable()) {
      for (const m of said) assert.match(m.input, /in the idle scheduling class$/, m.input);
      assert.equal(schedulingPolicy(indexThread), SCHED_IDLE);
    }
    assert.notEqual(schedulingPolicy(kernelThreadId()!), SCHED_IDLE);
    assert.notEqual(indexThread, kernelThreadId());
  }
});
