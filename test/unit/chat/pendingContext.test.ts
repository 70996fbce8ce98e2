// The chips waiting for the next message: which of them Flywheel attached by itself (and which
// therefore give way first when the window is small).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CURRENT_FILE_CHIP_ID, PendingContext, codebaseChip } from '../../../src/core/chat/pendingContext';
import { isAutomaticContext, type ChatContextItem } from '../../../src/core/chat/chatContextItem';

const file = (uri: string): ChatContextItem => ({ id: 'x', kind: 'file', label: uri, path: uri, uri });

test('the open file following the editor is automatic; a mention is the user\'s choice', () => {
  const pending = new PendingContext();
  pending.setCurrentFile(file('file:///a.py'));
  pending.add({ id: 'mention:b.py', kind: 'mention', label: 'b.py', path: 'b.py' });
  const chips = pending.takeForMessage();
  assert.deepEqual(chips.map((c) => [c.id, isAutomaticContext(c)]), [[CURRENT_FILE_CHIP_ID, true], ['mention:b.py', false]]);
});

test('"@Current file" makes the open file the user\'s choice until the editor shows another file', () => {
  const pending = new PendingContext();
  pending.setCurrentFile(file('file:///a.py'));
  pending.restoreCurrentFile();
  assert.equal(isAutomaticContext(pending.chips()[0]!), false);
  pending.setCurrentFile(file('file:///a.py'));
  assert.equal(isAutomaticContext(pending.chips()[0]!), false, 'the same file again keeps the choice');
  pending.setCurrentFile(file('file:///c.py'));
  assert.equal(isAutomaticContext(pending.chips()[0]!), true, 'another file follows the editor again');
});

test('the Codebase chip and what it retrieves are automatic', () => {
  assert.equal(isAutomaticContext(codebaseChip()), true);
  assert.equal(isAutomaticContext({ id: 's', kind: 'codebase', label: 'x.py', path: 'x.py', text: 'x' }), true);
  assert.equal(isAutomaticContext({ id: 's', kind: 'selection', label: 'x.py:1', path: 'x.py', text: 'x' }), false);
});
