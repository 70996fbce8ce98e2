// Completing in a notebook cell: the model sees the whole notebook (earlier cells before the
// cursor, later ones after it), the suggestion keeps to the cell, and its range is the cell's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompletionEngine } from '../../../src/core/completion/completionEngine';
import type { CompletionEngineDeps } from '../../../src/core/completion/completionEngine';
import { ContextEngine } from '../../../src/core/context/contextEngine';
import { selectFimTemplate } from '../../../src/core/models/fimTemplates';
import { FixtureWorkspace } from '../context/fixtureWorkspace';
import { cellSnapshot } from '../notebook/notebookFixture';
import { instantClock, scriptedModel, syntaxService } from './completionTestSupport';

const notebook = ['import pandas as pd', 'md:# Sales\nMonthly totals.', 'df = pd.█', 'df.plot()'];

async function engineWith(model = scriptedModel(), deps: Partial<CompletionEngineDeps> = {}) {
  return new CompletionEngine({ getModel: async () => model, syntax: await syntaxService(), clock: instantClock(), ...deps });
}

test('earlier cells are in the prefix, later cells in the suffix, each behind its boundary; the range is in the cell', async () => {
  const model = scriptedModel();
  model.script(['read_csv("sales.csv")']);
  const engine = await engineWith(model);
  const doc = cellSnapshot(notebook);
  const outcome = await engine.complete(doc, { trigger: 'explicit' });
  assert.equal(outcome.kind, 'completion');
  if (outcome.kind !== 'completion') return;
  assert.equal(outcome.result.text, 'read_csv("sales.csv")');
  assert.deepEqual(outcome.result.range, { start: doc.offset, end: doc.offset }, 'offsets of the cell, where the editor inserts');
  const { request, prompt } = model.requests[0]!;
  assert.equal(request.prefix, '# %%\nimport pandas as pd\n\n# %% [markdown]\n# # Sales\n# Monthly totals.\n\n# %%\ndf = pd.');
  assert.equal(request.suffix, '\n\n# %%\ndf.plot()\n\n');
  assert.ok(request.stop.includes('# %%'), 'a model that starts the next cell is stopped there');
  assert.deepEqual(prompt.files, ['analysis.ipynb'], 'the guard judges the notebook');
  assert.equal(engine.lastPrompt()?.filePath, 'analysis.ipynb');
  engine.dispose();
});

test('a multi-line suggestion never spills into the next cell', async () => {
  const model = scriptedModel();
  model.script(['total = df.sum()\n', 'print(total)\n', '\n# %%\n', 'df.plot()\n']);
  const engine = await engineWith(model, { config: { multiline: 'multi' } });
  const doc = cellSnapshot(['import pandas as pd\ndf = pd.DataFrame()', '█', 'df.plot()']);
  const outcome = await engine.complete(doc, { trigger: 'explicit' });
  assert.equal(outcome.kind === 'completion' && outcome.result.text, 'total = df.sum()\nprint(total)');
  assert.equal(model.requests[0]!.signal.aborted, true, 'the stream was stopped at the boundary');
  engine.dispose();
});

test('the multi-line decision is the cell\'s: an open block in the cell asks for lines', async () => {
  const model = scriptedModel();
  model.script(['    return x * 2\n', '\n', 'y = 3\n']);
  const engine = await engineWith(model);
  const outcome = await engine.complete(cellSnapshot(['import os', 'def double(x):\n█', 'double(2)']), { trigger: 'explicit' });
  assert.equal(outcome.kind === 'completion' && outcome.result.multiline, true);
  assert.equal(outcome.kind === 'completion' && outcome.result.text, '    return x * 2');
  engine.dispose();
});

test('a tight budget drops the markdown before any code: the import in the first cell still reaches the model', async () => {
  const long = `md:# Notes\n${'A long explanation of the method and its caveats. '.repeat(40)}`;
  const cells = ['import pandas as pd', long, long, 'df = pd.█'];
  const model = scriptedModel('qwen2.5-coder:1.5b', undefined, 4_096);
  model.script(['DataFrame()']);
  const engine = await engineWith(model, { config: { maxPromptTokens: 400 } });
  await engine.complete(cellSnapshot(cells), { trigger: 'explicit' });
  const { prefix } = model.requests[0]!.request;
  assert.ok(prefix.startsWith('# %%\nimport pandas as pd\n'), prefix.slice(0, 200));
  assert.ok(!prefix.includes('A long explanation'), 'the markdown went first');
  engine.dispose();
});

test('with a repository template the notebook is the file: cells and boundaries inside its FIM tokens', async () => {
  const model = scriptedModel('qwen2.5-coder:1.5b', selectFimTemplate('qwen2.5-coder:1.5b'));
  model.script(['read_csv("a.csv")']);
  const engine = await engineWith(model);
  await engine.complete(cellSnapshot(notebook), { trigger: 'explicit' });
  const rendered = model.requests[0]!.request.prompt!;
  assert.ok(rendered.startsWith('<|fim_prefix|># %%\nimport pandas as pd\n'), rendered);
  assert.ok(rendered.includes('df = pd.<|fim_suffix|>\n\n# %%\ndf.plot()'), rendered);
  engine.dispose();
});

test('the cache knows the notebook: the same cell text among other cells asks the model again', async () => {
  const model = scriptedModel();
  model.script(['read_csv("a.csv")']);
  const engine = await engineWith(model);
  await engine.complete(cellSnapshot(['import pandas as pd', 'df = pd.█']), { trigger: 'automatic' });
  const again = await engine.complete(cellSnapshot(['import pandas as pd', 'df = pd.█']), { trigger: 'automatic' });
  assert.equal(again.kind === 'completion' && again.result.cached, true, 'the same notebook is served from the cache');
  model.script(['DataFrame()']);
  const other = await engine.complete(cellSnapshot(['import polars as pd', 'df = pd.█']), { trigger: 'automatic' });
  assert.equal(other.kind === 'completion' && other.result.cached, false);
  assert.equal(model.requests.length, 2);
  engine.dispose();
});

test('a notebook the path policy refuses is never completed', async () => {
  const model = scriptedModel();
  const engine = await engineWith(model, { isExcluded: (path) => path.startsWith('private/') });
  const outcome = await engine.complete(cellSnapshot(notebook, { path: 'private/analysis.ipynb' }), { trigger: 'explicit' });
  assert.deepEqual([outcome.kind, 'reason' in outcome && outcome.reason], ['skipped', 'excluded-file']);
  assert.equal(model.requests.length, 0);
  engine.dispose();
});

test('the context engine reads the notebook as one parsed document: an import in the first cell brings its module', async () => {
  const workspace = new FixtureWorkspace({
    'sales.py': 'def load_sales(path: str, year: int) -> list[float]:\n    """Monthly totals of one year."""\n    return []\n\n\ndef unrelated():\n    pass\n',
    'analysis.ipynb': '{}',
  });
  const syntax = await syntaxService();
  const context = new ContextEngine({ workspace, syntax, workBudget: { kind: 'units', units: 10_000_000 } });
  const seen: { uri: string; visible: { start: number; end: number }; length: number; sources: string[] }[] = [];
  const model = scriptedModel();
  model.script(['"2024.csv", 2024)']);
  const engine = await engineWith(model, {
    getContext: async (doc, budgetTokens, signal, visible) => {
      const { snippets } = await context.gather({ document: doc, budgetTokens, signal, visibleRange: visible });
      seen.push({ uri: doc.uri, visible, length: doc.text.length, sources: snippets.map((x) => x.source) });
      return snippets;
    },
  });
  const cells = ['from sales import load_sales', 'md:# Totals', 'totals = load_sales(█'];
  await engine.complete(cellSnapshot(cells), { trigger: 'explicit' });
  await context.idle();
  await engine.complete(cellSnapshot(cells), { trigger: 'explicit' });
  assert.equal(seen[0]!.uri, 'file:///w/analysis.ipynb', 'the notebook, not the cell');
  assert.deepEqual(seen[0]!.visible, { start: 0, end: seen[0]!.length }, 'the whole notebook is in the prompt');
  const prompt = model.requests.at(-1)!.request.prefix;
  assert.ok(prompt.includes('def load_sales(path: str, year: int)'), prompt);
  // What the cell uses, not the whole module: no outline of it (similar code may show its neighbours' lines).
  assert.ok(!seen.at(-1)!.sources.includes('typeMembers'), seen.at(-1)!.sources.join(' '));
  engine.dispose();
  context.dispose();
});
