// The action catalogue, user-defined actions from settings, and the prompt built for an action.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appliesTo, BUILT_IN_ACTIONS, builtInAction, instructionFor } from '../../../src/core/refactor/refactorActions';
import { parseCustomActions } from '../../../src/core/refactor/customActions';
import { buildRefactorPrompt, surroundingContext } from '../../../src/core/refactor/refactorPrompt';

test('the catalogue has the seven built-in actions, Add Types only for TS and Python', () => {
  assert.deepEqual(BUILT_IN_ACTIONS.map((a) => a.id), ['explain', 'document', 'tests', 'fix', 'simplify', 'addTypes', 'rewrite']);
  const addTypes = builtInAction('addTypes');
  assert.equal(appliesTo(addTypes, 'python'), true);
  assert.equal(appliesTo(addTypes, 'typescript'), true);
  assert.equal(appliesTo(addTypes, 'go'), false);
  assert.equal(appliesTo(builtInAction('simplify'), 'go'), true);
});

test('instructions are filled per language: doc style, the user instruction', () => {
  assert.match(instructionFor(builtInAction('document'), { languageId: 'python' }), /PEP 257 docstrings/);
  assert.match(instructionFor(builtInAction('document'), { languageId: 'go' }), /starting with the declared name/);
  assert.match(instructionFor(builtInAction('document'), { languageId: 'typescript' }), /JSDoc/);
  assert.equal(instructionFor(builtInAction('rewrite'), { languageId: 'go', userInstruction: ' use a map ' }), 'Rewrite this code as follows: use a map');
});

test('custom actions: valid ones kept, bad entries skipped with a reason', () => {
  const { actions, problems } = parseCustomActions([
    { name: 'Make Async', instruction: 'Convert to async/await.', languages: ['typescript', 'javascript'] },
    { name: 'Translate comments', instruction: 'Translate comments to English.' },
    { name: '', instruction: 'x' },
    { name: 'No instruction' },
    { name: 'Make Async', instruction: 'again' },
    { name: 'Bad langs', instruction: 'x', languages: 'python' },
    42,
  ]);
  assert.deepEqual(actions.map((a) => [a.id, a.title, a.output, a.languages]), [
    ['custom:Make Async', 'Make Async', 'replace', ['typescript', 'javascript']],
    ['custom:Translate comments', 'Translate comments', 'replace', undefined],
  ]);
  assert.equal(problems.length, 5);
  assert.match(problems[0], /\[2\]: "name" is missing/);
  assert.deepEqual(parseCustomActions({}).problems, ['flywheel.refactor.customActions must be an array']);
  assert.deepEqual(parseCustomActions(undefined), { actions: [], problems: [] });
});

const doc = 'import { x } from "./x";\n\nfunction f(a) {\n  return a.b;\n}\n\nexport const y = 1;\n';
const target = { start: doc.indexOf('function'), end: doc.indexOf('}\n') + 1 };

test('the prompt holds the code with its line numbers, context around it, and the instruction', () => {
  const request = buildRefactorPrompt({ action: builtInAction('simplify'), languageId: 'typescript', relativePath: 'src/f.ts', documentText: doc, target });
  assert.equal(request.messages[0].role, 'system');
  const user = request.messages[1].content;
  assert.match(user, /File: src\/f\.ts \(typescript\)/);
  assert.match(user, /The code \(lines 3-5\):\n```typescript\nfunction f\(a\) \{\n  return a\.b;\n\}\n```/);
  assert.match(user, /Context before the code[^\n]*\n```typescript\nimport \{ x \} from "\.\/x";\n```/);
  assert.match(user, /Context after the code[^\n]*\n```typescript\nexport const y = 1;\n```/);
  assert.match(user, /Instruction: Simplify this code/);
  assert.ok(request.maxTokens! >= 1024);
});

test('Fix puts the diagnostics in the prompt; a fence in the code gets a longer fence', () => {
  const request = buildRefactorPrompt({
    action: builtInAction('fix'),
    languageId: 'typescript',
    relativePath: 'f.ts',
    documentText: doc,
    target,
    diagnostics: [{ line: 4, severity: 'error', message: "Property 'b' does not exist", source: 'ts', code: '2339' }],
  });
  assert.match(request.messages[1].content, /- line 4: error \(ts 2339\): Property 'b' does not exist/);
  const md = 'const s = `\n```\n`;';
  const fenced = buildRefactorPrompt({ action: builtInAction('simplify'), languageId: 'typescript', relativePath: 'f.ts', documentText: md, target: { start: 0, end: md.length } });
  assert.match(fenced.messages[1].content, /````typescript\nconst s/);
});

test('surroundingContext keeps whole lines within the budget', () => {
  const text = 'aaaa\nbbbb\nCODE\ncccc\ndddd';
  const start = text.indexOf('CODE');
  assert.deepEqual(surroundingContext(text, start, start + 4, 7), { before: 'bbbb', after: 'cccc' });
  assert.deepEqual(surroundingContext(text, start, start + 4, 100), { before: 'aaaa\nbbbb', after: 'cccc\ndddd' });
});
