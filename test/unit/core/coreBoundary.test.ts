// The rule that keeps the core portable: nothing under src/core may import 'vscode'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

test('src/core never imports vscode', () => {
  const offenders = sourceFiles(join(__dirname, '../../../src/core')).filter((file) =>
    /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)|import\(\s*['"]vscode['"]\s*\)/.test(readFileSync(file, 'utf8')),
  );
  assert.deepEqual(offenders, []);
});

test('src/core does not reach into the editor shell', () => {
  const offenders = sourceFiles(join(__dirname, '../../../src/core')).filter((file) =>
    /from\s+['"][./]*\/vscode\//.test(readFileSync(file, 'utf8')),
  );
  assert.deepEqual(offenders, []);
});

// The guard clears a prompt before the gateway sees it; the gateway announces calls and the
// feedback log subscribes. So models knows neither, and the guard knows nothing of models.
const layers: [from: string, forbidden: string][] = [
  ['models', 'guard'],
  ['models', 'feedback'],
  ['guard', 'models'],
];
for (const [from, forbidden] of layers) {
  test(`src/core/${from} never imports src/core/${forbidden}`, () => {
    const offenders = sourceFiles(join(__dirname, `../../../src/core/${from}`)).filter((file) =>
      new RegExp(`from\\s+['"](?:\\.\\./)+(?:core/)?${forbidden}/|from\\s+['"]\\.\\./${forbidden}/`).test(readFileSync(file, 'utf8')),
    );
    assert.deepEqual(offenders, []);
  });
}

test('only the prompt door hands prompts to the gateway', () => {
  const root = join(__dirname, '../../../src');
  const callers = sourceFiles(root).filter((file) => /gateway\.stream\(/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(callers.map((f) => f.slice(root.length + 1)), ['core/promptDoor.ts']);
});

test('core/context never imports core/models (context is gathered before any model is chosen)', () => {
  const offenders = sourceFiles(join(__dirname, '../../../src/core/context')).filter((file) =>
    /from\s+['"]\.\.\/models\//.test(readFileSync(file, 'utf8')),
  );
  assert.deepEqual(offenders, []);
});

test('core/review is the shared base of every proposed edit: it imports neither chat, refactor nor completion', () => {
  const offenders = sourceFiles(join(__dirname, '../../../src/core/review')).filter((file) =>
    /from\s+['"]\.\.\/(chat|refactor|completion)\//.test(readFileSync(file, 'utf8')),
  );
  assert.deepEqual(offenders, []);
});
