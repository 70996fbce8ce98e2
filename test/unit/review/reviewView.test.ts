// The review editor's text: each change in place, pending ones as removed + added lines,
// decided ones as what the file will hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EditProposal } from '../../../src/core/review/editProposal';
import { hunkNear, renderReviewView } from '../../../src/core/review/reviewView';
import { lineColumnAt, minimalReplacement, replacementBetween } from '../../../src/core/review/textEdit';

function proposal(base: string, proposed: string): EditProposal {
  const p = new EditProposal({ id: 'x', origin: 'chat', action: 'apply', title: 't', target: { kind: 'untitled', languageId: 'plaintext', label: 'u' }, base });
  p.ready(proposed);
  return p;
}

test('pending changes show removed then added lines, each line tagged with its hunk', () => {
  const p = proposal('one\ntwo\nthree\nfour\n', 'one\n2\nthree\nfour\nfive\n');
  const view = renderReviewView(p);
  assert.equal(view.text, 'one\ntwo\n2\nthree\nfour\nfive\n');
  assert.deepEqual(view.kinds, ['context', 'removed', 'added', 'context', 'context', 'added', 'context']);
  assert.deepEqual(view.hunkOfLine, [undefined, 0, 0, undefined, undefined, 1, undefined]);
  assert.deepEqual(view.hunkStart, [1, 5]);
});

test('decided changes read as the result: kept shows the new lines, discarded the old ones', () => {
  const p = proposal('one\ntwo\nthree\nfour\n', 'one\n2\nthree\nfour\nfive\n');
  p.decide(0, 'kept');
  p.decide(1, 'discarded');
  const view = renderReviewView(p);
  assert.equal(view.text, 'one\n2\nthree\nfour\n');
  assert.deepEqual(view.kinds, ['context', 'kept', 'context', 'context', 'context']);
  assert.deepEqual(view.hunkStart, [1, 4], 'a discarded insertion has no line; its lens sits where it would go');
});

test('a new file is all added lines, with no empty removed line', () => {
  const view = renderReviewView(proposal('', 'x\ny\n'));
  assert.deepEqual(view.kinds, ['added', 'added', 'added']);
});

test('the change to act on: the one at the cursor, else the next undecided, else the first undecided', () => {
  const p = proposal('a\nb\nc\nd\ne\nf\n', 'a\nB\nc\nd\nE\nf\n');
  const view = renderReviewView(p);
  assert.equal(hunkNear(view, p, view.hunkStart[1]), 1);
  assert.equal(hunkNear(view, p, 0), 0);
  assert.equal(hunkNear(view, p, view.text.split('\n').length - 1), 0, 'past the last change: back to the first undecided');
  p.decide(0, 'kept');
  assert.equal(hunkNear(view, p, view.hunkStart[0]), 1);
});

test('the written change is one minimal replacement, in lines and characters', () => {
  assert.deepEqual(minimalReplacement('abcXdef', 'abcYYdef'), { start: 3, end: 4, text: 'YY' });
  assert.deepEqual(minimalReplacement('aaa', 'aaaa'), { start: 3, end: 3, text: 'a' });
  assert.deepEqual(lineColumnAt('ab\ncd\n', 4), { line: 1, character: 1 });
  assert.deepEqual(replacementBetween('x\ny\nz\n', 'x\nY\nz\n'), { start: { line: 1, character: 0 }, end: { line: 1, character: 1 }, text: 'Y' });
  assert.equal(replacementBetween('same', 'same'), undefined);
});
