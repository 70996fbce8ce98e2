// What of a notebook may leave: the guard judges the notebook's path like a file's, and a cell's
// error output (only there when the user turned it on) is redacted like any text of the prompt.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompletionEngine } from '../../../src/core/completion/completionEngine';
import { IgnoreRules } from '../../../src/core/guard/ignoreRules';
import { PathPolicy } from '../../../src/core/guard/pathPolicy';
import { PromptGuard } from '../../../src/core/guard/promptGuard';
import { promptTexts } from '../../../src/core/models/outgoingPrompt';
import { instantClock, scriptedModel, syntaxService } from '../completion/completionTestSupport';
import { cellSnapshot } from './notebookFixture';

const aws = 'AKIA6KIAPJ4GEJRZQADW';
const traceback = `Traceback (most recent call last):\n  File "<cell>", line 2\nKeyError: 'token ${aws}'`;

test('the error output goes with the prompt as a comment, and a cloud endpoint gets it redacted', async () => {
  const rules = new IgnoreRules({ readFile: (p) => (p === '.gitignore' ? 'private/\n' : undefined) });
  const guard = new PromptGuard({ policy: new PathPolicy({ roots: [{ root: '/w', rules }], openedByUser: () => false }) });
  const model = scriptedModel();
  model.script(['connect()']);
  const engine = new CompletionEngine({ getModel: async () => model, syntax: await syntaxService(), clock: instantClock() });

  await engine.complete(cellSnapshot(['import db', 'conn = db.█'], { errorOutput: traceback }), { trigger: 'explicit' });
  const { prompt, request } = model.requests[0]!;
  assert.ok(request.suffix.includes("# Error output of the last run of this cell:\n# Traceback (most recent call last):"), request.suffix);
  const cleared = guard.clear({ files: prompt.files, texts: promptTexts(prompt.body) }, true);
  assert.equal(cleared.redactions, 1);
  assert.ok(cleared.remoteTexts!.some((t) => t.includes('KeyError')), 'the traceback itself still goes');
  assert.ok(!cleared.remoteTexts!.join('\n').includes(aws), 'the secret in it does not');

  await engine.complete(cellSnapshot(['import db', 'conn = db.█']), { trigger: 'explicit' });
  assert.ok(!model.requests[1]!.request.suffix.includes('Error output'), 'without the setting, no output is read');

  await engine.complete(cellSnapshot(['import db', 'conn = db.█'], { path: 'private/analysis.ipynb' }), { trigger: 'explicit' });
  // A door without the engine's own filter still refuses it: the prompt names the notebook.
  const ignored = model.requests[2]!.prompt;
  assert.deepEqual(ignored.files, ['private/analysis.ipynb']);
  assert.throws(() => guard.clear({ files: ignored.files, texts: promptTexts(ignored.body) }, false), /private\/analysis\.ipynb is excluded by/);
  engine.dispose();
});
