import assert from 'node:assert/strict';
import { test } from 'node:test';
import { settingGlobWords } from '../../../src/core/guard/promptGuard';
import { noScopedGlobs, scopedGlobMatcher } from '../../../src/core/guard/scopedGlobs';

test("a workspace's list adds to the user's rather than replacing it; each match names its glob and scope", () => {
  const excluded = scopedGlobMatcher({ user: ['*.draft'], workspace: ['scratch/'], folders: [] });
  assert.deepEqual(excluded('notes/plan.draft'), { glob: '*.draft', from: 'user' });
  assert.deepEqual(excluded('scratch/try.py'), { glob: 'scratch/', from: 'workspace' });
  assert.equal(excluded('src/app.py'), undefined);
});

test("a folder's own globs apply to that folder's files alone, relative to the folder", () => {
  const excluded = scopedGlobMatcher({ ...noScopedGlobs, folders: [{ name: 'lib', path: '/ws/lib', globs: ['/drafts/'] }] });
  assert.deepEqual(excluded('lib/drafts/plan.py'), { glob: '/drafts/', from: 'folder', folder: '/ws/lib' });
  assert.equal(excluded('app/drafts/plan.py'), undefined, "another folder's file");
  assert.equal(excluded('lib/src/drafts/plan.py'), undefined, 'anchored to the folder, not to the workspace');
  assert.equal(excluded('library/drafts/plan.py'), undefined, 'a folder whose name starts alike');
});

test("an anchored user or workspace glob in a multi-root window anchors at each folder's root (VS Code's files.exclude)", () => {
  const folders = [{ name: 'app', path: '/ws/app', globs: [] }, { name: 'lib', path: '/ws/lib', globs: [] }];
  const excluded = scopedGlobMatcher({ user: ['/src/gen/'], workspace: ['/secrets/*.txt'], folders });
  assert.deepEqual(excluded('app/src/gen/schema.py'), { glob: '/src/gen/', from: 'user' });
  assert.deepEqual(excluded('lib/src/gen/schema.py'), { glob: '/src/gen/', from: 'user' }, 'in every folder');
  assert.deepEqual(excluded('lib/secrets/prod.txt'), { glob: '/secrets/*.txt', from: 'workspace' });
  assert.equal(excluded('app/lib/src/gen/schema.py'), undefined, 'anchored: not deeper in the folder');
  assert.equal(scopedGlobMatcher({ user: ['/app/src/gen/'], workspace: [], folders })('app/src/gen/schema.py'), undefined, "a folder's name is not part of its paths");
  // A one-folder window: paths are the folder's own, as before.
  assert.deepEqual(scopedGlobMatcher({ user: ['/src/gen/'], workspace: [], folders: [] })('src/gen/schema.py'), { glob: '/src/gen/', from: 'user' });
});

test("a scope's `!` lifts only its own globs: a workspace cannot complete what the user excluded", () => {
  const excluded = scopedGlobMatcher({ user: ['*.gen.ts'], workspace: ['src/*', '!src/keep.gen.ts'], folders: [] });
  assert.deepEqual(excluded('src/keep.gen.ts'), { glob: '*.gen.ts', from: 'user' });
  assert.deepEqual(excluded('src/main.ts'), { glob: 'src/*', from: 'workspace' });
  assert.equal(scopedGlobMatcher({ user: ['src/*', '!src/main.ts'], workspace: [], folders: [] })('src/main.ts'), undefined);
});

test('the most specific scope is named first; Windows folder paths and separators are read alike', () => {
  const excluded = scopedGlobMatcher({ user: ['*.py'], workspace: ['*.py'], folders: [{ name: 'lib', path: 'C:\\ws\\lib', globs: ['*.py'] }] });
  assert.deepEqual(excluded('lib\\a.py'), { glob: '*.py', from: 'folder', folder: 'C:/ws/lib' });
  assert.deepEqual(excluded('app/a.py'), { glob: '*.py', from: 'workspace' });
  assert.equal(scopedGlobMatcher(noScopedGlobs)('a.py'), undefined);
});

test("a settings glob is said with the scope that holds it (a folder's by its settings file)", () => {
  const setting = 'flywheel.completion.exclude';
  assert.equal(settingGlobWords(setting, { glob: '*.draft', from: 'user' }), '"*.draft" in your flywheel.completion.exclude');
  assert.equal(settingGlobWords(setting, { glob: 'scratch/', from: 'workspace' }), `"scratch/" in the workspace's flywheel.completion.exclude`);
  assert.equal(
    settingGlobWords(setting, { glob: '/drafts/', from: 'folder', folder: '/ws/lib' }),
    '"/drafts/" in the flywheel.completion.exclude of lib/.vscode/settings.json',
  );
});
