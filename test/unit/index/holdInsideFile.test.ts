// A hold (the user typing, a completion in flight) stops the index inside a file's work, not
// only between files: in the middle of its parse, between its steps (parse, definitions, chunks
// and words, symbols) and before its write; and between the steps of a batch's commit (each
// term table's pending terms written out, the commit, the copy of the log into the database).
// Wherever it comes, the file's rows are the same as without it, nothing is written while it
// lasts, and a file that moved on while its work waited keeps its newer state.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Disposable } from '../../../src/core/disposable';
import { fileRows, type WorkPause } from '../../../src/core/index/fileRows';
import { IndexBuilder, type IndexFileSource } from '../../../src/core/index/indexBuilder';
import { IndexHold } from '../../../src/core/index/indexHold';
import { IndexStore } from '../../../src/core/index/indexStore';
import { prepareLanguages } from '../../../src/core/index/languagesReady';
import { silentLogger } from '../../../src/core/logger';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { memoryFiles } from './fixtures/memoryFiles';

// The parse budget the direct fileRows calls get too: the builder's default (1 s) turns a parse that a
// loaded machine slows past it into line windows, which these tests about holds must not count on.
const PARSE_MS = 10_000;

/** A module long enough that its parse asks whether to stop many times. */
function longModule(functions: number, prefix = 'compute'): string {
  const out: string[] = ['"""Generated module."""', ''];
  for (let i = 0; i < functions; i++) out.push(`def ${prefix}_${i}(value, scale=${i}):`, `    total = value * scale + ${i}`, '    return total', '');
  return out.join('\n');
}

/**
 * A hold that starts at the `startAt`-th question (1-based) and lasts until released; it
 * counts the questions, and what was going on when the hold was first seen.
 */
class ScriptedPause implements WorkPause {
  asks = 0;
  waits = 0;
  private released = false;
  private release = () => undefined as void;
  private readonly ended = new Promise<void>((resolve) => (this.release = resolve));
  constructor(private readonly startAt: number) {}
  get held(): boolean {
    this.asks++;
    return this.asks >= this.startAt && !this.released;
  }
  waitWhileHeld(): Promise<void> {
    this.waits++;
    return this.ended;
  }
  end(): void {
    this.released = true;
    this.release();
  }
}

async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('a hold inside a file', () => {
  let syntax: SyntaxService;
  let dir: string;
  const text = longModule(1_500);
  const parses: ('tree' | 'stopped')[] = [];
  before(async () => {
    syntax = await SyntaxService.create();
    await syntax.loadLanguage('python');
    // Watch the parses the file's work asks for (the real parser underneath).
    const parse = syntax.parse.bind(syntax);
    syntax.parse = async (...args) => {
      const tree = await parse(...args);
      parses.push(tree ? 'tree' : 'stopped');
      return tree;
    };
    dir = mkdtempSync(join(tmpdir(), 'flywheel-index-hold-'));
  });
  after(() => {
    syntax.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops the parse midway; once the hold ends the file is parsed again and its rows are as without a hold', async () => {
    const unheld = await fileRows(syntax, 'src/long.py', text, PARSE_MS);
    const never = new ScriptedPause(Number.POSITIVE_INFINITY);
    await fileRows(syntax, 'src/long.py', text, PARSE_MS, never);
    // The question before the parse, those inside it, and one after each step.
    assert.ok(never.asks > 10, `the parse asks as it goes (asked ${never.asks} times)`);

    parses.length = 0;
    const pause = new ScriptedPause(3); // the first question is before the parse, the next ones inside it
    let done = false;
    const rows = fileRows(syntax, 'src/long.py', text, PARSE_MS, pause).then((r) => ((done = true), r));
    await turns(20);
    assert.equal(done, false, 'no rows while held');
    assert.deepEqual(parses, ['stopped'], 'the parse under way stopped at the hold');
    assert.equal(pause.waits, 1);
    const asked = pause.asks;
    await turns(20);
    assert.equal(pause.asks, asked, 'nothing more runs while held');
    pause.end();
    assert.deepEqual(await rows, unheld);
    assert.deepEqual(parses, ['stopped', 'tree']);
  });

  it('wherever the hold comes (before, inside or after the parse, between the steps), the rows are the same', async () => {
    const small = longModule(40, 'scale');
    const unheld = await fileRows(syntax, 'src/small.py', small, PARSE_MS);
    const count = new ScriptedPause(Number.POSITIVE_INFINITY);
    await fileRows(syntax, 'src/small.py', small, PARSE_MS, count);
    const last = count.asks;
    for (const startAt of [1, 2, 3, Math.floor(last / 2), last - 2, last - 1, last]) {
      const pause = new ScriptedPause(startAt);
      let done = false;
      const rows = fileRows(syntax, 'src/small.py', small, PARSE_MS, pause).then((r) => ((done = true), r));
      await turns(5);
      assert.equal(done, false, `held from question ${startAt} of ${last}: no rows yet`);
      assert.equal(pause.waits, 1, `held from question ${startAt}: waiting`);
      pause.end();
      assert.deepEqual(await rows, unheld, `held from question ${startAt} of ${last}`);
    }
  });

  it("looks at the hold between a large file's chunks, and a hold there stops the work until it ends", async () => {
    // 6,000 lines of plain text: 100 windows, each one's words computed in turn.
    const lines = Array.from({ length: 6_000 }, (_, i) => `line ${i} of the notes, with words such as alpha${i % 97} and beta${i % 89}`);
    const notes = lines.join('\n');
    const unheld = await fileRows(undefined, 'docs/notes.txt', notes, PARSE_MS);
    assert.ok(unheld.chunks.length >= 100, `${unheld.chunks.length} chunks`);
    const count = new ScriptedPause(Number.POSITIVE_INFINITY);
    await fileRows(undefined, 'docs/notes.txt', notes, PARSE_MS, count);
    assert.ok(count.asks >= unheld.chunks.length, `asked ${count.asks} times for ${unheld.chunks.length} chunks`);
    const pause = new ScriptedPause(Math.floor(count.asks / 2));
    let done = false;
    const rows = fileRows(undefined, 'docs/notes.txt', notes, PARSE_MS, pause).then((r) => ((done = true), r));
    await turns(5);
    assert.equal(done, false, 'held between chunks: no rows yet');
    assert.equal(pause.waits, 1);
    const asked = pause.asks;
    await turns(5);
    assert.equal(pause.asks, asked, 'nothing more runs while held');
    pause.end();
    assert.deepEqual(await rows, unheld);
  });

  it('a pass held while a file is worked on writes nothing until the hold ends; a file updated meanwhile keeps its newer version', async () => {
    const texts = new Map<string, { text: string; mtimeMs: number }>([
      ['src/long.py', { text, mtimeMs: 1 }],
      ['src/other.py', { text: 'def other_thing():\n    return 1\n', mtimeMs: 1 }],
    ]);
    const source = memoryFiles(texts);
    const store = IndexStore.open(join(dir, 'held.db'), silentLogger);
    // The pass prepares its files' languages first (languagesReady.ts): the hold comes after that, inside the first file.
    const prepared = new ScriptedPause(Number.POSITIVE_INFINITY);
    await prepareLanguages(syntax, texts.keys(), PARSE_MS, prepared);
    const pause = new ScriptedPause(prepared.asks + 3);
    const builder = new IndexBuilder({
      store, source, mayIndex: () => true, syntax, logger: silentLogger, parseTimeoutMs: PARSE_MS,
      mustWait: () => pause.held,
      throttle: () => pause.waitWhileHeld(),
    });
    try {
      let finished = false;
      const pass = builder.sync(['src/long.py', 'src/other.py']).then((r) => ((finished = true), r));
      await turns(20);
      assert.equal(finished, false);
      assert.equal(pause.waits, 1, 'held inside the first file');
      assert.equal(store.stats().files, 0, 'nothing written while held');
      // The user saves a new version of the file whose work is waiting; its update is heard meanwhile.
      texts.set('src/long.py', { text: 'def rewritten_entirely():\n    return 0\n', mtimeMs: 2 });
      const update = new IndexBuilder({ store, source, mayIndex: () => true, syntax, logger: silentLogger, parseTimeoutMs: PARSE_MS });
      assert.equal(await update.update('src/long.py'), 'indexed');
      pause.end();
      const result = await pass;
      assert.equal(result.cancelled, false);
      assert.equal(store.definitions('rewritten_entirely').length, 1, 'the newer version stands');
      assert.equal(store.definitions('compute_7').length, 0, 'the rows of the version read before the hold were not written over it');
      assert.equal(store.definitions('other_thing').length, 1, 'the pass went on to the next file');
    } finally {
      store.close();
    }
  });

  it("a hold during a file's write stops it between rows; it goes on after, and a file forgotten meanwhile keeps none of its rows", async () => {
    const texts = new Map([['src/long.py', text]]);
    const source: IndexFileSource = {
      stat: async (path) => (texts.has(path) ? { size: Buffer.byteLength(texts.get(path)!), mtimeMs: 1 } : undefined),
      read: async (path) => (texts.has(path) ? new TextEncoder().encode(texts.get(path)) : undefined),
    };
    const pass = async (name: string, pause: ScriptedPause, meanwhile?: (store: IndexStore) => void) => {
      const store = IndexStore.open(join(dir, name), silentLogger);
      const builder = new IndexBuilder({ store, source, mayIndex: () => true, syntax, logger: silentLogger, parseTimeoutMs: PARSE_MS, mustWait: () => pause.held, throttle: () => pause.waitWhileHeld() });
      let finished = false;
      const done = builder.sync(['src/long.py']).then(() => (finished = true));
      await turns(20);
      const whileHeld = { finished, waits: pause.waits, stats: store.stats() };
      meanwhile?.(store);
      pause.end();
      await done;
      return { store, whileHeld };
    };
    const unheld = await pass('write-unheld.db', new ScriptedPause(Number.POSITIVE_INFINITY));
    const all = unheld.store.stats();
    unheld.store.close();
    // 1,500 definitions, each a chunk and a symbol: the hold comes while the last symbols are written.
    const count = new ScriptedPause(Number.POSITIVE_INFINITY);
    (await pass('write-count.db', count)).store.close();
    const held = await pass('write-held.db', new ScriptedPause(count.asks - 50));
    try {
      assert.equal(held.whileHeld.finished, false);
      assert.equal(held.whileHeld.waits, 1);
      assert.equal(held.whileHeld.stats.chunks, all.chunks, 'the chunks were written before the hold');
      assert.ok(held.whileHeld.stats.symbols > 0 && held.whileHeld.stats.symbols < all.symbols, `stopped among the symbols (${held.whileHeld.stats.symbols} of ${all.symbols})`);
      const after = held.store.stats();
      assert.deepEqual([after.files, after.chunks, after.symbols], [all.files, all.chunks, all.symbols], 'the write went on once the hold ended');
      assert.equal(held.store.definitions('compute_1499').length, 1);
    } finally {
      held.store.close();
    }
    const forgotten = await pass('write-forgotten.db', new ScriptedPause(count.asks - 50), (store) => store.removeFile('src/long.py'));
    try {
      const after = forgotten.store.stats();
      assert.deepEqual([after.files, after.chunks, after.symbols], [0, 0, 0], 'nothing of the forgotten file was written after it was forgotten');
      assert.equal(forgotten.store.definitions('compute_1499').length, 0);
    } finally {
      forgotten.store.close();
    }
  });

  it("a pass leaves a changed file's older rows to its batch's end, deletes them a few at a time, and a failure midway leaves the older version whole", async () => {
    const texts = new Map([['src/long.py', { text, mtimeMs: 1 }]]);
    const source = memoryFiles(texts);
    const real = IndexStore.open(join(dir, 'older-rows.db'), silentLogger);
    await new IndexBuilder({ store: real, source, mayIndex: () => true, syntax, logger: silentLogger, parseTimeoutMs: PARSE_MS }).sync(['src/long.py']);
    const older = real.stats();
    texts.set('src/long.py', { text: longModule(1_500, 'recompute'), mtimeMs: 2 });
    // The product's hold record; the host's request begins as the second step of the delete runs.
    const hold = new IndexHold();
    let request: Disposable | undefined;
    let deletes = 0;
    let failAt = Number.POSITIVE_INFINITY;
    const store = new Proxy(real, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key === 'removeSomeRows') {
          return (fileId: number, limit: number) => {
            if (++deletes === failAt) throw new Error('disk full');
            if (deletes === 2 && failAt === Number.POSITIVE_INFINITY) request = hold.begin();
            return target.removeSomeRows(fileId, limit);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const builder = new IndexBuilder({ store, source, mayIndex: () => true, syntax, logger: silentLogger, parseTimeoutMs: PARSE_MS, mustWait: () => hold.held, throttle: () => hold.waitWhileHeld() });
    try {
      // A failed step fails the pass's batch, which is rolled back: the older version is whole.
      failAt = 5;
      await assert.rejects(builder.sync(['src/long.py']), /disk full/);
      assert.deepEqual([real.stats().chunks, real.stats().symbols], [older.chunks, older.symbols]);
      assert.equal(real.definitions('compute_0').length, 1);
      assert.equal(real.definitions('recompute_0').length, 0);

      deletes = 0;
      failAt = Number.POSITIVE_INFINITY;
      let finished = false;
      const pass = builder.sync(['src/long.py']).then(() => (finished = true));
      await turns(20);
      assert.equal(finished, false);
      assert.equal(deletes, 2, 'no step of the delete after the one the request met');
      assert.equal(real.inTransaction, true, 'inside the open batch: nothing of it is committed');
      assert.equal(real.definitions('compute_0').length, 0, 'a lookup meanwhile no longer sees the older version');
      assert.equal(real.definitions('recompute_1499').length, 1, 'and sees the newer one');
      request!.dispose();
      await pass;
      assert.ok(deletes > older.chunks / 32, `the older rows went a step at a time (${deletes} steps)`);
      assert.deepEqual([real.stats().files, real.stats().chunks, real.stats().symbols], [1, older.chunks, older.symbols], 'none of the older rows is left');
      assert.equal(real.searchChunks('compute', 5).length, 0, "the older chunks' terms are gone");
      assert.equal(real.definitions('recompute_0').length, 1);
    } finally {
      real.close();
    }
  });

  it('a hold that begins during a batch\'s commit comes before the log is copied into the database', async () => {
    const texts = new Map([['src/a.py', 'def alpha():\n    return 1\n']]);
    const source: IndexFileSource = {
      stat: async (path) => (texts.has(path) ? { size: Buffer.byteLength(texts.get(path)!), mtimeMs: 1 } : undefined),
      read: async (path) => (texts.has(path) ? new TextEncoder().encode(texts.get(path)) : undefined),
    };
    const real = IndexStore.open(join(dir, 'commit.db'), silentLogger);
    const steps: string[] = [];
    let held = false;
    let release = () => undefined as void;
    // The store as the builder sees it, telling the order of the batch's last steps.
    const store = new Proxy(real, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key === 'commit') return () => (steps.push('commit'), (held = true), target.commit());
        if (key === 'checkpoint') return () => (steps.push('checkpoint'), target.checkpoint());
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const builder = new IndexBuilder({
      store, source, mayIndex: () => true, syntax, logger: silentLogger, parseTimeoutMs: PARSE_MS,
      mustWait: () => held,
      throttle: () => (steps.push('held'), new Promise<void>((resolve) => (release = () => ((held = false), resolve())))),
    });
    try {
      const pass = builder.sync(['src/a.py']);
      await turns(20);
      assert.deepEqual(steps, ['commit', 'held'], 'the log is not copied while held');
      assert.equal(real.definitions('alpha').length, 1, 'the batch is committed');
      release();
      await pass;
      assert.deepEqual(steps, ['commit', 'held', 'checkpoint']);
    } finally {
      real.close();
    }
  });

  it("a request that begins while a batch's pending terms are written out waits for no more of the commit", async () => {
    const texts = new Map([['src/a.py', 'def alpha():\n    return 1\n'], ['src/b.py', 'def beta():\n    return 2\n']]);
    const source: IndexFileSource = {
      stat: async (path) => (texts.has(path) ? { size: Buffer.byteLength(texts.get(path)!), mtimeMs: 1 } : undefined),
      read: async (path) => (texts.has(path) ? new TextEncoder().encode(texts.get(path)) : undefined),
    };
    const real = IndexStore.open(join(dir, 'commit-steps.db'), silentLogger);
    // The product's hold record (shared memory, as the index thread reads it); the request is the host's.
    const hold = new IndexHold();
    let request: Disposable | undefined;
    const steps: string[] = [];
    const store = new Proxy(real, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key === 'flushTerms') {
          return (table: string) => {
            steps.push(`flush ${table}${hold.held ? ' (held)' : ''}`);
            // The request comes while the first table's terms are written out.
            request ??= hold.begin();
            target.flushTerms(table);
          };
        }
        if (key === 'commit') return () => (steps.push(`commit${hold.held ? ' (held)' : ''}`), target.commit());
        if (key === 'checkpoint') return () => (steps.push(`checkpoint${hold.held ? ' (held)' : ''}`), target.checkpoint());
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const builder = new IndexBuilder({ store, source, mayIndex: () => true, syntax, logger: silentLogger, parseTimeoutMs: PARSE_MS, mustWait: () => hold.held, throttle: () => hold.waitWhileHeld() });
    try {
      let finished = false;
      const pass = builder.sync(['src/a.py', 'src/b.py']).then(() => (finished = true));
      await turns(20);
      assert.deepEqual(steps, ['flush chunk_terms'], 'nothing more of the commit while the request runs');
      assert.equal(finished, false);
      assert.equal(real.inTransaction, true, 'the batch is still open');
      assert.equal(real.definitions('beta').length, 1, "a lookup meanwhile is answered, and sees the batch's rows");
      request!.dispose();
      await pass;
      assert.deepEqual(steps, ['flush chunk_terms', 'flush symbol_words', 'commit', 'checkpoint'], 'the rest once it ended, nothing of it held');
      assert.equal(real.inTransaction, false);
      assert.equal(real.definitions('alpha').length, 1);
    } finally {
      real.close();
    }
  });

  it('while a build copies the log itself, the store copies it on checkpoint, not on commit', () => {
    const path = join(dir, 'log.db');
    const store = IndexStore.open(path, silentLogger);
    try {
      store.autoCheckpoint(false);
      const size = () => statSync(path).size;
      const before = size();
      store.begin();
      for (let i = 0; i < 2_000; i++) {
        store.putFile(`src/m${i}.py`, { hash: String(i), size: 10, mtimeMs: 1 }, [{ startLine: 0, endLine: 1, kind: 'definition', scope: '', header: `def f${i}()`, symbolTerms: `f${i}`, pathTerms: 'src', bodyTerms: `function number ${i} returns ${i} `.repeat(60) }], [{ name: `f${i}`, kind: 'function', startLine: 0, endLine: 1, text: `def f${i}()` }], false);
      }
      store.commit();
      assert.equal(size(), before, 'committed pages stay in the log');
      store.checkpoint();
      assert.ok(size() > before, 'and reach the database on checkpoint');
    } finally {
      store.close();
    }
  });
});
