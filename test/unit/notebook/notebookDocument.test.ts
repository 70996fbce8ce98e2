// A notebook's cells as one document: boundaries, prose as comments, the cursor's offset in the
// cell mapped into the document, the edited cell's error output, and valid code for the parser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notebookAsDocument, renderNotebook, textVersion } from '../../../src/core/notebook/notebookDocument';
import { syntaxService } from '../completion/completionTestSupport';
import { cellSnapshot, cellsOf } from './notebookFixture';

const sources = ['import pandas as pd\nimport numpy as np', 'md:# Load\nThe *raw* data.', 'df = pd.read_csv("sales.csv")\ndf.█', 'df.plot()'];

test('cells in order, each behind a boundary comment; markdown as comments; the cursor where it is in the cell', () => {
  const doc = cellSnapshot(sources);
  const notebook = notebookAsDocument(doc)!;
  assert.equal(
    notebook.document.text,
    [
      '# %%\nimport pandas as pd\nimport numpy as np\n',
      '# %% [markdown]\n# # Load\n# The *raw* data.\n',
      '# %%\ndf = pd.read_csv("sales.csv")\ndf.\n',
      '# %%\ndf.plot()\n\n',
    ].join('\n'),
  );
  const { document, cellStart } = notebook;
  assert.equal(document.uri, 'file:///w/analysis.ipynb', 'the notebook is one document: other cells are not "other files"');
  assert.equal(document.relativePath, 'analysis.ipynb');
  assert.equal(document.offset, cellStart + doc.offset);
  assert.equal(document.text.slice(cellStart, cellStart + doc.text.length), doc.text, 'the cell is verbatim in the document');
  assert.ok(document.text.slice(0, document.offset).endsWith('df = pd.read_csv("sales.csv")\ndf.'));
  assert.ok(document.text.slice(document.offset).startsWith('\n\n# %%\ndf.plot()'), 'the next cell follows its boundary');
});

test('blocks tile the text, and each knows its cell, its text and whether it is prose', () => {
  const rendered = renderNotebook(cellsOf(sources), 'python', { prose: 'comment' });
  assert.deepEqual(rendered.blocks.map((b) => [b.index, b.prose]), [[0, false], [1, true], [2, false], [3, false]]);
  let at = 0;
  for (const block of rendered.blocks) {
    assert.equal(block.start, at);
    assert.ok(block.start < block.textStart && block.textStart <= block.textEnd && block.textEnd < block.end);
    at = block.end;
  }
  assert.equal(at, rendered.text.length);
  const code = rendered.blocks[2]!;
  assert.equal(rendered.text.slice(code.textStart, code.textEnd), 'df = pd.read_csv("sales.csv")\ndf.');
  assert.equal(rendered.boundary, '# %%');
});

test('for a reader: code cells only, numbered as the notebook numbers them', () => {
  const rendered = renderNotebook(cellsOf(sources), 'python', { prose: 'omit', numbered: true });
  assert.equal(rendered.text, '# %% cell 1\nimport pandas as pd\nimport numpy as np\n\n# %% cell 3\ndf = pd.read_csv("sales.csv")\ndf.\n\n# %% cell 4\ndf.plot()\n\n');
});

test('a code cell of another language is prose, with its language; other languages get their own comment', () => {
  const cells = [...cellsOf(['x = 1']), { kind: 'code' as const, languageId: 'sql', text: 'select 1' }];
  assert.equal(renderNotebook(cells, 'python', { prose: 'comment' }).text, '# %%\nx = 1\n\n# %% [sql]\n# select 1\n\n');
  const ts = renderNotebook([{ kind: 'code', languageId: 'typescript', text: 'let a = 1;' }], 'typescript', { prose: 'comment' });
  assert.equal(ts.text, '// %%\nlet a = 1;\n\n');
  assert.equal(ts.boundary, '// %%');
});

test("the edited cell's error output follows its code as comments: colours removed, the last lines kept", () => {
  const traceback = [
    '\u001b[0;31m---------------------------------------------------------------------------\u001b[0m',
    ...Array.from({ length: 20 }, (_, i) => `  frame ${i}`),
    "\u001b[0;31mNameError\u001b[0m: name 'dff' is not defined",
  ].join('\n');
  const notebook = notebookAsDocument(cellSnapshot(['import pandas as pd', 'dff.█'], { errorOutput: traceback }))!;
  const text = notebook.document.text;
  assert.ok(text.includes("# Error output of the last run of this cell:\n"), text);
  assert.ok(text.includes("# NameError: name 'dff' is not defined\n"));
  assert.ok(!text.includes('\u001b'), 'no ANSI escapes');
  assert.ok(!text.includes('frame 0\n') && text.includes('#   frame 19'), 'the end of a long traceback is kept');
  assert.ok(text.indexOf('dff.') < text.indexOf('Error output'), 'after the code: the cursor is still right after `dff.`');
  assert.ok(text.slice(notebook.document.offset).startsWith('\n# Error output'));
  // Without it (the setting off) there is no trace of outputs.
  assert.ok(!notebookAsDocument(cellSnapshot(['import pandas as pd', 'dff.█']))!.document.text.includes('Error'));
});

test('a document that is not a code cell of a notebook is not turned into one', () => {
  const plain = { uri: 'file:///w/a.py', relativePath: 'a.py', languageId: 'python', text: 'x', version: 1, offset: 1 };
  assert.equal(notebookAsDocument(plain), undefined);
  const markdownCell = { ...cellSnapshot(['x = 1', 'y█']), languageId: 'markdown' };
  const notebook = markdownCell.notebook!;
  assert.equal(notebookAsDocument({ ...markdownCell, notebook: { ...notebook, cells: [notebook.cells[0]!, { kind: 'markdown', languageId: 'markdown', text: 'y' }] } }), undefined);
});

test('the version follows the text: any cell edited, added or moved gives another one', () => {
  const a = notebookAsDocument(cellSnapshot(['import os', 'x█']))!.document;
  const b = notebookAsDocument(cellSnapshot(['import os', 'x█']))!.document;
  const c = notebookAsDocument(cellSnapshot(['import sys', 'x█']))!.document;
  assert.equal(a.version, b.version);
  assert.notEqual(a.version, c.version);
  assert.notEqual(textVersion('ab'), textVersion('ba'));
});

test('the document is valid Python: tree-sitter parses it whole, and the first cell\'s imports are imports', async () => {
  const syntax = await syntaxService();
  const { document } = notebookAsDocument(cellSnapshot(sources))!;
  const tree = (await syntax.parse('python', document.text.replace('df.\n', 'df.head()\n'), { timeoutMs: 2_000 }))!;
  assert.equal(tree.rootNode.hasError, false, tree.rootNode.toString());
  const imports = syntax.query('python', 'imports')!.captures(tree.rootNode).map((c) => c.node.text);
  assert.ok(imports.some((t) => t.includes('pandas')), JSON.stringify(imports));
  tree.delete();
});
