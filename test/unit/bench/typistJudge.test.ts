import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { displayedDocument, judgeAccept } from '../../../bench/typing/typist';

describe('typing bench: what Tab did with the ghost text shown', () => {
  // `    def __exit__(█)` with `)` auto-closed; VS Code shows the ghost text around that `)`.
  const before = { text: 'class A:\n    def __exit__()\n\nx = 1\n', offset: 26 };
  const view = {
    line: '    def __exit__(self, exctype, excinst, exctb):',
    ghostEnd: 48,
    extra: ['        setattr(sys, self._stream, self._old_targets.pop())'],
  };
  const shown = displayedDocument(before, view)!;
  const whole = 'class A:\n    def __exit__(self, exctype, excinst, exctb):\n        setattr(sys, self._stream, self._old_targets.pop())\n\nx = 1\n';

  it('reads the document as shown: the ghost text around the auto-closed bracket, its further line', () => {
    assert.equal(shown.text, whole);
    assert.equal(shown.ghostEnd, whole.indexOf('\n\nx'));
  });

  it('the whole ghost text inserted, the cursor at its end', () => {
    assert.equal(judgeAccept(shown, before, { text: whole, offset: shown.ghostEnd }), 'whole');
  });

  it('the whole ghost text inserted, the cursor left before the `)` the edit replaced: the text is right, the cursor short', () => {
    // VS Code sets the cursor before what the replaced `)` and the new text end alike.
    assert.equal(judgeAccept(shown, before, { text: whole, offset: shown.ghostEnd - 1 }), 'cursor-short');
  });

  it('the whole ghost text inserted, the cursor past the closers it was drawn around', () => {
    // `print(█)` + `x)`: drawn `print(` `x` `)`; the cursor after the `)` the suggestion replaced.
    const call = { text: 'print()\n', offset: 6 };
    const drawn = displayedDocument(call, { line: 'print(x)', ghostEnd: 7, extra: [] })!;
    assert.equal(drawn.text, 'print(x)\n');
    assert.equal(judgeAccept(drawn, call, { text: 'print(x)\n', offset: 8 }), 'whole');
    assert.equal(judgeAccept(drawn, call, { text: 'print(x)\n', offset: 7 }), 'whole');
    assert.equal(judgeAccept(drawn, call, { text: 'print(x)\nabc', offset: 10 }), 'wrong');
  });

  it('the suggest widget\'s item took the Tab: the beginning of the ghost text, before the `)` already there', () => {
    const beginning = 'class A:\n    def __exit__(self)\n\nx = 1\n';
    assert.equal(judgeAccept(shown, before, { text: beginning, offset: 30 }), 'beginning');
    assert.equal(judgeAccept(shown, before, { text: beginning, offset: 29 }), 'wrong', 'the cursor elsewhere than after the item');
  });

  it('anything else is wrong: a doubled bracket, nothing inserted, other text', () => {
    const doubled = whole.replace('pop())', 'pop()))');
    assert.equal(judgeAccept(shown, before, { text: doubled, offset: shown.ghostEnd }), 'wrong');
    assert.equal(judgeAccept(shown, before, before), 'wrong');
    assert.equal(judgeAccept(shown, before, { text: whole.replace('exctb', 'tb'), offset: shown.ghostEnd - 3 }), 'wrong');
  });
});
