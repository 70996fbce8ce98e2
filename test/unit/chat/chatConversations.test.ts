import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChatConversations } from '../../../src/core/chat/chatConversations';
import { appendTurns } from '../../../src/core/chat/conversation';
import { CHAT_STORAGE_KEY, ConversationStore } from '../../../src/core/chat/conversationStore';
import { silentLogger } from '../../../src/core/logger';

function conversations() {
  const data = new Map<string, unknown>();
  const storage = { get: (k: string) => data.get(k), update: async (k: string, v: unknown) => void data.set(k, JSON.parse(JSON.stringify(v))) };
  let id = 0;
  const list = new ChatConversations(new ConversationStore(storage, silentLogger), silentLogger, () => 1_000 + id, () => `id${++id}`);
  const ask = (text: string) => {
    list.replace(appendTurns(list.active, [{ id: `q-${text}`, role: 'user', content: text, createdAt: 1, context: [] }], 2));
  };
  return { list, ask, data };
}

test('an empty conversation is kept only while it is the open one', () => {
  const { list, ask } = conversations();
  const first = list.active.id;
  list.startNew();
  assert.equal(list.active.id, first, 'a new chat on an empty one stays in it');
  ask('one');
  list.startNew();
  const empty = list.active.id;
  assert.notEqual(empty, first);
  assert.equal(list.open(first), true);
  assert.equal(list.open('gone'), false);
  assert.deepEqual(list.history().map((c) => c.id), [first]);
  assert.throws(() => list.byId(empty), /deleted/, 'the empty one left went away');
});

test('deleting the open conversation opens a fresh one; changes to a deleted one are dropped or refused', async () => {
  const { list, ask, data } = conversations();
  ask('one');
  const id = list.active.id;
  list.delete(id);
  assert.notEqual(list.active.id, id);
  assert.equal(list.active.turns.length, 0);
  list.updateAnswer(id, 'q-one', (t) => t);
  assert.throws(() => list.updateQuestion(id, 'q-one', (t) => t), /deleted/);
  list.persist();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual((data.get(CHAT_STORAGE_KEY) as { conversations: unknown[] }).conversations, [], 'nothing but empty conversations is saved');
});
