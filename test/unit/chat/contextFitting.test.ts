import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChatContextItem } from '../../../src/core/chat/chatContextItem';
import { ContextTooLongError, fitChatPrompt } from '../../../src/core/chat/contextFitting';

// One token per character makes the budget arithmetic in these tests easy to follow.
const count = (text: string): number => text.length;

function item(kind: ChatContextItem['kind'], label: string, text: string, extra: Partial<ChatContextItem> = {}): ChatContextItem {
  return { id: label, kind, label, path: `src/${label}`, text, ...extra };
}

const base = { replyTokens: 100, system: 'sys', question: 'why?', history: [], countTokens: count };

test('everything fits: context is quoted in order, the question comes last', () => {
  const sel = item('selection', 'a.ts:1-2', 'const a = 1;');
  const file = item('file', 'b.ts', 'export const b = 2;');
  const fit = fitChatPrompt({ ...base, windowTokens: 2000, context: [sel, file] });
  assert.deepEqual(fit.trimmed, []);
  assert.equal(fit.messages[0].role, 'system');
  const last = fit.messages[fit.messages.length - 1];
  assert.equal(last.role, 'user');
  assert.ok(last.content.indexOf('const a = 1;') < last.content.indexOf('export const b = 2;'));
  assert.ok(last.content.endsWith('why?'));
  assert.ok(last.content.includes('`src/a.ts:1-2`'));
});

test('codebase snippets go before the open file, which goes before the selection', () => {
  const sel = item('selection', 'sel', 'S'.repeat(200));
  const file = item('file', 'file', 'F'.repeat(300));
  const snippet = item('codebase', 'snip', 'C'.repeat(300));
  // Room for the selection and the file (with framing), not for the snippet too.
  const fit = fitChatPrompt({ ...base, windowTokens: 100 + 30 + 200 + 300 + 150, context: [snippet, file, sel] });
  assert.deepEqual(fit.trimmed.map((t) => [t.label, t.action]), [['snip', 'dropped']]);
  assert.deepEqual(fit.included.map((i) => i.label), ['file', 'sel']);
});

test('a file too large is truncated around its focus and reported, never silently', () => {
  const lines = Array.from({ length: 400 }, (_, i) => `line ${i}`);
  const text = lines.join('\n');
  const focusOffset = text.indexOf('line 300');
  const file = item('file', 'big.ts', text, { focusOffset });
  const fit = fitChatPrompt({ ...base, windowTokens: 900, context: [file] });
  assert.equal(fit.trimmed.length, 1);
  assert.equal(fit.trimmed[0].action, 'truncated');
  assert.ok(fit.trimmed[0].keptTokens < fit.trimmed[0].totalTokens);
  const kept = fit.included[0].text ?? '';
  assert.ok(kept.includes('line 300'), 'keeps the text around the cursor');
  assert.ok(!kept.includes('line 0\n'), 'drops the far top');
  assert.match(kept, /lines above omitted/);
  assert.ok(fit.promptTokens <= 900 - 100);
});

test('older history is dropped before the latest exchange and reported as one entry', () => {
  const history = [
    { role: 'user' as const, content: 'q1'.repeat(100) },
    { role: 'assistant' as const, content: 'a1'.repeat(100) },
    { role: 'user' as const, content: 'q2' },
    { role: 'assistant' as const, content: 'a2' },
  ];
  const fit = fitChatPrompt({ ...base, history, windowTokens: 200, context: [] });
  assert.deepEqual(fit.messages.map((m) => m.content).slice(1, 3), ['q2', 'a2']);
  assert.deepEqual(fit.trimmed.map((t) => [t.kind, t.label]), [['history', '2 earlier messages']]);
});

test('the question alone over the window is an error, not a silent cut', () => {
  assert.throws(() => fitChatPrompt({ ...base, question: 'x'.repeat(500), windowTokens: 300, context: [] }), ContextTooLongError);
});

test('the estimate-based default counter keeps a realistic prompt within the window', () => {
  const file = item('file', 'app.ts', 'function f(a: number) {\n  return a + 1;\n}\n'.repeat(2000));
  const fit = fitChatPrompt({ windowTokens: 4096, replyTokens: 1024, system: 'sys', question: 'explain', history: [], context: [file] });
  assert.equal(fit.trimmed[0].action, 'truncated');
  assert.ok(fit.promptTokens <= 4096 - 1024, `prompt ${fit.promptTokens}`);
});

test('an @-mentioned file survives a large open file: the automatic open file shrinks first, and says so', () => {
  const bigLines = Array.from({ length: 2_000 }, (_, i) => `big line ${i}`);
  const big = item('file', 'big.py', bigLines.join('\n'), { automatic: true, focusOffset: bigLines.slice(0, 1_000).join('\n').length });
  const mention = item('mention', 'helpers.py', 'def helper():\n    return 42\n'.repeat(20));
  const window = 100 + 30 + 2_000;
  const fit = fitChatPrompt({ ...base, windowTokens: window, context: [big, mention] });
  assert.deepEqual(fit.included.map((i) => i.label), ['big.py', 'helpers.py'], 'both go, in display order');
  assert.equal(fit.included[1]!.text, mention.text, 'the mentioned file is whole');
  assert.deepEqual(fit.trimmed.map((t) => [t.label, t.kind, t.action]), [['big.py', 'file', 'truncated']]);
  assert.ok((fit.included[0]!.text ?? '').includes('big line 1000'), 'the open file keeps the text around the cursor');
  assert.ok(fit.promptTokens <= window - 100);
});

test('when even the user\'s own context barely fits, the open file and retrieved snippets are what go', () => {
  const mention = item('mention', 'spec.md', 'S'.repeat(900));
  const big = item('file', 'big.py', 'F'.repeat(900), { automatic: true });
  const snippet = item('codebase', 'found.py', 'C'.repeat(300));
  const fit = fitChatPrompt({ ...base, windowTokens: 100 + 30 + 960, context: [big, mention, snippet] });
  assert.deepEqual(fit.included.map((i) => i.label), ['spec.md']);
  assert.deepEqual(fit.trimmed.map((t) => [t.label, t.action]), [['big.py', 'dropped'], ['found.py', 'dropped']]);
});

test('the open file the user asked for ("@Current file") is their choice, kept before retrieved snippets and the older history', () => {
  const chosen = item('file', 'app.py', 'A'.repeat(400), { automatic: false });
  const snippet = item('codebase', 'found.py', 'C'.repeat(400));
  const fit = fitChatPrompt({ ...base, windowTokens: 100 + 30 + 500, context: [snippet, chosen] });
  assert.deepEqual(fit.included.map((i) => i.label), ['app.py']);
  assert.deepEqual(fit.trimmed.map((t) => [t.label, t.action]), [['found.py', 'dropped']]);
});
