import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assemblePrompt, buildWindows, promptBudget, PromptTooSmallError,
} from '../../../src/core/completion/promptBuilder';
import type { PromptModelInfo } from '../../../src/core/completion/promptBuilder';
import { fimTemplateById } from '../../../src/core/models/fimTemplates';
import type { FimTemplate } from '../../../src/core/models/fimTemplates';
import { estimateTokens } from '../../../src/core/tokenEstimator';

const settings = { temperature: 0.2, languageId: 'typescript', filePath: 'src/app.ts' };

function build(text: string, offset: number, model: { contextLength: number; maxTokens: number; template?: FimTemplate; maxPromptTokens?: number }, snippets: { path: string; text: string }[] = []) {
  const budget = promptBudget(
    { contextLength: model.contextLength, maxTokens: model.maxTokens, maxPromptTokens: model.maxPromptTokens ?? 100_000, suffixShare: 0.2, contextShare: snippets.length ? 0.3 : 0, template: model.template },
    estimateTokens,
  );
  const windows = buildWindows(text, offset, budget, estimateTokens);
  const info: PromptModelInfo = { name: 'm', contextLength: model.contextLength, maxTokens: model.maxTokens, template: model.template };
  return { budget, windows, record: assemblePrompt(windows, snippets, budget, info, settings, estimateTokens) };
}

// A deterministic generator, so a failure can be replayed.
function prng(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const PIECES = ['function ', 'const x = 1;', '\n', '    ', '\t', 'return', ' ', '{', '}', '😀', '中文', 'a_long_identifier_name', '\r\n', '//', '"str"', '        '];

function randomText(rand: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

test('prompt + output never exceed the context, over many documents, budgets and formats', () => {
  const rand = prng(42);
  const templates: (FimTemplate | undefined)[] = [undefined, fimTemplateById('qwen'), fimTemplateById('deepseek'), fimTemplateById('codestral')];
  for (let i = 0; i < 300; i++) {
    const text = randomText(rand, 200 + Math.floor(rand() * 20_000));
    const offset = Math.floor(rand() * text.length);
    const contextLength = 128 + Math.floor(rand() * 4_000);
    const maxTokens = 16 + Math.floor(rand() * 100);
    const template = templates[i % templates.length];
    const snippets = rand() < 0.5 ? [] : [{ path: 'lib/util.ts', text: randomText(rand, 3_000) }, { path: 'lib/b.ts', text: randomText(rand, 200) }];
    const { record } = build(text, offset, { contextLength, maxTokens, template }, snippets);
    const sent = record.request.prompt ?? record.request.prefix + record.request.suffix;
    assert.ok(estimateTokens(sent) + maxTokens <= contextLength, `case ${i}: ${estimateTokens(sent)} + ${maxTokens} > ${contextLength}`);
    assert.equal(record.request.numCtx, contextLength);
    assert.equal(record.request.maxTokens, maxTokens);
    assert.ok(!LONE_SURROGATE.test(record.request.prefix) && !LONE_SURROGATE.test(record.request.suffix), `case ${i}: split surrogate pair`);
  }
});

test('the text nearest the cursor is kept; the far ends are trimmed', () => {
  const lines = Array.from({ length: 2_000 }, (_, i) => `  const value${i} = compute(${i});`);
  const text = lines.join('\n');
  const offset = text.indexOf('const value1000') + 'const value1000'.length;
  const { windows } = build(text, offset, { contextLength: 1_024, maxTokens: 64 });
  assert.ok(windows.prefix.endsWith('  const value1000'), 'prefix ends at the cursor');
  assert.ok(windows.suffix.startsWith(' = compute(1000);\n  const value1001'), 'suffix starts at the cursor');
  assert.ok(windows.prefixStart > 0 && windows.suffixEnd < text.length, 'both far ends trimmed');
  // Whole lines at the far ends.
  assert.ok(windows.prefix.startsWith('  const value'), windows.prefix.slice(0, 20));
  assert.ok(windows.suffix.endsWith(');'), windows.suffix.slice(-20));
  assert.ok(windows.prefixTokens > windows.suffixTokens, 'most of the budget goes before the cursor');
});

test('a small document goes whole, CRLF normalised to LF', () => {
  const text = 'function add(a, b) {\r\n  return a + b;\r\n}\r\n';
  const { windows, record } = build(text, text.indexOf('return'), { contextLength: 4_096, maxTokens: 128, template: fimTemplateById('qwen') });
  assert.equal(windows.prefix, 'function add(a, b) {\n  ');
  assert.equal(windows.suffix, 'return a + b;\n}\n');
  assert.equal(record.request.prompt, '<|fim_prefix|>function add(a, b) {\n  <|fim_suffix|>return a + b;\n}\n<|fim_middle|>');
  assert.deepEqual(record.request.stop, fimTemplateById('qwen').stop);
  assert.equal(record.format, 'qwen');
});

test('native FIM sends prefix and suffix without a rendered prompt', () => {
  const { record } = build('let a = 1;\nlet b = ', 19, { contextLength: 2_048, maxTokens: 64 });
  assert.equal(record.request.prompt, undefined);
  assert.equal(record.request.prefix, 'let a = 1;\nlet b = ');
  assert.equal(record.format, 'native');
});

test('snippets fill what the windows leave, most relevant first, and the rest is dropped', () => {
  const text = 'x'.repeat(50);
  const big = { path: 'big.ts', text: 'const filler = 1;\n'.repeat(2_000) };
  const small = { path: 'small.ts', text: 'export const answer = 42;' };
  const { record } = build(text, 50, { contextLength: 1_024, maxTokens: 64, template: fimTemplateById('qwen') }, [small, big, small]);
  assert.deepEqual(record.snippets.map((s) => s.path), ['small.ts', 'small.ts']);
  assert.equal(record.droppedSnippets, 1);
  assert.ok(record.request.prompt!.includes('<|file_sep|>small.ts\nexport const answer = 42;'));
  assert.ok(record.request.prompt!.includes('<|file_sep|>src/app.ts\n<|fim_prefix|>'));
});

test('snippets go in front of a native prefix as comments in the language', () => {
  const budget = promptBudget({ contextLength: 2_048, maxTokens: 64, maxPromptTokens: 2_000, suffixShare: 0.2, contextShare: 0.3 }, estimateTokens);
  const windows = buildWindows('x = 1\n', 6, budget, estimateTokens);
  const record = assemblePrompt(windows, [{ path: 'util.py', text: 'def f():\n    pass' }], budget, { name: 'm', contextLength: 2_048, maxTokens: 64 }, { ...settings, languageId: 'python' }, estimateTokens);
  assert.equal(record.request.prefix, '# Path: util.py\n# def f():\n#     pass\n\nx = 1\n');
});

test('a context too small for any prompt is a typed error', () => {
  assert.throws(() => promptBudget({ contextLength: 64, maxTokens: 64, maxPromptTokens: 1_000, suffixShare: 0.2, contextShare: 0 }, estimateTokens), PromptTooSmallError);
});

test('a 5 MB document with a cursor in the middle: windows stay small', () => {
  const text = 'const a = [1, 2, 3];\n'.repeat(250_000);
  const offset = Math.floor(text.length / 2);
  const { windows } = build(text, offset, { contextLength: 4_096, maxTokens: 256, maxPromptTokens: 2_048 });
  assert.ok(windows.prefix.length + windows.suffix.length < 20_000);
  assert.equal(text.slice(windows.prefixStart, offset), windows.prefix);
});

test('a minified 100k-character line: windows cut mid-line, never mid-surrogate', () => {
  const text = 'var a=function(){return"😀"};'.repeat(3_500);
  for (const offset of [0, 17, 50_001, text.length]) {
    const { windows } = build(text, offset, { contextLength: 2_048, maxTokens: 64 });
    assert.ok(!LONE_SURROGATE.test(windows.prefix) && !LONE_SURROGATE.test(windows.suffix));
    assert.ok(windows.prefix.length < 10_000);
  }
});

test('cut points never split a surrogate pair, whatever the budget', () => {
  const text = '😀'.repeat(5_000);
  for (let budget = 1; budget < 400; budget += 7) {
    for (const offset of [2_000, 5_000]) {
      const windows = buildWindows(text, offset, { prefix: budget, suffix: budget }, estimateTokens);
      assert.ok(!LONE_SURROGATE.test(windows.prefix) && !LONE_SURROGATE.test(windows.suffix), `budget ${budget}`);
      assert.ok(windows.prefixTokens <= budget && windows.suffixTokens <= budget);
    }
  }
});

test('when the rendered prompt costs more than estimated, snippets go first, then the far prefix', () => {
  // A counter that charges the repository format's separators far more than the snippet estimate.
  const count = (text: string) => estimateTokens(text) + 150 * (text.split('<|file_sep|>').length - 1);
  const template = fimTemplateById('qwen');
  const budget = promptBudget({ contextLength: 1_000, maxTokens: 100, maxPromptTokens: 1_000, suffixShare: 0.2, contextShare: 0.3, template }, count);
  const text = 'let total = 0;\n'.repeat(400);
  const windows = buildWindows(text, text.length, budget, count);
  const snippets = [{ path: 'a.ts', text: 'export const a = 1;' }, { path: 'b.ts', text: 'export const b = 2;' }];
  const record = assemblePrompt(windows, snippets, budget, { name: 'm', contextLength: 1_000, maxTokens: 100, template }, settings, count);
  assert.ok(count(record.request.prompt!) + 100 <= 1_000, `${count(record.request.prompt!)} tokens`);
  assert.ok(record.droppedSnippets >= 1);
  assert.ok(record.request.prompt!.endsWith('let total = 0;\n<|fim_suffix|><|fim_middle|>'), 'the nearest text survives');
});

test("the prompt's files are the document and the snippets kept: a snippet dropped, first or on the re-fit, is not listed", () => {
  const text = 'x'.repeat(50);
  const big = { path: 'big.ts', text: 'const filler = 1;\n'.repeat(2_000) };
  const small = { path: 'small.ts', text: 'export const answer = 42;' };
  const { record } = build(text, 50, { contextLength: 1_024, maxTokens: 64, template: fimTemplateById('qwen') }, [small, big]);
  assert.deepEqual(record.files, ['src/app.ts', 'small.ts']);
  const count = (t: string) => estimateTokens(t) + 150 * (t.split('<|file_sep|>').length - 1);
  const template = fimTemplateById('qwen');
  const budget = promptBudget({ contextLength: 1_000, maxTokens: 100, maxPromptTokens: 1_000, suffixShare: 0.2, contextShare: 0.3, template }, count);
  const long = 'let total = 0;\n'.repeat(400);
  const refit = assemblePrompt(buildWindows(long, long.length, budget, count), [{ path: 'a.ts', text: 'export const a = 1;' }, { path: 'b.ts', text: 'export const b = 2;' }], budget, { name: 'm', contextLength: 1_000, maxTokens: 100, template }, settings, count);
  const inPrompt = ['a.ts', 'b.ts'].filter((p) => refit.request.prompt!.includes(`<|file_sep|>${p}\n`));
  assert.deepEqual(refit.files, ['src/app.ts', ...inPrompt], 'exactly the snippets whose text is in the prompt');
});
