import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLastPrompt } from '../../../src/core/completion/lastPromptReport';
import type { PromptRecord } from '../../../src/core/completion/promptBuilder';
import type { ContextResult } from '../../../src/core/context/contextTypes';

const record: PromptRecord = {
  model: 'qwen2.5-coder:1.5b',
  format: 'qwen',
  filePath: 'src/app.ts',
  files: ['src/app.ts'],
  request: {
    prefix: 'const total = ',
    suffix: ';\n',
    prompt: '<|fim_prefix|>const total = <|fim_suffix|>;\n<|fim_middle|>',
    maxTokens: 64,
    stop: ['<|endoftext|>'],
    temperature: 0.2,
    numCtx: 4096,
  },
  snippets: [{ path: 'src/math.ts', tokens: 12 }],
  droppedSnippets: 1,
  tokens: { prefix: 4, suffix: 2, snippets: 12, total: 30 },
  contextLength: 4096,
};

const context: ContextResult = {
  snippets: [],
  totalTokens: 12,
  debug: {
    documentPath: 'src/app.ts',
    languageId: 'typescript',
    budgetTokens: 800,
    parsed: true,
    timings: { total: 1.5 },
    sources: { symbolDefinitions: { ms: 0.4, candidates: 3, kept: 1 }, similarCode: { ms: 0.9, candidates: 12, kept: 0 }, workspaceIndex: { ms: 0, candidates: 0, kept: 0, failed: 'index | corrupt' } },
    candidates: [
      { path: 'src/math.ts', source: 'symbolDefinitions', sourceScore: 1, score: 0.0328, startLine: 0, endLine: 3, tokens: 12, kept: true, reason: 'definition of sum (imported from ./math)' },
      { path: 'src/a|b.ts', source: 'similarCode', sourceScore: 2.5, score: 0.0161, startLine: 9, endLine: 20, tokens: 90, kept: false, dropped: 'budget' },
    ],
  },
};

test('the report shows the exact prompt, the model and every candidate with source, score and fate', () => {
  const report = describeLastPrompt(record, context);
  assert.match(report, /\*\*Model:\*\* qwen2\.5-coder:1\.5b \(format: qwen\)/);
  assert.ok(report.includes('```text\n<|fim_prefix|>const total = <|fim_suffix|>;\n<|fim_middle|>\n```'));
  assert.match(report, /\| yes \| symbolDefinitions \| src\/math\.ts \| 1–4 \| 0\.0328 \|.*definition of sum/);
  assert.match(report, /\| no \(budget\) \| similarCode \| src\/a\\\|b\.ts \| 10–21 \|/);
  assert.match(report, /1 snippet\(s\) did not fit/);
});

test('the report shows each context source\'s time, candidates and how many made it into the prompt', () => {
  const report = describeLastPrompt(record, context);
  assert.match(report, /\| source \| ms \| candidates \| in prompt \| failed \|/);
  assert.match(report, /\| symbolDefinitions \| 0\.4 \| 3 \| 1 \|  \|/);
  assert.match(report, /\| similarCode \| 0\.9 \| 12 \| 0 \|  \|/);
  assert.match(report, /\| workspaceIndex \| 0 \| 0 \| 0 \| index \\\| corrupt \|/);
});

test('a native-FIM request shows prefix and suffix separately, fenced so backticks in code survive', () => {
  const native: PromptRecord = { ...record, format: 'native', request: { ...record.request, prompt: undefined, prefix: 'const s = ```', suffix: '\n' } };
  const report = describeLastPrompt(native, undefined);
  assert.match(report, /the model's own FIM template/);
  assert.ok(report.includes('````text\nconst s = ```\n````'));
  assert.doesNotMatch(report, /Context candidates/);
});

test('context of another document is not mixed into the report', () => {
  const report = describeLastPrompt(record, { ...context, debug: { ...context.debug, documentPath: 'other.ts' } });
  assert.doesNotMatch(report, /Context candidates/);
});

test('the report says whose prompt it is: the suggestion on screen, the last accepted, or the last request', () => {
  assert.match(describeLastPrompt(record, undefined, { state: 'on screen', text: 'sum(a, b);\n' }), /^# Flywheel: the prompt behind the suggestion on screen\n\n- \*\*Suggestion:\*\* `` sum\(a, b\);⏎ ``/);
  assert.match(describeLastPrompt(record, undefined, { state: 'accepted', text: 'x' }), /^# Flywheel: the prompt behind the suggestion last accepted/);
  const last = describeLastPrompt(record, undefined, { state: 'last request' });
  assert.match(last, /^# Flywheel: the last prompt sent \(no suggestion of it is on screen or was accepted\)/);
  assert.doesNotMatch(last, /Suggestion:/);
});
