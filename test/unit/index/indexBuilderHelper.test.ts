// Rows computed on the helper thread come back later than the file was read: a file that moved
// on meanwhile (an update indexed a newer version, or the file was deleted) keeps its newer
// state, a helper that fails leaves its files to the index thread, and rows that come back while
// the build is held wait for the hold's end. The helper is stood in
// for here by an object whose answers the test releases (its real thread: indexService.test.ts).
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileRows, type FileRows } from '../../../src/core/index/fileRows';
import { IndexBuilder, type IndexFileSource, type RowsOffload } from '../../../src/core/index/indexBuilder';
import { IndexStore } from '../../../src/core/index/indexStore';
import { silentLogger } from '../../../src/core/logger';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';

class Files implements IndexFileSource {
  readonly texts = new Map<string, { text: string; mtimeMs: number }>();
  private clock = 1;
  set(path: string, text: string): void {
    this.texts.set(path, { text, mtimeMs: this.clock++ });
  }
  async stat(path: string) {
    const f = this.texts.get(path);
    return f && { size: Buffer.byteLength(f.text), mtimeMs: f.mtimeMs };
  }
  async read(path: string) {
    const f = this.texts.get(path);
    return f && new TextEncoder().encode(f.text);
  }
}

/** A helper whose answers wait until the test releases them; it takes three files at most (the pass may offer more). */
class HeldHelper implements RowsOffload {
  readonly waiting: { path: string; release: () => void; fail: () => void }[] = [];
  usable = true;
  constructor(private readonly syntax: SyntaxService) {}
  get inFlight(): number {
    return this.waiting.length >= 3 ? Number.POSITIVE_INFINITY : this.waiting.length;
  }
  rows(path: string, text: string, parseTimeoutMs: number): Promise<FileRows> {
    return new Promise((resolve, reject) => {
      const entry = {
        path,
        release: () => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          void fileRows(this.syntax, path, text, parseTimeoutMs).then(resolve, reject);
        },
        fail: () => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(new Error('the helper thread stopped'));
        },
      };
      this.waiting.push(entry);
    });
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('index builder with a helper thread', () => {
  let syntax: SyntaxService;
  let dir: string;
  before(async () => {
    syntax = await SyntaxService.create();
    dir = mkdtempSync(join(tmpdir(), 'flywheel-index-helper-'));
  });
  after(() => {
    syntax.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  function setUp(name: string) {
    const files = new Files();
    for (let i = 0; i < 12; i++) files.set(`src/m${i}.py`, `def first_${i}():\n    return ${i}\n`);
    const store = IndexStore.open(join(dir, `${name}.db`), silentLogger);
    const builder = new IndexBuilder({ store, source: files, mayIndex: () => true, syntax, logger: silentLogger });
    return { files, store, builder, helper: new HeldHelper(syntax) };
  }

  it('a file updated while its rows were out keeps the newer version; one deleted stays forgotten', async () => {
    const { files, store, builder, helper } = setUp('moved');
    try {
      const pass = builder.sync([...files.texts.keys()], undefined, undefined, () => helper);
      await until(() => helper.waiting.length === 3);
      const [edited, deleted, kept] = helper.waiting.map((w) => w.path);
      files.set(edited, 'def second_version():\n    return 2\n');
      assert.equal(await builder.update(edited), 'indexed');
      files.texts.delete(deleted);
      builder.remove(deleted);
      // No more files for it (the pass may still be going through the last ones): only these three come back late.
      helper.usable = false;
      for (const w of [...helper.waiting]) w.release();
      const result = await pass;
      assert.equal(result.byHelper, 3);
      assert.equal(store.definitions('second_version').length, 1, 'the update stands');
      assert.equal(store.definitions(`first_${kept.match(/\d+/)![0]}`).length, 1, 'a file that stayed as it was is written');
      assert.equal(store.definitions(`first_${edited.match(/\d+/)![0]}`).length, 0, 'the old rows were not written over it');
      assert.equal(store.fileInfo(deleted), undefined, 'the deleted file was not written back');
      assert.equal(store.stats().files, 11);
    } finally {
      store.close();
    }
  });

  it('rows that come back while the build is held are written only once the hold ends', async () => {
    const files = new Files();
    for (let i = 0; i < 12; i++) files.set(`src/m${i}.py`, `def first_${i}():\n    return ${i}\n`);
    const store = IndexStore.open(join(dir, 'held.db'), silentLogger);
    let held = false;
    let throttled = 0;
    let endHold = () => undefined as void;
    const holdEnded = new Promise<void>((resolve) => (endHold = resolve));
    const builder = new IndexBuilder({
      store, source: files, mayIndex: () => true, syntax, logger: silentLogger,
      mustWait: () => held,
      throttle: () => (throttled++, holdEnded),
    });
    const helper = new HeldHelper(syntax);
    try {
      const pass = builder.sync([...files.texts.keys()], undefined, undefined, () => helper);
      let finished = false;
      void pass.then(() => (finished = true));
      await until(() => helper.waiting.length === 3);
      const out = helper.waiting.map((w) => `first_${w.path.match(/\d+/)![0]}`);
      held = true;
      helper.usable = false;
      for (const w of [...helper.waiting]) w.release();
      const written = () => out.filter((name) => store.definitions(name).length > 0).length;
      await until(() => throttled >= 3 || written() > 0);
      assert.equal(written(), 0, 'nothing the helper computed was written while held');
      assert.equal(finished, false);
      held = false;
      endHold();
      const result = await pass;
      assert.equal(result.byHelper, 3);
      assert.equal(written(), 3);
      assert.equal(store.stats().files, 12);
    } finally {
      store.close();
    }
  });

  it("a hold that begins while a helper's file is looked at again holds its write too", async () => {
    const files = new Files();
    for (let i = 0; i < 12; i++) files.set(`src/m${i}.py`, `def first_${i}():\n    return ${i}\n`);
    const store = IndexStore.open(join(dir, 'held-in-stat.db'), silentLogger);
    let held = false;
    let endHold = () => undefined as void;
    const holdEnded = new Promise<void>((resolve) => (endHold = resolve));
    // The second stat of a file is the one before its helper rows are written: the hold begins during it.
    const stats = new Map<string, number>();
    let heldInStat: string | undefined;
    const source: IndexFileSource = {
      stat: async (path) => {
        const n = (stats.get(path) ?? 0) + 1;
        stats.set(path, n);
        const info = await files.stat(path);
        if (n === 2 && !heldInStat) (heldInStat = path), (held = true);
        return info;
      },
      read: (path) => files.read(path),
    };
    const builder = new IndexBuilder({ store, source, mayIndex: () => true, syntax, logger: silentLogger, mustWait: () => held, throttle: () => holdEnded });
    const helper = new HeldHelper(syntax);
    try {
      const pass = builder.sync([...files.texts.keys()], undefined, undefined, () => helper);
      await until(() => helper.waiting.length === 3);
      helper.usable = false;
      helper.waiting[0]!.release();
      await until(() => heldInStat !== undefined);
      const name = `first_${heldInStat!.match(/\d+/)![0]}`;
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
      assert.equal(store.definitions(name).length, 0, 'not written inside the hold');
      held = false;
      endHold();
      for (const w of [...helper.waiting]) w.release();
      await pass;
      assert.equal(store.definitions(name).length, 1, 'written once the hold ended');
      assert.equal(store.stats().files, 12);
    } finally {
      store.close();
    }
  });

  it('files a failed helper had are indexed by the index thread', async () => {
    const { files, store, builder, helper } = setUp('failed');
    try {
      const pass = builder.sync([...files.texts.keys()], undefined, undefined, () => helper);
      await until(() => helper.waiting.length === 3);
      helper.usable = false;
      for (const w of [...helper.waiting]) w.fail();
      const result = await pass;
      assert.equal(result.byHelper, 0);
      assert.equal(result.indexed, 12);
      for (let i = 0; i < 12; i++) assert.equal(store.definitions(`first_${i}`).length, 1, `first_${i}`);
    } finally {
      store.close();
    }
  });
});
