import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_STORAGE_KEY, ConversationStore } from '../../../src/core/chat/conversationStore';
import type { Conversation } from '../../../src/core/chat/conversation';
import { silentLogger } from '../../../src/core/logger';

function memory(initial?: unknown) {
  const data = new Map<string, unknown>(initial === undefined ? [] : [[CHAT_STORAGE_KEY, initial]]);
  return { data, get: (k: string) => data.get(k), update: async (k: string, v: unknown) => void data.set(k, JSON.parse(JSON.stringify(v))) };
}

const conversation: Conversation = {
  id: 'c1',
  title: 'Q',
  createdAt: 1,
  updatedAt: 2,
  turns: [
    {
      id: 'u', role: 'user', content: 'Q', createdAt: 1,
      context: [
        { id: 'f', kind: 'file', label: 'a.ts', path: 'a.ts', text: 'whole file text' },
        { id: 's', kind: 'selection', label: 'a.ts:1', path: 'a.ts', text: 'x'.repeat(50) },
      ],
    },
    { id: 'a', role: 'assistant', content: 'partial', createdAt: 2, status: 'streaming' },
  ],
};

test('saving drops file contents, caps selections, and settles a streaming answer as stopped', async () => {
  const storage = memory();
  const store = new ConversationStore(storage, silentLogger, { maxItemChars: 10 });
  await store.save([conversation, { ...conversation, id: 'empty', turns: [] }], 'c1');
  const loaded = store.load();
  assert.equal(loaded.activeId, 'c1');
  assert.equal(loaded.conversations.length, 1, 'empty conversations are not stored');
  const [user, answer] = loaded.conversations[0].turns;
  assert.ok(user.role === 'user' && user.context[0].text === undefined && user.context[1].text === 'x'.repeat(10));
  assert.ok(answer.role === 'assistant' && answer.status === 'stopped' && answer.content === 'partial');
});

test('a damaged conversation is skipped and the rest loads', () => {
  const store = new ConversationStore(memory({ version: 1, conversations: [conversation, { id: 'bad', turns: 'nope' }, 7] }), silentLogger);
  const loaded = store.load();
  assert.equal(loaded.skipped, 2);
  assert.deepEqual(loaded.conversations.map((c) => c.id), ['c1']);
});

test('an unknown format version starts empty instead of failing', () => {
  const loaded = new ConversationStore(memory({ version: 99, conversations: [conversation] }), silentLogger).load();
  assert.deepEqual(loaded.conversations, []);
  assert.deepEqual(new ConversationStore(memory(), silentLogger).load(), { conversations: [], skipped: 0 });
});

test('only the newest conversations are kept', async () => {
  const storage = memory();
  const store = new ConversationStore(storage, silentLogger, { maxConversations: 2 });
  await store.save([1, 2, 3].map((n) => ({ ...conversation, id: `c${n}`, updatedAt: n })), undefined);
  assert.deepEqual(store.load().conversations.map((c) => c.id), ['c3', 'c2']);
});
