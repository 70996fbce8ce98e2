// Where Generate Tests puts its tests: the project's own convention, read from the test files it
// already has (name pattern and folder), or the language's fixed convention (Go, Java/Maven).
// Undefined when there is nothing to go by: the shell then opens a new untitled file.

export interface TestFileChoice {
  /** Workspace-relative path with '/' separators. */
  readonly path: string;
  /** The file is already there: tests are appended to it. */
  readonly exists: boolean;
  /** An existing test file to imitate (framework, imports, style), when one was found. */
  readonly example?: string;
}

interface NamePattern {
  /** Builds the test file name from the source base name (without extension) and extension. */
  readonly make: (base: string, ext: string) => string;
  readonly matches: (fileName: string) => boolean;
}

const PATTERNS: Readonly<Record<string, readonly NamePattern[]>> = {
  script: [
    { make: (b, e) => `${b}.test${e}`, matches: (f) => /\.test\.[cm]?[jt]sx?$/.test(f) },
    { make: (b, e) => `${b}.spec${e}`, matches: (f) => /\.spec\.[cm]?[jt]sx?$/.test(f) },
  ],
  python: [
    { make: (b) => `test_${b}.py`, matches: (f) => /^test_.*\.py$/.test(f) },
    { make: (b) => `${b}_test.py`, matches: (f) => /_test\.py$/.test(f) },
  ],
  ruby: [
    { make: (b) => `${b}_spec.rb`, matches: (f) => /_spec\.rb$/.test(f) },
    { make: (b) => `${b}_test.rb`, matches: (f) => /_test\.rb$/.test(f) },
  ],
  csharp: [{ make: (b) => `${b}Tests.cs`, matches: (f) => /Tests?\.cs$/.test(f) }],
  php: [{ make: (b) => `${b}Test.php`, matches: (f) => /Test\.php$/.test(f) }],
};

function family(languageId: string): string | undefined {
  if (['typescript', 'typescriptreact', 'javascript', 'javascriptreact'].includes(languageId)) return 'script';
  return PATTERNS[languageId] ? languageId : undefined;
}

/** A glob (for the editor's file search) matching the test files of a language. */
export function testFileGlob(languageId: string): string | undefined {
  switch (family(languageId)) {
    case 'script': return '**/*.{test,spec}.{ts,tsx,js,jsx,mjs,cjs,mts,cts}';
    case 'python': return '**/{test_*.py,*_test.py}';
    case 'ruby': return '**/*_{spec,test}.rb';
    case 'csharp': return '**/*Test{,s}.cs';
    case 'php': return '**/*Test.php';
    default: return undefined;
  }
}

function splitPath(path: string): { dir: string; name: string } {
  const slash = path.lastIndexOf('/');
  return { dir: slash < 0 ? '' : path.slice(0, slash), name: path.slice(slash + 1) };
}

function splitExt(name: string): { base: string; ext: string } {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? { base: name, ext: '' } : { base: name.slice(0, dot), ext: name.slice(dot) };
}

function join(...parts: string[]): string {
  return parts.flatMap((p) => p.split('/')).filter((p) => p.length > 0).join('/');
}

/** How many folder names two folders share, ignoring the usual roots. */
function affinity(a: string, b: string): number {
  const skip = new Set(['', 'src', 'lib', 'test', 'tests', '__tests__', 'spec', 'unit', 'integration', 'app', 'core']);
  const left = new Set(a.split('/').filter((s) => !skip.has(s)));
  return b.split('/').filter((s) => !skip.has(s) && left.has(s)).length;
}

/**
 * `mayQuote`: may this test file's text go into a prompt (the path policy)? The example's start is quoted to the model; a
 * test file the user's ignore rules exclude still counts for where a new test goes (a path says nothing of its text), but is
 * never the example: the next one is, or none.
 */
export function chooseTestFile(sourcePath: string, languageId: string, existingTests: readonly string[], mayQuote: (path: string) => boolean = () => true): TestFileChoice | undefined {
  const path = sourcePath.replace(/\\/g, '/');
  const { dir, name } = splitPath(path);
  const { base, ext } = splitExt(name);

  if (languageId === 'go') {
    const test = join(dir, `${base}_test.go`);
    return { path: test, exists: existingTests.includes(test) };
  }
  if (languageId === 'java' && path.includes('src/main/java/')) {
    const test = path.replace('src/main/java/', 'src/test/java/').replace(/\.java$/, 'Test.java');
    return { path: test, exists: existingTests.includes(test) };
  }

  const fam = family(languageId);
  if (!fam) return undefined;
  const patterns = PATTERNS[fam];
  const tests = existingTests.map((t) => t.replace(/\\/g, '/')).filter((t) => patterns.some((p) => p.matches(splitPath(t).name)));
  if (tests.length === 0) return undefined;

  // A test file for this very source file already exists: add to it.
  const own = tests.filter((t) => patterns.some((p) => splitPath(t).name === p.make(base, ext)));
  if (own.length) {
    const best = [...own].sort((a, b) => affinity(dir, splitPath(b).dir) - affinity(dir, splitPath(a).dir))[0];
    return { path: best, exists: true, ...quotable([best, ...ranked(tests, dir)], mayQuote) };
  }

  // Otherwise the most used name pattern, in the test folder closest to the source's folder.
  const pattern = [...patterns].sort((a, b) => count(tests, b) - count(tests, a))[0];
  const nearest = ranked(tests, dir);
  const exampleDir = splitPath(nearest[0]!).dir;
  let testDir: string;
  if (tests.some((t) => splitPath(t).dir === dir)) testDir = dir; // tests beside the sources
  else if (affinity(dir, exampleDir) > 0) testDir = exampleDir; // test/unit/<area>/ for src/…/<area>/
  else if (tests.some((t) => /(^|\/)__tests__$/.test(splitPath(t).dir))) testDir = join(dir, '__tests__');
  else {
    const root = testRoot(exampleDir);
    testDir = root === undefined ? dir : join(root, dir.replace(/^(src|lib)(\/|$)/, ''));
  }
  return { path: join(testDir, pattern.make(base, ext)), exists: false, ...quotable(nearest, mayQuote) };
}

/** The first of `candidates` that may be quoted, as the choice's example (none: no example). */
function quotable(candidates: readonly string[], mayQuote: (path: string) => boolean): { example?: string } {
  const example = candidates.find(mayQuote);
  return example === undefined ? {} : { example };
}

/** Test files nearest the source's folder first (shared folder names), then the shortest paths. */
function ranked(tests: readonly string[], dir: string): string[] {
  return [...tests].sort((a, b) => affinity(dir, splitPath(b).dir) - affinity(dir, splitPath(a).dir) || a.length - b.length);
}

/** The test tree's root in a test's folder: `test`, `tests/unit`, `spec`… */
function testRoot(dir: string): string | undefined {
  const segments = dir.split('/');
  const i = segments.findIndex((s) => s === 'test' || s === 'tests' || s === 'spec');
  if (i < 0) return undefined;
  const end = ['unit', 'unittests'].includes(segments[i + 1]) ? i + 2 : i + 1;
  return segments.slice(0, end).join('/');
}

function count(tests: readonly string[], pattern: NamePattern): number {
  return tests.filter((t) => pattern.matches(splitPath(t).name)).length;
}
