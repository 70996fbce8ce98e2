// Where Generate Tests writes: the project's convention, read from its existing test files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseTestFile, testFileGlob } from '../../../src/core/refactor/testFileConvention';

test('an existing test file for the same source is appended to', () => {
  const choice = chooseTestFile('src/core/refactor/hunks.ts', 'typescript', ['test/unit/refactor/hunks.test.ts', 'test/unit/refactor/reindent.test.ts']);
  assert.deepEqual(choice, { path: 'test/unit/refactor/hunks.test.ts', exists: true, example: 'test/unit/refactor/hunks.test.ts' });
});

test('this project: test/unit/<area>/<name>.test.ts for src/core/<area>/<name>.ts', () => {
  const choice = chooseTestFile('src/core/refactor/newThing.ts', 'typescript', ['test/unit/core/coreBoundary.test.ts', 'test/unit/refactor/hunks.test.ts', 'test/unit/syntax/x.test.ts']);
  assert.deepEqual(choice, { path: 'test/unit/refactor/newThing.test.ts', exists: false, example: 'test/unit/refactor/hunks.test.ts' });
});

test('sibling .spec files, __tests__ folders, a mirrored tests/ tree for Python', () => {
  assert.equal(chooseTestFile('src/app/user.service.ts', 'typescript', ['src/app/app.spec.ts'])?.path, 'src/app/user.service.spec.ts');
  assert.equal(chooseTestFile('src/widgets/Button.tsx', 'typescriptreact', ['src/other/__tests__/Card.test.tsx'])?.path, 'src/widgets/__tests__/Button.test.tsx');
  assert.equal(chooseTestFile('pkg/util/strings.py', 'python', ['tests/test_main.py', 'tests/test_cli.py'])?.path, 'tests/pkg/util/test_strings.py');
  assert.equal(chooseTestFile('pkg/util/strings.py', 'python', ['pkg/util/strings_test.py'])?.path, 'pkg/util/strings_test.py');
  assert.equal(chooseTestFile('src/greet.ts', 'typescript', ['test/other.test.ts'])?.path, 'test/greet.test.ts');
  assert.equal(chooseTestFile('greet.ts', 'typescript', ['tests/unit/a.test.ts'])?.path, 'tests/unit/greet.test.ts');
});

test('fixed conventions: Go beside the file, Maven mirrors src/main into src/test', () => {
  assert.deepEqual(chooseTestFile('internal/sum.go', 'go', []), { path: 'internal/sum_test.go', exists: false });
  assert.deepEqual(chooseTestFile('internal/sum.go', 'go', ['internal/sum_test.go']), { path: 'internal/sum_test.go', exists: true });
  assert.equal(chooseTestFile('src/main/java/a/B.java', 'java', [])?.path, 'src/test/java/a/BTest.java');
});

test('nothing to go by: undefined (a new untitled file)', () => {
  assert.equal(chooseTestFile('src/a.ts', 'typescript', []), undefined);
  assert.equal(chooseTestFile('src/a.rs', 'rust', []), undefined);
  assert.equal(testFileGlob('rust'), undefined);
  assert.equal(testFileGlob('python'), '**/{test_*.py,*_test.py}');
});

// The example's start is quoted to the model: a test file the path policy refuses (a `.gitignore`d local test) is never it,
// though it still counts for where the new test goes.
test('a test file the path policy refuses is never the example: the next one is, or none', () => {
  const ignored = (path: string) => !path.endsWith('test_local.py');
  assert.deepEqual(chooseTestFile('pricing.py', 'python', ['test_local.py', 'test_invoice.py'], ignored), { path: 'test_pricing.py', exists: false, example: 'test_invoice.py' });
  assert.deepEqual(chooseTestFile('pricing.py', 'python', ['test_local.py', 'test_invoice.py']), { path: 'test_pricing.py', exists: false, example: 'test_local.py' });
  assert.deepEqual(chooseTestFile('pricing.py', 'python', ['test_local.py'], ignored), { path: 'test_pricing.py', exists: false });
  // Its own test file refused: the tests are still appended there, another file is the example.
  const ownRefused = (path: string) => path !== 'test/unit/refactor/hunks.test.ts';
  assert.deepEqual(chooseTestFile('src/core/refactor/hunks.ts', 'typescript', ['test/unit/refactor/hunks.test.ts', 'test/unit/refactor/reindent.test.ts'], ownRefused),
    { path: 'test/unit/refactor/hunks.test.ts', exists: true, example: 'test/unit/refactor/reindent.test.ts' });
  assert.deepEqual(chooseTestFile('src/core/refactor/hunks.ts', 'typescript', ['test/unit/refactor/hunks.test.ts'], ownRefused), { path: 'test/unit/refactor/hunks.test.ts', exists: true });
});
