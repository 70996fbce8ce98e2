import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FileAnalysisCache } from '../../../src/core/context/fileAnalysisCache';
import { ImportTargets } from '../../../src/core/context/importTargets';
import { UNLIMITED_WORK } from '../../../src/core/context/workBudget';
import { silentLogger } from '../../../src/core/logger';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { FixtureWorkspace } from './fixtureWorkspace';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create();
});
after(() => syntax.dispose());

test('same-package files are looked up once per listing of the workspace, and again once the host lists a new file', async () => {
  const workspace = new FixtureWorkspace({
    'shop/cart.go': 'package shop\n\nfunc Total(c Cart) int { return c.Sum() }\n',
    'shop/types.go': 'package shop\n\ntype Cart struct{ Items []Item }\n',
    'other/main.go': 'package main\n',
  });
  // The editor's listing is refreshed a little after files come or go: until then it is the old one.
  let listed = workspace.listFiles();
  workspace.listFiles = () => listed;
  const files = new FileAnalysisCache(syntax, workspace, () => false, silentLogger);
  const targets = new ImportTargets(workspace, files);
  const doc = { relativePath: 'shop/cart.go', languageId: 'go' };
  const paths = async () => (await targets.resolve(doc, [], UNLIMITED_WORK)).map((r) => r.file.path).sort();
  assert.deepEqual(await paths(), ['shop/types.go']);
  workspace.files['shop/item.go'] = 'package shop\n\ntype Item struct{ Price int }\n';
  assert.deepEqual(await paths(), ['shop/types.go'], 'within the listing\'s lifetime, the package is what it was');
  listed = [...listed, 'shop/item.go'];
  assert.deepEqual(await paths(), ['shop/item.go', 'shop/types.go']);
  files.dispose();
});

test('what was read and resolved is kept however long ago: only the host\'s reports of changes drop it', async (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 0 });
  const workspace = new FixtureWorkspace({
    'app/main.py': 'from app.models import User\n',
    'app/models.py': 'class User:\n    name: str\n',
  });
  const files = new FileAnalysisCache(syntax, workspace, () => false, silentLogger);
  const targets = new ImportTargets(workspace, files);
  const doc = { relativePath: 'app/main.py', languageId: 'python' };
  const refs = [{ source: 'app.models', line: 0, names: ['User'] }];
  const resolve = async () => (await targets.resolve(doc, refs, UNLIMITED_WORK)).map((r) => r.file.path);
  assert.deepEqual(await resolve(), ['app/models.py']);
  const reads = workspace.reads.length;
  t.mock.timers.tick(10 * 60_000);
  assert.deepEqual(await resolve(), ['app/models.py']);
  assert.equal(workspace.reads.length, reads, 'ten minutes later, nothing is read again');
  // The file changed on disk (the host says so): read again on the next request, the resolution kept.
  workspace.files['app/models.py'] = 'class User:\n    email: str\n';
  files.invalidate('app/models.py');
  const [models] = await targets.resolve(doc, refs, UNLIMITED_WORK);
  assert.ok(models.file.byName.has('User'));
  assert.match(models.file.lines.text, /email/);
  assert.deepEqual(workspace.reads.slice(reads), ['app/models.py']);
  files.dispose();
});

test('the document being edited, brought back by its package, is served as last analysed: never analysed again on the request', async () => {
  const workspace = new FixtureWorkspace({
    'shop/cart.go': 'package shop\n\nfunc Total(c Cart) int { return c.Sum() }\n',
    'shop/types.go': 'package shop\n\ntype Cart struct{ Items []Item }\n',
  });
  const files = new FileAnalysisCache(syntax, workspace, () => false, silentLogger);
  const targets = new ImportTargets(workspace, files);
  const before = workspace.openFile('shop/cart.go', 1);
  const analysed = files.forDocument(before, UNLIMITED_WORK);
  workspace.files['shop/cart.go'] += 'func Discount() int { return 0 }\n';
  const edited = workspace.openFile('shop/cart.go', 2);
  // The scope of `types.go` (whose `Cart` the cursor's type is): its package holds the edited document.
  const sibling = { relativePath: 'shop/types.go', languageId: 'go' };
  const [served] = await targets.resolve(sibling, [], UNLIMITED_WORK, edited.uri);
  assert.equal(served.file, analysed, 'the analysis of version 1, as it was');
  // Another request's document: analysed at its version as usual.
  const [fresh] = await targets.resolve(sibling, [], UNLIMITED_WORK);
  assert.notEqual(fresh.file, analysed);
  assert.ok(fresh.file.byName.has('Discount'));
  await files.idle();
  files.dispose();
});
