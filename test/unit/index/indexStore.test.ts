// The index's database on disk: a process killed in the middle of a write leaves an index that
// opens with what was committed before (the log's frames after the last commit are ignored), a damaged file is
// detected and replaced by an empty index (never served), an index of another schema is
// rebuilt, and vectors survive quantization with their ranking.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { IndexStore } from '../../../src/core/index/indexStore';
import type { Logger } from '../../../src/core/logger';
import { silentLogger } from '../../../src/core/logger';

const dir = mkdtempSync(join(tmpdir(), 'flywheel-index-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function warnings(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { ...silentLogger, lines, warn: (m: string) => lines.push(m) };
}

function put(store: IndexStore, path: string, name: string): void {
  store.putFile(path, { hash: name, size: 1, mtimeMs: 1 }, [
    { startLine: 0, endLine: 3, kind: 'definition', scope: name, header: `def ${name}()`, symbolTerms: name, pathTerms: 'src', bodyTerms: `${name} body` },
  ], [{ name, kind: 'function', startLine: 0, endLine: 3, text: `def ${name}()` }]);
}

describe('index store', () => {
  it('a process killed mid-write leaves the last committed index, which opens without a rebuild', async () => {
    const path = join(dir, 'killed.db');
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'writeForever.ts'), path], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('writing') && resolve());
      child.on('exit', (code) => reject(new Error(`the writer exited (${code}) before writing`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    assert.ok(existsSync(`${path}-wal`), 'killed with the index open: its log is left, with frames of the open transaction');
    const logger = warnings();
    const store = IndexStore.open(path, logger);
    try {
      assert.equal(store.recovered, undefined, 'a rolled-back write is not damage');
      assert.equal(store.stats().files, 50, 'exactly the committed batch');
      assert.equal(store.definitions('f49').length, 1);
      assert.equal(store.definitions('f60').length, 0);
      assert.deepEqual(logger.lines, []);
    } finally {
      store.close();
    }
  });

  it('a damaged file is detected, logged, and replaced by an empty index', () => {
    const path = join(dir, 'torn.db');
    const store = IndexStore.open(path, silentLogger);
    store.transaction(() => {
      for (let i = 0; i < 300; i++) put(store, `src/m${i}.py`, `handler_${i}`);
    });
    store.close();
    const bytes = readFileSync(path);
    // Garbage over pages in the middle (a torn write the log could not undo).
    for (let i = 8192; i < Math.min(bytes.length - 1, 40_000); i++) bytes[i] = (i * 131) & 0xff;
    writeFileSync(path, bytes);
    const logger = warnings();
    const reopened = IndexStore.open(path, logger);
    try {
      assert.equal(reopened.recovered, 'torn');
      assert.match(logger.lines.join('\n'), /damaged/);
      assert.equal(reopened.stats().files, 0, 'nothing of the damaged index is served');
      put(reopened, 'src/a.py', 'fresh');
      assert.equal(reopened.definitions('fresh').length, 1);
    } finally {
      reopened.close();
    }
  });

  it('an index written by another schema version is rebuilt', () => {
    const path = join(dir, 'old.db');
    const store = IndexStore.open(path, silentLogger);
    put(store, 'src/a.py', 'kept');
    store.setMeta('schema', '0');
    store.close();
    const reopened = IndexStore.open(path, silentLogger);
    assert.equal(reopened.recovered, 'schema');
    assert.equal(reopened.stats().files, 0);
    reopened.close();
  });

  it('quantized vectors keep the nearest chunk first', () => {
    const store = IndexStore.open(join(dir, 'vectors.db'), silentLogger);
    try {
      put(store, 'src/a.py', 'alpha');
      put(store, 'src/b.py', 'beta');
      const [a, b] = ['src/a.py', 'src/b.py'].map((p) => store.chunkAt(p, 0)!.chunkId);
      store.putVectors([{ chunkId: a, vector: [1, 0.1, 0] }, { chunkId: b, vector: [0, 1, 0.2] }]);
      assert.deepEqual(store.searchVectors([0.1, 0.9, 0.1], 2).map((h) => h.path), ['src/b.py', 'src/a.py']);
      const [best] = store.searchVectors([1, 0.1, 0], 1);
      assert.ok(Math.abs(best.score - 1) < 0.02, `cosine of a vector with itself ≈ 1, got ${best.score}`);
      store.removeFile('src/b.py');
      assert.deepEqual(store.searchVectors([0, 1, 0], 5).map((h) => h.path), ['src/a.py'], 'a forgotten file takes its vectors along');
    } finally {
      store.close();
    }
  });
});
