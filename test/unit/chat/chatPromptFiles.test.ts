// #11 "the audit line lists exactly the files sent", for chat (guardaudit3, thirty-second round): the files a chat prompt
// names are those whose text is in it, no more and no fewer: a snippet dropped to fit is not named, a file cut to fit is,
// and the paths are as the user's workspace writes them (a second folder's `name/rest`, a file opened from outside it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ChatContextItem } from '../../../src/core/chat/chatContextItem';
import { prepareChatRequest } from '../../../src/core/chat/chatRequest';

const count = (text: string): number => text.length;
const item = (kind: ChatContextItem['kind'], path: string, text: string, extra: Partial<ChatContextItem> = {}): ChatContextItem => ({ id: path, kind, label: path, path, text, ...extra });
const marker = (path: string) => `marker_${path.replace(/\W/g, '_')}`;

test('a chat prompt names exactly the files whose text it holds', () => {
  const outside = '/home/user/notes/todo.md';
  const items = [
    item('selection', 'app/orders.py', `${marker('app/orders.py')}\n`.repeat(2), { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } }),
    item('file', 'lib/pricing.py', `${marker('lib/pricing.py')}\n` + 'x = 1\n'.repeat(200), { focusOffset: 0, automatic: true }),
    item('mention', outside, `${marker(outside)}\n`),
    item('codebase', 'lib/tax.py', `${marker('lib/tax.py')}\n` + 'y = 2\n'.repeat(400), { automatic: true }),
  ];
  const prepared = prepareChatRequest({ question: 'why?', attached: items, resolved: items, history: [], windowTokens: 1400, replyTokens: 100, countTokens: count });
  const sent = prepared.request.messages.map((m) => m.content).join('\n');
  const holding = items.map((i) => i.path).filter((path) => sent.includes(marker(path)));
  assert.ok(prepared.trimmed.some((t) => t.action === 'dropped'), `control: a snippet was dropped to fit: ${JSON.stringify(prepared.trimmed)}`);
  assert.ok(prepared.trimmed.some((t) => t.action === 'truncated'), 'control: a file was cut to fit');
  assert.deepEqual([...prepared.files].sort(), [...holding].sort());
  assert.ok(!prepared.files.includes('lib/tax.py'));
  assert.ok(prepared.files.includes('lib/pricing.py') && prepared.files.includes(outside));
});
