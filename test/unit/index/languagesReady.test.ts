// A pass prepares the languages of the files it lists before its first file (the grammar loaded,
// a first parse, the definitions query): after a restart over a built index the pass reads no
// file, and the user's first edit in a language would otherwise pay for its first use.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { IndexBuilder } from '../../../src/core/index/indexBuilder';
import { IndexStore } from '../../../src/core/index/indexStore';
import { listedLanguages } from '../../../src/core/index/languagesReady';
import { silentLogger } from '../../../src/core/logger';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { memoryFiles } from './fixtures/memoryFiles';

const dir = mkdtempSync(join(tmpdir(), 'flywheel-index-languages-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('languages prepared by a pass', () => {
  it('names each grammar once, with the first path it serves; text files and unknown kinds none', () => {
    const languages = listedLanguages(['docs/a.md', 'src/a.ts', 'src/b.ts', 'notes.txt', 'lib/x.py', 'src/c.tsx', 'data.bin', 'web/a.jsx', 'web/b.js']);
    assert.deepEqual([...languages], [['typescript', 'src/a.ts'], ['python', 'lib/x.py'], ['tsx', 'src/c.tsx'], ['javascript', 'web/a.jsx']]);
  });

  it('a pass that reads no file (a restart over a built index) leaves its files\' languages loaded, and no other', async () => {
    const texts = new Map([
      ['src/app.ts', { text: 'export function start(): number {\n  return 1;\n}\n', mtimeMs: 1 }],
      ['tools/run.py', { text: 'def run():\n    return 2\n', mtimeMs: 1 }],
      ['README.md', { text: '# Notes\n\nSome words.\n', mtimeMs: 1 }],
    ]);
    const source = memoryFiles(texts);
    const store = IndexStore.open(join(dir, 'restart.db'), silentLogger);
    const first = await SyntaxService.create();
    const restarted = await SyntaxService.create();
    try {
      await new IndexBuilder({ store, source, mayIndex: () => true, syntax: first, logger: silentLogger }).sync([...texts.keys()]);
      assert.equal(restarted.loadedLanguage('typescript'), undefined, 'a new process starts with no grammar');
      const result = await new IndexBuilder({ store, source, mayIndex: () => true, syntax: restarted, logger: silentLogger }).sync([...texts.keys()]);
      assert.equal(result.indexed, 0, 'no file was read again');
      assert.notEqual(restarted.loadedLanguage('typescript'), undefined);
      assert.notEqual(restarted.loadedLanguage('python'), undefined);
      assert.equal(restarted.loadedLanguage('go'), undefined, 'no file of it is listed');
      assert.equal(store.stats().files, 3, 'the preparation writes nothing');
    } finally {
      store.close();
      first.dispose();
      restarted.dispose();
    }
  });
});
