// The similar-code query: the code lines before the cursor, comments and doc strings out, except
// the comment or doc string that ends right above the cursor (it says what the next line is).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/context/lineIndex';
import { RetrievalSignal } from '../../../src/core/context/retrievalSignal';
import { startWorkBudget } from '../../../src/core/context/workBudget';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import type { SyntaxTree } from '../../../src/core/syntax/syntaxService';
import { FixtureWorkspace } from './fixtureWorkspace';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
  await syntax.loadLanguage('typescript');
  await syntax.loadLanguage('python');
});
after(() => syntax.dispose());

/** The query of a document cut at `<|>`, parsed unless `parsed` is false. */
function queryOf(path: string, source: string, parsed = true): string {
  const document = new FixtureWorkspace({ [path]: source }).openFile(path);
  const text = document.text.slice(0, document.offset);
  const tree: SyntaxTree | undefined = parsed ? syntax.parseSync(document.languageId, text) : undefined;
  try {
    const signal = new RetrievalSignal(
      // The query reads the document and its tree only.
      {} as never,
      { document: { ...document, text }, offset: text.length, lines: LineIndex.of(text), tree, visible: { start: 0, end: text.length }, named: () => false, now: 0 },
      startWorkBudget({ kind: 'units', units: 0 }),
    );
    return signal.queryText();
  } finally {
    tree?.delete();
  }
}

const sampleTs = `/*
 * Copyright (c) Example Corp. Licensed under the MIT license.
 */
import { Observable } from './Observable';

// an unrelated note about buffering
const pending = new Map<string, number>();

/**
 * Emits the most recent value whenever the notifier emits.
 * @param notifier the sampling signal
 */
<|>`;

test('the doc comment right above the cursor is in the query; a license header and an earlier comment are not', () => {
  const query = queryOf('src/sample.ts', sampleTs);
  assert.match(query, /Emits the most recent value/);
  assert.match(query, /@param notifier the sampling signal/);
  assert.match(query, /const pending = new Map<string, number>\(\);/);
  assert.doesNotMatch(query, /Copyright|unrelated note/);
});

test('a comment with a code line or a blank line between it and the cursor stays out', () => {
  assert.doesNotMatch(queryOf('a.ts', '// says what follows\nconst a = 1;\n<|>'), /says what follows/);
  assert.doesNotMatch(queryOf('a.ts', 'const a = 1;\n// a note\n\n<|>'), /a note/);
  assert.equal(queryOf('a.ts', 'const a = 1;\n// a note\n\n<|>'), 'const a = 1;');
});

test('a Python doc string right above the cursor is in the query, the module doc string is not', () => {
  const source = '"""Module doc: license text."""\nimport json\n\ndef load(path):\n    """Reads the inventory file at path."""\n    <|>';
  const query = queryOf('inventory.py', source);
  assert.match(query, /def load\(path\):/);
  assert.match(query, /Reads the inventory file at path/);
  assert.doesNotMatch(query, /Module doc/);
});

test('without a parse tree, comment lines are read by their marker, and the ones right above the cursor stay', () => {
  const query = queryOf('a.ts', '// header note\nconst a = 1;\n// adds one to a\n<|>', false);
  assert.equal(query, 'const a = 1;\n// adds one to a');
});
