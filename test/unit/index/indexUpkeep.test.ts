// The index's upkeep after single updates: a one-file write leaves its segment for later (FTS5
// merges nothing inside it) while a build's commits merge as they go; once no request has come
// for a while the upkeep merges in small steps, then copies the log; a request stops it after
// the step under way, and a hold (a completion in flight) keeps it from starting a step. A
// build's batches commit by the text they hold, not by wall time alone (a slow machine does not
// write more, smaller segments). A pass over an index that holds files already (a branch switch)
// merges nothing itself, as single updates do: the upkeep does it after.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Database } from 'node-sqlite3-wasm';
import { IndexBuilder, type IndexFileSource } from '../../../src/core/index/indexBuilder';
import { IndexHold } from '../../../src/core/index/indexHold';
import { IndexMaintenance } from '../../../src/core/index/indexMaintenance';
import { IndexStore } from '../../../src/core/index/indexStore';
import { silentLogger } from '../../../src/core/logger';
import { memoryFiles } from './fixtures/memoryFiles';

const dir = mkdtempSync(join(tmpdir(), 'flywheel-index-upkeep-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function putOne(store: IndexStore, i: number): void {
  store.transaction(() =>
    store.putFile(`src/m${i}.py`, { hash: `h${i}`, size: 1, mtimeMs: 1 }, [
      { startLine: 0, endLine: 3, kind: 'definition', scope: `handler_${i}`, header: `def handler_${i}()`, symbolTerms: `handler ${i}`, pathTerms: 'src', bodyTerms: `handler ${i} body words ${i}` },
    ], [{ name: `handler_${i}`, kind: 'function', startLine: 0, endLine: 3, text: `def handler_${i}()` }]),
  );
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The store's upkeep calls, in order, with the real store underneath. */
function recorded(store: IndexStore): { store: IndexStore; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(store, {
    get(target, key) {
      if (key === 'mergeStep') return (pages: number) => { const worked = target.mergeStep(pages); calls.push(worked ? 'merge' : 'merged'); return worked; };
      if (key === 'checkpoint') return () => (calls.push('checkpoint'), target.checkpoint());
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: proxy, calls };
}

/**
 * How many segments a term table's structure record lists (FTS5's %_data row 10: a 4-byte
 * cookie, in its second version a 4-byte marker, then the levels' and the segments' counts as
 * varints), read with the store closed.
 */
function segmentsOf(path: string, table: string): number {
  const db = new Database(path);
  try {
    db.exec('PRAGMA locking_mode=EXCLUSIVE');
    const block = db.get(`SELECT block FROM ${table}_data WHERE id = 10`)?.block as Uint8Array;
    let at = block[4] === 0xff && block[5] === 0 && block[6] === 0 && block[7] === 1 ? 8 : 4;
    const varint = (): number => {
      let value = 0;
      for (;;) {
        const byte = block[at++]!;
        value = value * 128 + (byte & 0x7f);
        if (byte < 0x80) return value;
      }
    };
    varint(); // levels
    return varint();
  } finally {
    db.close();
  }
}

describe('index upkeep', () => {
  it('one-file writes leave their segments for the upkeep, whose merging changes no answer', () => {
    const store = IndexStore.open(join(dir, 'single.db'), silentLogger);
    try {
      for (let i = 0; i < 60; i++) putOne(store, i);
      const before = store.searchChunks('handler', 100).map((h) => h.path).sort();
      assert.equal(store.mergeStep(32), true, 'sixty one-file commits left segments to merge');
      while (store.mergeStep(32));
      assert.equal(store.mergeStep(32), false, 'all merged');
      assert.deepEqual(store.searchChunks('handler', 100).map((h) => h.path).sort(), before);
      assert.deepEqual(store.definitions('handler_5').map((d) => d.path), ['src/m5.py']);
    } finally {
      store.close();
    }
  });

  it('runs once no request came for a while: merges step by step, then copies the log', async () => {
    const real = IndexStore.open(join(dir, 'idle.db'), silentLogger);
    const { store, calls } = recorded(real);
    const upkeep = new IndexMaintenance(() => store, new IndexHold(), silentLogger, () => false);
    try {
      for (let i = 0; i < 12; i++) {
        putOne(real, i);
        upkeep.requested(true);
      }
      assert.equal(calls.join(' '), '', 'nothing inside the requests');
      await until(() => calls.includes('checkpoint'), 'the log copied');
      assert.ok(calls.indexOf('merge') === 0 && calls.at(-2) === 'merged' && calls.at(-1) === 'checkpoint', calls.join(' '));
      assert.equal(real.mergeStep(32), false, 'nothing left to merge');
    } finally {
      upkeep.dispose();
      real.close();
    }
  });

  it('a request stops the upkeep after its step; a read alone owes none; a hold keeps it from starting', async () => {
    const real = IndexStore.open(join(dir, 'busy.db'), silentLogger);
    const { store, calls } = recorded(real);
    const hold = new IndexHold();
    const upkeep = new IndexMaintenance(() => store, hold, silentLogger, () => false);
    try {
      upkeep.requested(false);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(calls.join(' '), '', 'reads leave nothing to do');

      for (let i = 0; i < 40; i++) putOne(real, i);
      const request = hold.begin();
      upkeep.requested(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(calls.join(' '), '', 'held: no step ran');
      request.dispose();
      await until(() => calls.length > 0, 'the first step');
      upkeep.requested(false); // a search came: the run stops after the step under way
      const stoppedAt = calls.length;
      await new Promise((resolve) => setImmediate(resolve));
      assert.ok(calls.length <= stoppedAt + 1, `at most the step under way ran after the request (${calls.join(' ')})`);
      await until(() => calls.includes('checkpoint'), 'the upkeep resumed after the next quiet spell and finished');
    } finally {
      upkeep.dispose();
      real.close();
    }
  });

  it('a slow pass (its cores taken) commits by the text it holds: one batch for little text however long it took', async () => {
    const texts = new Map<string, string>(Array.from({ length: 40 }, (_, i) => [`src/m${i}.txt`, `notes about topic ${i}\n`.repeat(20)]));
    // Each read takes 40 ms of wall time: 1.6 s in all, past a batch's second of work.
    const source: IndexFileSource = {
      stat: async (path) => (texts.has(path) ? { size: Buffer.byteLength(texts.get(path)!), mtimeMs: 1 } : undefined),
      read: async (path) => {
        await new Promise((resolve) => setTimeout(resolve, 40));
        return texts.has(path) ? new TextEncoder().encode(texts.get(path)) : undefined;
      },
    };
    const real = IndexStore.open(join(dir, 'slow.db'), silentLogger);
    let commits = 0;
    const store = new Proxy(real, {
      get(target, key) {
        if (key === 'commit') return () => (commits++, target.commit());
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    try {
      const builder = new IndexBuilder({ store, source, mayIndex: () => true, logger: silentLogger });
      const result = await builder.sync([...texts.keys()]);
      assert.equal(result.indexed, 40);
      assert.equal(commits, 1, 'one batch: 40 small files are far from the text a batch holds');
      assert.equal(real.stats().files, 40);
    } finally {
      real.close();
    }
  });

  it('a pass over an index that holds files merges nothing itself; the upkeep merges after it', async () => {
    const path = join(dir, 'switch.db');
    const words = (i: number, version: number) => Array.from({ length: 300 }, (_, line) => `note_${i}_${line} topic${(i * 7 + line) % 97} version${version} word${line % 13}`).join('\n');
    const texts = new Map(Array.from({ length: 40 }, (_, i) => [`src/f${i}.txt`, { text: words(i, 0), mtimeMs: 1 }]));
    const change = (i: number, version: number) => texts.set(`src/f${i}.txt`, { text: words(i, version), mtimeMs: 1 + version });
    const built = (store: IndexStore) => new IndexBuilder({ store, source: memoryFiles(texts), mayIndex: () => true, logger: silentLogger });
    let store = IndexStore.open(path, silentLogger);
    await built(store).sync([...texts.keys()]);
    // Single updates after the build, each its own commit (as the service runs them): their segments are left unmerged.
    for (let n = 0; n < 60; n++) {
      change(n % 40, 1 + Math.floor(n / 40));
      store.begin();
      await built(store).update(`src/f${n % 40}.txt`);
      store.commit();
    }
    store.close();
    const beforePass = segmentsOf(path, 'chunk_terms');

    // A branch switch: 30 files changed at once, one pass over them all.
    for (let i = 0; i < 30; i++) change(i, 9);
    store = IndexStore.open(path, silentLogger);
    const result = await built(store).sync([...texts.keys()]);
    assert.equal(result.indexed, 30);
    store.close();
    const afterPass = segmentsOf(path, 'chunk_terms');
    assert.ok(afterPass > beforePass, `the pass only added segments (${beforePass} -> ${afterPass})`);
    // One batch: its pending terms written out as their size asks (256 KiB each), not once per
    // changed file (a delete of a file's older rows, below the rows just written, forced that).
    assert.ok(afterPass - beforePass < 30 / 3, `a few write-outs for the batch, not one per changed file (${beforePass} -> ${afterPass})`);

    store = IndexStore.open(path, silentLogger);
    try {
      while (store.mergeStep(32));
      const found = new Set(store.searchChunks('version9', 10_000).map((h) => h.path));
      assert.deepEqual([...found].sort(), Array.from({ length: 30 }, (_, i) => `src/f${i}.txt`).sort());
      assert.deepEqual(store.searchChunks('note_0_5', 10).map((h) => h.path), ['src/f0.txt']);
    } finally {
      store.close();
    }
    assert.ok(segmentsOf(path, 'chunk_terms') < afterPass, 'the upkeep merged them');
  });
});
