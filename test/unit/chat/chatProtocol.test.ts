import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeRejected, parseHostMessage, parseWebviewMessage } from '../../../src/core/chat/chatProtocol';
import { createConversation } from '../../../src/core/chat/conversation';

test('well-formed webview messages pass through unchanged', () => {
  const messages = [
    { type: 'ready' },
    { type: 'send', text: 'hello' },
    { type: 'codeAction', action: 'apply', turnId: 't1', blockIndex: 0 },
    { type: 'vote', turnId: 't1', vote: null },
    { type: 'addChip', kind: 'mention', path: 'src/a.ts' },
    { type: 'searchFiles', requestId: 3, query: 'ap' },
    { type: 'openRefusal', path: 'lib/vault.py' },
  ];
  for (const m of messages) assert.deepEqual(parseWebviewMessage(m), m);
});

test('malformed webview messages are dropped', () => {
  const bad: unknown[] = [
    null,
    'send',
    42,
    { text: 'no type' },
    { type: 'nope' },
    { type: 'toString' },
    { type: '__proto__' },
    { type: 'send' },
    { type: 'send', text: 7 },
    { type: 'send', text: 'x'.repeat(300_000) },
    { type: 'codeAction', action: 'delete', turnId: 't1', blockIndex: 0 },
    { type: 'codeAction', action: 'copy', turnId: 't1', blockIndex: -1 },
    { type: 'codeAction', action: 'copy', turnId: 't1', blockIndex: 1.5 },
    { type: 'vote', turnId: 't1', vote: 'sideways' },
    { type: 'addChip', kind: 'selection', path: 'a' },
    // The note's button names a path only: the host judges it and picks the command, never the webview.
    { type: 'openRefusal' },
    { type: 'openRefusal', path: 7 },
    [{ type: 'ready' }],
  ];
  for (const m of bad) assert.equal(parseWebviewMessage(m), undefined, JSON.stringify(m)?.slice(0, 80));
});

test('host messages are validated too, including the conversation inside a state', () => {
  const conversation = createConversation('c1', 1);
  const state = { conversation, history: [], models: [{ id: 'm', label: 'm', local: true }], chips: [], busy: false };
  assert.ok(parseHostMessage({ type: 'state', state }));
  assert.ok(parseHostMessage({ type: 'append', conversationId: 'c1', turnId: 't', text: 'x' }));
  assert.equal(parseHostMessage({ type: 'state', state: { ...state, busy: 'yes' } }), undefined);
  const badTurn = { ...conversation, turns: [{ id: 't', role: 'assistant', content: 'x', createdAt: 1, status: 'exploded' }] };
  assert.equal(parseHostMessage({ type: 'state', state: { ...state, conversation: badTurn } }), undefined);
  assert.equal(parseHostMessage({ type: 'append', conversationId: 'c1', turnId: 't' }), undefined);
});

test('a rejected message is described by its type only, never its text', () => {
  assert.equal(describeRejected({ type: 'send', text: 'secret' }), 'malformed "send" message');
  assert.equal(describeRejected(5), 'message without a type (number)');
});
