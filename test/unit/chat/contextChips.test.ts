// A question's context as chips: the Codebase search often finds several chunks of one file,
// and they show as one chip for the file with every line range, opening at the first snippet.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { contextChips, type ChatContextItem } from '../../../src/core/chat/chatContextItem';

/** A retrieved snippet of zero-based lines first..last. */
function snippet(id: string, path: string, first: number, last: number): ChatContextItem {
  const range = { start: { line: first, character: 0 }, end: { line: last, character: 3 } };
  return { id, kind: 'codebase', label: `${path}:${first + 1}`, path, text: 'x\n'.repeat(last - first) + 'end', range, automatic: true };
}

describe('contextChips', () => {
  it("one chip per file for its snippets, at the place of the file's best snippet, with every range in file order", () => {
    const items = [snippet('s0', 'server/ctx.py', 40, 52), snippet('s1', 'server/app.py', 3, 9), snippet('s2', 'server/ctx.py', 11, 19)];
    const chips = contextChips(items);
    assert.deepEqual(chips.map((c) => c.label), ['server/ctx.py:12-20, 41-53', 'server/app.py:4-10']);
    assert.equal(chips[0].line, 11, 'opens at the first snippet in the file');
    assert.deepEqual(chips[0].items.map((i) => i.id), ['s0', 's2'], 'the chip stands for both snippets');
    assert.equal(chips[1].line, 3);
  });

  it('overlapping and touching ranges are joined; a one-line snippet is one number', () => {
    const chips = contextChips([snippet('a', 'm.ts', 10, 20), snippet('b', 'm.ts', 15, 30), snippet('c', 'm.ts', 31, 35), snippet('d', 'm.ts', 50, 50)]);
    assert.equal(chips.length, 1);
    assert.equal(chips[0].label, 'm.ts:11-36, 51');
  });

  it('other context stays one chip per item, in order; a snippet without lines is its own chip', () => {
    const selection: ChatContextItem = { id: 'sel', kind: 'selection', label: 'm.ts:1-3', path: 'm.ts', text: 'a', range: { start: { line: 0, character: 0 }, end: { line: 2, character: 1 } } };
    const file: ChatContextItem = { id: 'current-file', kind: 'file', label: 'm.ts', path: 'm.ts' };
    const whole: ChatContextItem = { id: 'w', kind: 'codebase', label: 'notes.md', path: 'notes.md', text: 'n', automatic: true };
    const chips = contextChips([selection, snippet('s', 'm.ts', 4, 6), file, whole, snippet('t', 'm.ts', 8, 9)]);
    assert.deepEqual(chips.map((c) => [c.kind, c.label]), [['selection', 'm.ts:1-3'], ['codebase', 'm.ts:5-7, 9-10'], ['file', 'm.ts'], ['codebase', 'notes.md']]);
    assert.equal(chips[0].line, undefined, 'only snippet chips open at a line');
  });

  it('no context, no chips', () => {
    assert.deepEqual(contextChips([]), []);
  });
});
