import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChatContextItem } from '../../../src/core/chat/chatContextItem';
import type { ChatModel } from '../../../src/core/chat/chatModelPort';
import type { HostMessage } from '../../../src/core/chat/chatProtocol';
import { ChatSession } from '../../../src/core/chat/chatSession';
import { CHAT_STORAGE_KEY, ConversationStore } from '../../../src/core/chat/conversationStore';
import type { AssistantTurn, NotSent, UserTurn, WhyNotSent } from '../../../src/core/chat/conversation';
import type { FeedbackEventInput } from '../../../src/core/feedback/feedbackEvents';
import { silentLogger } from '../../../src/core/logger';
import { ModelError } from '../../../src/core/models/modelError';
import type { ChatRequest, StreamChunk } from '../../../src/core/models/modelTypes';
import type { OutgoingPrompt } from '../../../src/core/models/outgoingPrompt';

class MemoryStorage {
  readonly data = new Map<string, unknown>();
  get(key: string): unknown {
    return this.data.get(key);
  }
  async update(key: string, value: unknown): Promise<void> {
    this.data.set(key, JSON.parse(JSON.stringify(value)));
  }
}

/** A model whose replies are scripted; `gate` holds the stream until released (for Stop). */
class ScriptedModel implements ChatModel {
  requests: ChatRequest[] = [];
  reply: string[] = ['Hello ', 'there.'];
  failWith: unknown;
  gate: Promise<void> | undefined;
  sawAbort = false;
  selectedId: string | undefined;

  prompts: OutgoingPrompt[] = [];

  async *streamChat(prompt: OutgoingPrompt, signal: AbortSignal): AsyncIterable<StreamChunk> {
    assert.equal(prompt.body.kind, 'chat');
    this.requests.push(prompt.body.request as ChatRequest);
    this.prompts.push(prompt);
    if (this.failWith) throw this.failWith;
    for (const [i, text] of this.reply.entries()) {
      if (i > 0 && this.gate) {
        await Promise.race([this.gate, new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }))]);
      }
      if (signal.aborted) {
        this.sawAbort = true;
        throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      }
      yield { text };
    }
    yield { text: '', usage: { promptTokens: 12, completionTokens: 3 } };
  }
  async listModels() {
    return [
      { id: 'qwen:7b', label: 'qwen:7b', local: true, contextLength: 4096, selected: true },
      { id: 'gpt-x', label: 'gpt-x', local: false },
    ];
  }
  select(id: string): void {
    this.selectedId = id;
  }
}

function setup(model = new ScriptedModel(), storage = new MemoryStorage(), whyNotSent?: WhyNotSent) {
  const posted: HostMessage[] = [];
  const feedback: FeedbackEventInput[] = [];
  let id = 0;
  const session = new ChatSession({
    chatModel: model,
    store: new ConversationStore(storage, silentLogger),
    logger: silentLogger,
    settings: () => ({ windowTokens: 8192, replyTokens: 512, codebaseSnippets: 5 }),
    // Like the editor side: files get their current text; ignored ones (.env) are left out.
    resolveFiles: async (items) => items.filter((i) => !i.path.endsWith('.env')).map((i) => (i.kind === 'file' ? { ...i, text: 'file body', version: 7 } : i)),
    retrieveContext: async () => [{ path: 'src/lib.ts', text: 'export const lib = 1;' }],
    whyNotSent,
    feedback: { record: (e) => feedback.push(e) },
    post: (m) => posted.push(m),
    newId: () => `id${++id}`,
  });
  return { session, model, storage, posted, feedback };
}

async function settled(session: ChatSession): Promise<void> {
  for (let i = 0; i < 100 && session.busy; i++) await new Promise((resolve) => setImmediate(resolve));
  assert.equal(session.busy, false);
}

const answerOf = (session: ChatSession) => session.active.turns.at(-1) as AssistantTurn;
const questionOf = (session: ChatSession) => session.active.turns.at(-2) as UserTurn;

test('a question streams an answer, with the context quoted and the turn persisted', async () => {
  const { session, model, storage, posted } = setup();
  await session.refreshModels();
  const selection: ChatContextItem = { id: 's1', kind: 'selection', label: 'a.ts:1', path: 'a.ts', text: 'let a = 1;', uri: 'file:///a.ts', version: 3 };
  session.pending.add(selection);
  session.pending.setCurrentFile({ id: 'x', kind: 'file', label: 'b.ts', path: 'b.ts', uri: 'file:///b.ts' });
  assert.ok(session.send('What does this do?'));
  await settled(session);

  const answer = answerOf(session);
  assert.equal(answer.content, 'Hello there.');
  assert.equal(answer.status, 'done');
  assert.equal(answer.model, 'qwen:7b');
  assert.deepEqual(answer.documentVersions, { 'file:///a.ts': 3, 'file:///b.ts': 7 });
  const prompt = model.requests[0].messages.at(-1)?.content ?? '';
  assert.ok(prompt.includes('let a = 1;') && prompt.includes('file body') && prompt.endsWith('What does this do?'));
  assert.equal(model.requests[0].numCtx, 4096, 'the model window is smaller than the setting');
  const sent = model.prompts[0]!;
  assert.deepEqual({ role: sent.role, purpose: sent.purpose, files: sent.files, suggestionId: sent.suggestionId }, { role: 'chat', purpose: 'chat', files: ['b.ts', 'a.ts'], suggestionId: answer.id }, 'the guard learns which files are in the prompt');
  assert.deepEqual(posted.filter((m) => m.type === 'append').map((m) => m.type === 'append' && m.text), ['Hello ', 'there.']);
  // The selection went with the message; the open file stays for the next one.
  assert.deepEqual(session.pending.chips().map((c) => c.kind), ['file']);
  const stored = storage.get(CHAT_STORAGE_KEY) as { conversations: { turns: unknown[]; title: string }[] };
  assert.equal(stored.conversations[0].turns.length, 2);
  assert.equal(stored.conversations[0].title, 'What does this do?');
});

test('Stop aborts the request mid-stream and keeps what arrived', async () => {
  const { session, model } = setup();
  let release!: () => void;
  model.gate = new Promise((resolve) => (release = resolve));
  session.send('long answer please');
  for (let i = 0; i < 50 && answerOf(session).content === ''; i++) await new Promise((resolve) => setImmediate(resolve));
  assert.equal(answerOf(session).content, 'Hello ');
  session.stop();
  await settled(session);
  release();
  assert.equal(model.sawAbort, true);
  assert.equal(answerOf(session).status, 'stopped');
  assert.equal(answerOf(session).content, 'Hello ');
});

test('an error lands in the conversation, the question stays, and Retry answers it', async () => {
  const { session, model } = setup();
  await session.refreshModels();
  model.failWith = new ModelError('modelNotFound', { provider: 'ollama', model: 'qwen:7b' });
  session.send('hi');
  await settled(session);
  const failed = answerOf(session);
  assert.equal(failed.status, 'error');
  assert.equal(failed.error?.kind, 'modelMissing');
  assert.equal(failed.error?.command, 'ollama pull qwen:7b');
  assert.equal(questionOf(session).content, 'hi');

  model.failWith = undefined;
  assert.ok(session.regenerate(failed.id));
  await settled(session);
  assert.equal(session.active.turns.length, 2);
  assert.equal(answerOf(session).content, 'Hello there.');
});

test('codebase retrieval runs once per question and the snippets are kept for regenerate', async () => {
  const { session, model, feedback } = setup();
  session.pending.add({ id: 'codebase', kind: 'codebase', label: 'Codebase', path: '' });
  session.send('where is lib?');
  await settled(session);
  assert.deepEqual(questionOf(session).context.map((c) => [c.kind, c.path]), [['codebase', 'src/lib.ts']]);
  assert.ok(session.regenerate(answerOf(session).id));
  await settled(session);
  assert.ok(model.requests[1].messages.at(-1)?.content.includes('export const lib = 1;'));
  assert.deepEqual(feedback.map((e) => e.kind), ['chat.regenerate']);
});

test('history survives a reload; votes are recorded; delete and new chat', async () => {
  const storage = new MemoryStorage();
  const first = setup(new ScriptedModel(), storage);
  first.session.send('one');
  await settled(first.session);
  const answer = answerOf(first.session);
  first.session.vote(answer.id, 'up');
  assert.deepEqual(first.feedback.map((e) => [e.kind, e.suggestionId]), [['chat.thumbsUp', answer.id]]);
  await new Promise((resolve) => setImmediate(resolve));

  const second = setup(new ScriptedModel(), storage);
  assert.equal(second.session.active.turns.length, 2);
  assert.equal(answerOf(second.session).vote, 'up');
  second.session.newChat();
  assert.equal(second.session.active.turns.length, 0);
  assert.equal(second.session.snapshot().history.length, 1);
  second.session.delete(second.session.snapshot().history[0].id);
  assert.equal(second.session.snapshot().history.length, 0);
});

test('a second question while one streams is refused', async () => {
  const { session, model } = setup();
  model.gate = new Promise(() => {});
  assert.ok(session.send('first'));
  assert.equal(session.send('second'), false);
  session.stop();
  await settled(session);
});

test('a file that cannot be read (or is excluded) is reported under the question, not silently lost', async () => {
  const { session } = setup();
  session.pending.add({ id: 'm1', kind: 'mention', label: 'secret.env', path: 'secret.env' });
  session.send('use it');
  await settled(session);
  // Not read (excluded or unreadable) is not "cut to fit the window": the view says which it was.
  assert.deepEqual(questionOf(session).trimmed?.map((t) => [t.label, t.action]), [['secret.env', 'notRead']]);
});

test('Apply and Insert of a code block record where it went; into a notebook cell, marked as a notebook', async () => {
  const model = new ScriptedModel();
  model.reply = ['Like this:\n\n```python\ndf.head(10)\n```\n'];
  const { session, feedback } = setup(model);
  session.send('ten rows');
  await settled(session);
  const answer = answerOf(session);
  const { block } = session.codeBlock(answer.id, 0)!;
  session.recordCodeAction('chat.apply', answer, block, { path: 'nb/analysis.ipynb', notebook: true });
  session.recordCodeAction('chat.insert', answer, block, { path: 'src/a.py', notebook: false });
  session.recordCodeAction('chat.copy', answer, block);
  const recorded = feedback.map((e) => [e.kind, e.path, e.notebook]);
  assert.deepEqual(recorded, [['chat.apply', 'nb/analysis.ipynb', true], ['chat.insert', 'src/a.py', undefined], ['chat.copy', undefined, undefined]]);
});

test('a selection of an excluded file is reported under the question, as a file is, not silently lost', async () => {
  const { session, model } = setup();
  // Ask About Selection (or Explain) in an ignored file: the selection carries its text, but its file may not go.
  session.pending.add({ id: 's1', kind: 'selection', label: 'vault.env:1-2', path: 'lib/vault.env', text: 'vault_marker', uri: 'file:///lib/vault.env', version: 1 });
  session.send('what does this do?');
  await settled(session);
  assert.ok(!JSON.stringify(model.requests).includes('vault_marker'), 'the excluded text was not sent');
  assert.deepEqual(questionOf(session).trimmed?.map((t) => [t.label, t.action]), [['vault.env:1-2', 'notRead']]);
});

test("what the path policy refused is reported with the policy's reason and the button to what refused it; what could not be read, without one", async () => {
  const reasons: Record<string, NotSent> = {
    'lib/vault.env': { reason: 'excluded by .gitignore', button: 'Open .gitignore' },
    '/elsewhere/notes.env': { reason: 'outside the workspace and not open' },
  };
  const { session, model } = setup(new ScriptedModel(), new MemoryStorage(), (path) => reasons[path]);
  session.pending.add({ id: 's1', kind: 'selection', label: 'vault.env:1-2', path: 'lib/vault.env', text: 'vault_marker', uri: 'file:///lib/vault.env', version: 1 });
  session.pending.add({ id: 'm1', kind: 'mention', label: 'notes.env', path: '/elsewhere/notes.env' });
  session.pending.add({ id: 'm2', kind: 'mention', label: 'gone.env', path: 'src/gone.env' });
  session.send('what does this do?');
  await settled(session);
  assert.ok(!JSON.stringify(model.requests).includes('vault_marker'));
  assert.deepEqual(questionOf(session).trimmed?.map((t) => [t.label, t.action, t.reason, t.remedy]), [
    ['vault.env:1-2', 'notRead', 'excluded by .gitignore', { path: 'lib/vault.env', title: 'Open .gitignore' }],
    ['notes.env', 'notRead', 'outside the workspace and not open', undefined],
    ['gone.env', 'notRead', undefined, undefined],
  ]);
});

test("a chip whose file the path policy refuses says so in the view state before the question is asked, with the policy's reason", () => {
  const reasons: Record<string, NotSent> = { 'lib/vault.py': { reason: 'excluded by .gitignore', button: 'Open .gitignore' } };
  const { session, posted } = setup(new ScriptedModel(), new MemoryStorage(), (path) => reasons[path]);
  session.pending.setCurrentFile({ id: 'current-file', kind: 'file', label: 'vault.py', path: 'lib/vault.py', uri: 'file:///w/lib/vault.py' });
  session.pending.add({ id: 'mention:lib/pricing.py', kind: 'mention', label: 'pricing.py', path: 'lib/pricing.py' });
  session.postState();
  const state = [...posted].reverse().find((m) => m.type === 'state');
  assert.ok(state?.type === 'state');
  assert.equal(state.state.chips.find((c) => c.label === 'vault.py')?.notSent, 'excluded by .gitignore');
  assert.equal(state.state.chips.find((c) => c.label === 'pricing.py')?.notSent, undefined, 'an allowed file is not marked');
  // The mark is the view's: the question sent records no such field, and the note under it gives the reason.
  session.send('what is this?');
  assert.ok(!questionOf(session).context.some((c) => 'notSent' in c));
});
