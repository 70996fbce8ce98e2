import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { allSyntaxLanguages, syntaxLanguageForPath } from '../../../src/core/syntax/languages';
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';

let syntax: SyntaxService;
before(async () => {
  // Generous parse budget: the test machine is shared and may be slow.
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

const samples: Record<string, [string, string]> = {
  typescript: ['function add(a: number, b: number): number { return a + b; }', 'function_declaration'],
  typescriptreact: ['export function App(): JSX.Element { return <div>hi</div>; }', 'export_statement'],
  javascript: ['class A { m() { return 1; } }', 'class_declaration'],
  python: ['def add(a, b):\n    return a + b\n', 'function_definition'],
  go: ['package main\nfunc add(a, b int) int { return a + b }\n', 'package_clause'],
  rust: ['fn add(a: i32, b: i32) -> i32 { a + b }', 'function_item'],
  java: ['class A { int add(int a, int b) { return a + b; } }', 'class_declaration'],
  c: ['int add(int a, int b) { return a + b; }', 'function_definition'],
  cpp: ['template <typename T> T add(T a, T b) { return a + b; }', 'template_declaration'],
  csharp: ['class A { int Add(int a, int b) { return a + b; } }', 'class_declaration'],
  ruby: ['def add(a, b)\n  a + b\nend\n', 'method'],
  php: ['<?php function add($a, $b) { return $a + $b; }', 'php_tag'],
  shellscript: ['add() { echo $(( $1 + $2 )); }', 'function_definition'],
};

test('parses every supported language without errors (grammar ABI matches the runtime)', async () => {
  assert.equal(allSyntaxLanguages().length, 13);
  for (const [languageId, [source, firstType]] of Object.entries(samples)) {
    const tree = await syntax.parse(languageId, source);
    assert.ok(tree, `no tree for ${languageId}`);
    assert.equal(tree.rootNode.hasError, false, `${languageId}: ${tree.rootNode.toString()}`);
    assert.equal(tree.rootNode.firstNamedChild?.type, firstType, languageId);
    tree.delete();
  }
});

test('unsupported languages and oversized texts yield undefined', async () => {
  assert.equal(await syntax.parse('markdown', '# hi'), undefined);
  assert.equal(syntax.languageFor('plaintext'), undefined);
  assert.equal(syntaxLanguageForPath('a/b/notes.txt'), undefined);
  assert.equal(syntaxLanguageForPath('a/b.c/x.h')?.name, 'c');
});

test('a parse over its time budget gives up, and the parser recovers for the next one', async () => {
  const big = 'def f(x):\n    return [i * x for i in range(10)]\n'.repeat(20_000);
  assert.equal(await syntax.parse('python', big, { timeoutMs: 0 }), undefined);
  const small = await syntax.parse('python', 'x = 1\n');
  assert.equal(small?.rootNode.text, 'x = 1\n');
  small?.delete();
});

test('a file with syntax errors still parses into a tree with error nodes', async () => {
  const tree = await syntax.parse('typescript', 'function broken(a: number {\n  return a +;\n}\nconst ok = 1;\n');
  assert.ok(tree);
  assert.equal(tree.rootNode.hasError, true);
  assert.ok(tree.rootNode.descendantsOfType('lexical_declaration').length >= 1);
  tree.delete();
});

function snapshot(text: string, version: number): DocumentSnapshot {
  return { uri: 'file:///w/a.ts', relativePath: 'a.ts', languageId: 'typescript', text, version, offset: 0 };
}

test('incremental updates (with change events or by diff) equal a fresh parse', async () => {
  const v1 = 'export function total(items: number[]): number {\n  let sum = 0;\n  for (const i of items) sum += i;\n  return sum;\n}\n';
  const t1 = await syntax.treeFor(snapshot(v1, 1));
  assert.ok(t1);
  // An edit reported as change events: insert a parameter, then a line (applied in order).
  const at = v1.indexOf(')');
  const change1 = { rangeOffset: at, rangeLength: 0, text: ', scale = 1' };
  const mid = v1.slice(0, at) + change1.text + v1.slice(at);
  const ret = mid.indexOf('return sum');
  const change2 = { rangeOffset: ret, rangeLength: 'return sum'.length, text: 'return sum * scale' };
  const v2 = mid.slice(0, ret) + change2.text + mid.slice(ret + 'return sum'.length);
  const t2 = await syntax.updateDocument('file:///w/a.ts', 'typescript', 2, v2, [change1, change2]);
  const fresh2 = await syntax.parse('typescript', v2);
  assert.equal(t2?.rootNode.toString(), fresh2?.rootNode.toString());
  fresh2?.delete();
  // No change events: the cache diffs the texts. Multi-byte characters keep indices in UTF-16 units.
  const v3 = v2.replace('let sum = 0;', "let sum = 0; // naïve 😀 sum\n  const label = 'Σ';");
  const t3 = await syntax.treeFor(snapshot(v3, 3));
  const fresh3 = await syntax.parse('typescript', v3);
  assert.equal(t3?.rootNode.toString(), fresh3?.rootNode.toString());
  const label = t3?.rootNode.descendantsOfType('string')[0];
  assert.equal(label?.text, "'Σ'");
  assert.equal(v3.slice(label?.startIndex, label?.endIndex), "'Σ'");
  fresh3?.delete();
  // Same version again: the cached tree, no reparse.
  assert.equal(syntax.cachedTree('file:///w/a.ts', 3), t3);
  // Change events that do not produce the new text fall back to a fresh parse.
  const t4 = await syntax.updateDocument('file:///w/a.ts', 'typescript', 4, v1, [change1]);
  assert.equal(t4?.rootNode.toString(), t1.rootNode.toString());
  syntax.closeDocument('file:///w/a.ts');
  assert.equal(syntax.cachedTree('file:///w/a.ts', 4), undefined);
});

test('treeForSync returns undefined until the grammar is loaded, then parses', async () => {
  const doc: DocumentSnapshot = { uri: 'file:///w/x.rb', relativePath: 'x.rb', languageId: 'ruby', text: 'puts 1\n', version: 1, offset: 0 };
  const fresh = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
  assert.equal(fresh.treeForSync(doc), undefined);
  await fresh.loadLanguage('ruby');
  assert.equal(fresh.treeForSync(doc)?.rootNode.type, 'program');
  fresh.dispose();
});
