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

test('same-package files are looked up once per document, and again once a file is created', async () => {
  const workspace = new FixtureWorkspace({
    'shop/cart.go': 'package shop\n\nfunc Total(c Cart) int { return c.Sum() }\n',
    'shop/types.go': 'package shop\n\ntype Cart struct{ Items []Item }\n',
    'other/main.go': 'package main\n',
  });
  const files = new FileAnalysisCache(syntax, workspace, () => false, silentLogger);
  const targets = new ImportTargets(workspace, files);
  const doc = { relativePath: 'shop/cart.go', languageId: 'go' };
  const paths = async () => (await targets.resolve(doc, [], UNLIMITED_WORK)).map((r) => r.file.path).sort();
  assert.deepEqual(await paths(), ['shop/types.go']);
  workspace.files['shop/item.go'] = 'package shop\n\ntype Item struct{ Price int }\n';
  assert.deepEqual(await paths(), ['shop/types.go'], 'within the listing\'s lifetime, the package is what it was');
  // The host reports the new file (ContextEngine.invalidateFile): the next request sees it.
  files.invalidate('shop/item.go');
  targets.invalidate();
  assert.deepEqual(await paths(), ['shop/item.go', 'shop/types.go']);
  files.dispose();
});
