// The index service in-process over a real folder on disk: a full pass, searches that find
// code from a question, updates on edit, rename and delete, a branch-switch burst, the path
// policy (a secret file and an ignored file are never indexed, whatever the host lists), and a
// pass with the helper thread (the same index as without it).
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { IndexService } from '../../../src/core/index/indexService';
import { silentLogger } from '../../../src/core/logger';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';

const files: Record<string, string> = {
  'src/requestContext.py': [
    'class RequestContext:',
    '    def __init__(self, app, environ):',
    '        self.app = app',
    '        self.environ = environ',
    '',
    '    def push(self):',
    '        _request_stack.append(self)',
    '',
    '    def pop(self):',
    '        _request_stack.pop()',
    '',
  ].join('\n'),
  'src/ledger.ts': [
    'export class Ledger {',
    '  private entries: number[] = [];',
    '  addEntry(amount: number): void {',
    '    this.entries.push(amount);',
    '  }',
    '  balance(): number {',
    '    return this.entries.reduce((a, b) => a + b, 0);',
    '  }',
    '}',
    '',
  ].join('\n'),
  'docs/guide.md': '# Deploying\n\nRun the deploy script with the production profile.\n\n# Testing\n\nRun the unit tests.\n',
  '.env': 'DATABASE_PASSWORD=hunter2hunter2\n',
  'build/generated.py': 'def generated_secret_helper():\n    pass\n',
  '.gitignore': 'build/\n',
};

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('index service', () => {
  let root: string;
  let service: IndexService;
  let syntax: SyntaxService;
  const listed = () => Object.keys(files);

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'flywheel-index-ws-'));
    mkdirSync(join(root, '.git'));
    for (const [path, text] of Object.entries(files)) write(root, path, text);
    syntax = await SyntaxService.create();
    service = new IndexService({ syntax, logger: silentLogger });
    service.open({ dbPath: join(root, '..', `${root.split('/').pop()}.db`), roots: [{ name: 'ws', path: root }], policy: {}, maxFileBytes: 512 * 1024 });
  });

  after(() => {
    service.close();
    syntax.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('indexes the listed files the path policy allows, and no secret or ignored file', async () => {
    const result = await service.sync(listed());
    assert.equal(result.cancelled, false);
    const stats = service.stats();
    assert.equal(stats.files, 4, 'requestContext.py, ledger.ts, guide.md, .gitignore');
    assert.deepEqual(await service.search('DATABASE_PASSWORD hunter2hunter2', 10), []);
    assert.deepEqual(await service.search('generated secret helper', 10), []);
    assert.deepEqual(service.definitions(['generated_secret_helper'], 2), []);
  });

  it('finds the defining code from a question in plain words', async () => {
    const hits = await service.search('where is the request context pushed and popped?', 5);
    assert.equal(hits[0]?.path, 'src/requestContext.py');
    assert.match(hits[0].text, /def push\(self\)/);
    const ledger = await service.search('How is the balance of the ledger computed', 5);
    assert.equal(ledger[0]?.path, 'src/ledger.ts');
    assert.match(ledger[0].text, /balance\(\): number/);
    const docs = await service.search('how do I deploy to production', 5);
    assert.equal(docs[0]?.path, 'docs/guide.md');
    assert.equal(docs[0].startLine, 0);
  });

  it('answers symbol lookups with signatures and outlines', () => {
    const defs = service.definitions(['RequestContext', 'addEntry'], 2);
    assert.deepEqual(defs.map((d) => [d.name, d.path, d.startLine]), [['RequestContext', 'src/requestContext.py', 0], ['addEntry', 'src/ledger.ts', 2]]);
    assert.match(defs[0].text, /def push\(self\)/, 'a class comes as its outline');
  });

  it('follows an edit, a rename and a delete', async () => {
    write(root, 'src/ledger.ts', files['src/ledger.ts'].replace('balance(): number', 'totalBalance(): number'));
    assert.equal(await service.update(['src/ledger.ts']), 1);
    assert.equal(service.definitions(['balance'], 2).length, 0);
    assert.equal(service.definitions(['totalBalance'], 2).length, 1);
    assert.equal(await service.update(['src/ledger.ts']), 0, 'unchanged content is not indexed again');

    renameSync(join(root, 'src/ledger.ts'), join(root, 'src/accounts.ts'));
    service.remove(['src/ledger.ts']);
    await service.update(['src/accounts.ts']);
    assert.deepEqual(service.definitions(['totalBalance'], 2).map((d) => d.path), ['src/accounts.ts']);

    rmSync(join(root, 'src/accounts.ts'));
    assert.equal(service.remove(['src/accounts.ts']), 1);
    assert.equal(service.definitions(['Ledger'], 2).length, 0);
    assert.equal(service.stats().files, 3);
  });

  it('a file that becomes secret by name is forgotten on its next update', async () => {
    write(root, 'src/id_rsa', 'def leaked_key_material():\n    pass\n');
    await service.update(['src/id_rsa']);
    assert.equal(service.definitions(['leaked_key_material'], 2).length, 0);
    assert.equal(service.stats().files, 3);
  });

  it('a hold (the user typing) keeps the pass from indexing any file until it ends, then the pass completes', async () => {
    let firstProgress = 0;
    const held = new IndexService({ syntax, logger: silentLogger, onProgress: () => (firstProgress ||= Date.now()) });
    held.open({ dbPath: join(root, '..', `${root.split('/').pop()}-held.db`), roots: [{ name: 'ws', path: root }], policy: {}, maxFileBytes: 512 * 1024 });
    const until = Date.now() + 300;
    held.hold(until);
    const result = await held.sync(listed());
    assert.ok(firstProgress >= until, `a file was indexed ${until - firstProgress} ms before the hold ended`);
    assert.equal(result.cancelled, false);
    assert.ok(result.indexed >= 2, JSON.stringify(result));
    held.close();
  });

  it('a branch switch that changes many files is caught up by one pass', async () => {
    const before = service.stats().files;
    const branch: string[] = [];
    for (let i = 0; i < 300; i++) {
      const path = `gen/module${i}.py`;
      write(root, path, `def handler_${i}(request):\n    return request.value_${i}\n`);
      branch.push(path);
    }
    const result = await service.sync([...listed().filter((p) => p !== 'src/ledger.ts'), ...branch]);
    assert.equal(result.indexed, 300);
    assert.equal(service.stats().files, before + 300);
    assert.equal(service.definitions(['handler_299'], 1)[0]?.path, 'gen/module299.py');
    // Back to the first branch: the generated files go.
    for (const path of branch) rmSync(join(root, path));
    const back = await service.sync(listed().filter((p) => p !== 'src/ledger.ts'));
    assert.equal(back.removed, 300);
    assert.equal(service.stats().files, before);
  });

  it('a pass with the helper thread builds the same index as one thread alone', async () => {
    const branch: string[] = [];
    for (let i = 0; i < 120; i++) {
      const path = `two/module${i}.py`;
      write(root, path, `class Handler${i}:\n    def handle_${i}(self, request):\n        return request.value_${i}\n`);
      branch.push(path);
    }
    const paths = [...listed(), ...branch];
    const build = async (name: string, rowsWorker?: { path: string; execArgv: string[] }) => {
      const s = new IndexService({ syntax, logger: silentLogger, rowsWorker });
      s.open({ dbPath: join(root, '..', `${root.split('/').pop()}-${name}.db`), roots: [{ name: 'ws', path: root }], policy: {}, maxFileBytes: 512 * 1024 });
      try {
        const result = await s.sync(paths);
        // Rows land in another order with the helper (ids differ): only the unique best answer is compared.
        const found = await s.search('where is `handle_57` defined?', 1);
        const symbols = branch.flatMap((_, i) => s.definitions([`handle_${i}`, `Handler${i}`], 2)).map((d) => `${d.path}:${d.name}:${d.startLine}-${d.endLine}:${d.text}`);
        const { files, chunks, symbols: symbolCount } = s.stats();
        return { result, counts: { files, chunks, symbolCount }, top: found.map((h) => `${h.path}:${h.startLine}`), symbols };
      } finally {
        s.close();
      }
    };
    const one = await build('one');
    const two = await build('two', { path: join(import.meta.dirname, '..', '..', '..', 'src', 'core', 'index', 'rowsWorker.ts'), execArgv: ['--require', 'tsx/cjs'] });
    for (const path of branch) rmSync(join(root, path));
    assert.equal(one.result.byHelper, 0);
    assert.ok(two.result.byHelper > 0, `the helper computed no file's rows: ${JSON.stringify(two.result)}`);
    assert.equal(two.result.indexed, one.result.indexed);
    assert.ok(one.result.indexed >= 120, JSON.stringify(one.result));
    assert.deepEqual(two.counts, one.counts);
    assert.deepEqual(two.symbols, one.symbols);
    assert.deepEqual(one.top, ['two/module57.py:0']);
    assert.deepEqual(two.top, one.top);
  });
});
