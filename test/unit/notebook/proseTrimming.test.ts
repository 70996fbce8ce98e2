// Under a tight budget a notebook's markdown goes first (farthest from the cursor first), code
// stays; offsets of the shorter text map back to the whole notebook's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notebookAsDocument } from '../../../src/core/notebook/notebookDocument';
import { trimProse } from '../../../src/core/notebook/proseTrimming';
import { estimateTokens } from '../../../src/core/tokenEstimator';
import { cellSnapshot } from './notebookFixture';

const prose = (title: string) => `md:# ${title}\n${'Some words about the data and what we want from it. '.repeat(6)}`;
const sources = [prose('Intro'), 'import pandas as pd', prose('Load'), 'df = pd.read_csv("a.csv")', prose('Plot'), 'df.█', prose('After'), 'df.describe()', prose('End')];

function trimmed(budget: { prefix: number; suffix: number }) {
  const { document, rendered } = notebookAsDocument(cellSnapshot(sources))!;
  return { document, result: trimProse(document.text, document.offset, rendered.blocks, budget, estimateTokens) };
}

test('a notebook that fits is left whole', () => {
  const { document, result } = trimmed({ prefix: 10_000, suffix: 10_000 });
  assert.equal(result.text, document.text);
  assert.equal(result.offset, document.offset);
  assert.equal(result.toOriginal(17), 17);
});

test('over budget, markdown before the cursor goes first, from the first cell on; code is never dropped', () => {
  const { document, result } = trimmed({ prefix: estimateTokens(document0().text.slice(0, document0().offset)) - 60, suffix: 10_000 });
  const before = result.text.slice(0, result.offset);
  assert.ok(!before.includes('# Intro'), 'the farthest markdown went first');
  assert.ok(before.includes('# Plot'), 'the nearest markdown stays while the budget allows');
  assert.ok(before.includes('import pandas as pd') && before.includes('df = pd.read_csv'), 'code stays');
  assert.equal(result.text.slice(result.offset), document.text.slice(document.offset), 'nothing after the cursor was needed');
  // Offsets map back: the cursor, and a code line's start.
  assert.equal(result.toOriginal(result.offset), document.offset);
  const at = result.text.indexOf('import pandas');
  assert.equal(result.toOriginal(at), document.text.indexOf('import pandas'));
});

test('a very tight budget drops all markdown on both sides, the last cell first after the cursor', () => {
  const { document, result } = trimmed({ prefix: 10, suffix: 10 });
  assert.ok(!/# (Intro|Load|Plot|After|End)\b/.test(result.text), result.text);
  assert.ok(result.text.includes('import pandas as pd') && result.text.includes('df.describe()'));
  assert.equal(result.text.slice(result.offset, result.offset + 3), document.text.slice(document.offset, document.offset + 3));
  const describe = result.text.indexOf('df.describe()');
  assert.equal(result.toOriginal(describe), document.text.indexOf('df.describe()'));
  // The end maps to the end of what is kept: the dropped last cell is not shown.
  assert.equal(result.toOriginal(result.text.length), document.text.indexOf('# %% [markdown]\n# # End'));
});

test('after the cursor, the last markdown cell goes before a nearer one', () => {
  const { document } = trimmed({ prefix: 10_000, suffix: 10_000 });
  const after = estimateTokens(document.text.slice(document.offset));
  const { result } = trimmed({ prefix: 10_000, suffix: after - 30 });
  const rest = result.text.slice(result.offset);
  assert.ok(!rest.includes('# End') && rest.includes('# After'), rest);
});

function document0() {
  return notebookAsDocument(cellSnapshot(sources))!.document;
}
