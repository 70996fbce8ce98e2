// The chat's model list: keeps the selection across refreshes, retries while none are found,
// stops retrying once disposed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChatModelList } from '../../../src/core/chat/chatModelList';
import type { ChatModel, ChatModelInfo } from '../../../src/core/chat/chatModelPort';
import { silentLogger } from '../../../src/core/logger';

function modelServing(lists: ChatModelInfo[][]): ChatModel & { listed: number; selected: string[] } {
  const model = {
    listed: 0,
    selected: [] as string[],
    async *streamChat() {},
    async listModels() {
      const list = lists[Math.min(model.listed, lists.length - 1)];
      model.listed++;
      return list;
    },
    select(id: string) {
      model.selected.push(id);
    },
  };
  return model;
}

const a = { id: 'a', label: 'A', local: true };
const b = { id: 'b', label: 'B', local: false, selected: true };

test('the server\'s selected model is chosen first, and a user\'s choice survives a refresh', async () => {
  const chatModel = modelServing([[a, b]]);
  let changes = 0;
  const list = new ChatModelList(chatModel, silentLogger, () => changes++);
  await list.refresh();
  assert.equal(list.selectedId, 'b');
  await list.select('a');
  await list.select('missing');
  assert.deepEqual(chatModel.selected, ['a']);
  await list.refresh();
  assert.equal(list.selected?.label, 'A');
  assert.deepEqual(list.view(), { models: [{ id: 'a', label: 'A', local: true }, { id: 'b', label: 'B', local: false }], selectedModel: 'a', modelsError: undefined });
  assert.equal(changes, 3, 'each listing and the accepted selection told the view');
  list.dispose();
});

test('while none are found it says so and lists again after a pause; disposing stops that', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const chatModel = modelServing([[], [], [a]]);
  const list = new ChatModelList(chatModel, silentLogger, () => {});
  await list.refresh();
  assert.equal(list.isEmpty, true);
  assert.equal(list.view().modelsError, 'No chat models found.');
  t.mock.timers.tick(2_000);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(chatModel.listed, 2);
  list.dispose();
  t.mock.timers.tick(60_000);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(chatModel.listed, 2, 'no listing after dispose');
});
