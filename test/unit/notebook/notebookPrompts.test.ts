// The notebook as the chat and refactors show it to a model: cells numbered, the edited cell's
// neighbours around it, and a notebook that is not open read from its .ipynb file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderContextItem } from '../../../src/core/chat/chatPrompt';
import { ipynbCells } from '../../../src/core/notebook/ipynbCells';
import { cellSurroundings } from '../../../src/core/notebook/notebookDocument';
import { builtInAction } from '../../../src/core/refactor/refactorActions';
import { buildRefactorPrompt } from '../../../src/core/refactor/refactorPrompt';
import { cellsOf } from './notebookFixture';

const cells = cellsOf(['import pandas as pd', 'md:# Cleaning', 'def clean(df):\n    return df.dropna()', 'clean(pd.read_csv("a.csv"))']);

test('around a cell: the earlier cells numbered and ending at its own boundary, the later ones after it', () => {
  const { before, after } = cellSurroundings(cells, 2, 'def clean(df):\n    return df.dropna().reset_index()');
  assert.equal(before, '# %% cell 1\nimport pandas as pd\n\n# %% [markdown] cell 2\n# # Cleaning\n\n# %% cell 3\n');
  assert.equal(after, '\n\n# %% cell 4\nclean(pd.read_csv("a.csv"))\n\n');
  assert.deepEqual(cellSurroundings(cells, 9, 'x'), { before: '', after: '' }, 'no such cell, no surroundings');
});

test('a refactor in a cell names the cell and shows the other cells as context, the code by its lines in the cell', () => {
  const text = 'def clean(df):\n    return df.dropna()';
  const request = buildRefactorPrompt({
    action: builtInAction('document'),
    languageId: 'python',
    relativePath: 'analysis.ipynb, cell 3',
    documentText: text,
    around: { label: 'analysis.ipynb, cell 3', ...cellSurroundings(cells, 2, text) },
    target: { start: 0, end: text.length },
  });
  const user = request.messages[1]!.content;
  assert.match(user, /^File: analysis\.ipynb, cell 3 \(python\)/);
  assert.match(user, /Context before the code \(do not repeat it\):\n```python\n# %% cell 1\nimport pandas as pd\n\n# %% \[markdown\] cell 2\n# # Cleaning\n\n# %% cell 3\n```/);
  assert.match(user, /The code \(lines 1-2\):\n```python\ndef clean\(df\):\n    return df\.dropna\(\)\n```/);
  assert.match(user, /Context after the code \(do not repeat it\):\n```python\n# %% cell 4\nclean\(pd\.read_csv\("a\.csv"\)\)\n```/);
});

test('the chat quotes a notebook as a notebook and a selection by its cell', () => {
  const file = renderContextItem({ id: 'f', kind: 'file', label: 'analysis.ipynb, cell 3', path: 'analysis.ipynb', languageId: 'python', cell: 3 }, '# %% cell 1\nimport pandas as pd\n');
  assert.match(file, /^The notebook the user has open, `analysis\.ipynb`: its code cells, each headed by its number \(the cursor is in cell 3\):/);
  const selection = renderContextItem({
    id: 's', kind: 'selection', label: 'x', path: 'analysis.ipynb', languageId: 'python', cell: 3, text: 'df.dropna()',
    range: { start: { line: 1, character: 11 }, end: { line: 1, character: 22 } },
  });
  assert.match(selection, /^Selected code from cell 3 of `analysis\.ipynb` \(lines 2-2 of the cell\):/);
  const plain = renderContextItem({ id: 'p', kind: 'file', label: 'a.py', path: 'a.py', languageId: 'python' }, 'x = 1\n');
  assert.match(plain, /^The file the user has open, `a\.py`:/);
});

test('an .ipynb file read for a notebook that is not open: cells in order, sources joined, outputs ignored', () => {
  const json = JSON.stringify({
    nbformat: 4,
    metadata: { kernelspec: { language: 'python', name: 'python3' } },
    cells: [
      { cell_type: 'code', source: ['import pandas as pd\n', 'import numpy as np'], outputs: [{ output_type: 'error', ename: 'SECRET_IN_OUTPUT' }] },
      { cell_type: 'markdown', source: '# Notes' },
      { cell_type: 'raw', source: 'raw text' },
    ],
  });
  assert.deepEqual(ipynbCells(json), [
    { kind: 'code', languageId: 'python', text: 'import pandas as pd\nimport numpy as np' },
    { kind: 'markdown', languageId: 'markdown', text: '# Notes' },
    { kind: 'code', languageId: 'raw', text: 'raw text' },
  ]);
  assert.equal(ipynbCells('not json'), undefined);
  assert.equal(ipynbCells('{"a": 1}'), undefined);
});
