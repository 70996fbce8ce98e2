// Ghost text beside the suggest widget: the document is completed as if the widget's selected
// item were accepted, and the result becomes one edit of the real document that replaces the
// item's range and starts with the item's text (VS Code shows nothing else while the widget is
// open). The engine runs end to end with an in-process model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionEngine } from '../../../src/core/completion/completionEngine';
import { acceptSelectedItem, editWithSelectedItem, type SelectedItem } from '../../../src/core/completion/selectedItem';
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';
import { atCursor, instantClock, scriptedModel, syntaxService } from './completionTestSupport';

function snapshot(doc: string): DocumentSnapshot {
  const { text, offset } = atCursor(doc);
  return { uri: 'file:///w/app.py', relativePath: 'app.py', languageId: 'python', text, version: 3, offset };
}

/** The edit applied to the document: what the user has after Tab on the ghost text. */
function apply(doc: DocumentSnapshot, edit: { start: number; end: number; text: string }): string {
  return doc.text.slice(0, edit.start) + edit.text + doc.text.slice(edit.end);
}

test('the accepted document holds the item in place of its range, the cursor after it', () => {
  const doc = snapshot('total = to█\nprint(total)\n');
  const item: SelectedItem = { start: 8, end: 10, text: 'total_cost' };
  const accepted = acceptSelectedItem(doc, item);
  assert.ok(accepted);
  assert.equal(accepted.text, 'total = total_cost\nprint(total)\n');
  assert.equal(accepted.offset, 'total = total_cost'.length);
  assert.equal(accepted.uri, doc.uri);
  assert.equal(accepted.version, doc.version);
});

test('a range that does not hold the cursor is not the widget\'s: no accepted document', () => {
  const doc = snapshot('abc █def');
  assert.equal(acceptSelectedItem(doc, { start: 5, end: 7, text: 'x' }), undefined);
  assert.equal(acceptSelectedItem(doc, { start: 0, end: 2, text: 'x' }), undefined);
  assert.equal(acceptSelectedItem(doc, { start: 4, end: 99, text: 'x' }), undefined);
});

test('the edit replaces the item\'s range and starts with the item\'s text', () => {
  const doc = snapshot('x = pri█\n');
  const item: SelectedItem = { start: 4, end: 7, text: 'print' };
  const accepted = acceptSelectedItem(doc, item)!;
  const at = accepted.offset;
  const edit = editWithSelectedItem(item, { range: { start: at, end: at }, text: '(x)' }, accepted);
  assert.deepEqual(edit, { start: 4, end: 7, text: 'print(x)' });
  assert.equal(apply(doc, edit!), 'x = print(x)\n');
});

test('a completion that also replaces text after the cursor stretches the range over it in the real document', () => {
  // The user typed "(ar" and VS Code auto-closed ")": the widget offers "args".
  const doc = snapshot('f(ar█)\n');
  const item: SelectedItem = { start: 2, end: 4, text: 'args' };
  const accepted = acceptSelectedItem(doc, item)!;
  assert.equal(accepted.text, 'f(args)\n');
  const at = accepted.offset;
  // The completion replaces the auto-closed ")" with its own.
  const edit = editWithSelectedItem(item, { range: { start: at, end: at + 1 }, text: '[0])' }, accepted)!;
  assert.deepEqual(edit, { start: 2, end: 5, text: 'args[0])' });
  assert.equal(apply(doc, edit), 'f(args[0])\n');
});

test('an edit that would touch text before the item, or add nothing, is refused', () => {
  const doc = snapshot('x = pri█\n');
  const item: SelectedItem = { start: 4, end: 7, text: 'print' };
  const accepted = acceptSelectedItem(doc, item)!;
  assert.equal(editWithSelectedItem(item, { range: { start: 2, end: 9 }, text: 'y' }, accepted), undefined);
  assert.equal(editWithSelectedItem(item, { range: { start: 9, end: 9 }, text: '' }, accepted), undefined);
  // A completion that rewrites the item's own tail into something else drops part of the item.
  assert.equal(editWithSelectedItem(item, { range: { start: 6, end: 9 }, text: 'x' }, accepted), undefined);
});

test('a completion that retypes part of the item still starts with all of it', () => {
  const doc = snapshot('x = pri█\n');
  const item: SelectedItem = { start: 4, end: 7, text: 'print' };
  const accepted = acceptSelectedItem(doc, item)!;
  const edit = editWithSelectedItem(item, { range: { start: 7, end: 9 }, text: 'nt(1)' }, accepted);
  assert.deepEqual(edit, { start: 4, end: 7, text: 'print(1)' });
});

test('through the engine: the model sees the item as typed, the result extends it', async () => {
  const model = scriptedModel();
  model.script(['_cost', ' * 2\n', 'more']);
  const engine = new CompletionEngine({ getModel: async () => model, syntax: await syntaxService(), clock: instantClock() });
  const doc = snapshot('items = load()\ntotal_cost = 0\ndouble = to█\n');
  const item: SelectedItem = { start: doc.offset - 2, end: doc.offset, text: 'total' };
  const accepted = acceptSelectedItem(doc, item)!;
  const outcome = await engine.complete(accepted, { trigger: 'automatic' });
  assert.equal(outcome.kind, 'completion');
  const result = (outcome as Extract<typeof outcome, { kind: 'completion' }>).result;
  const request = model.requests[0]!.request;
  assert.ok(request.prefix.endsWith('double = total'), `prefix ends with the accepted item: ${JSON.stringify(request.prefix.slice(-20))}`);
  const edit = editWithSelectedItem(item, result, accepted)!;
  assert.deepEqual(edit, { start: item.start, end: item.end, text: 'total_cost * 2' });
  assert.equal(apply(doc, edit), 'items = load()\ntotal_cost = 0\ndouble = total_cost * 2\n');
  engine.dispose();
});
