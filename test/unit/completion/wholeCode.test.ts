// Completions that leave the code whole, through the engine with real tree-sitter parses:
// a block's closer is kept when the suffix does not have it and dropped when it does; a
// completion never stops at an opened `{` with no body; in a list of members the siblings
// follow; a declaration header gets its body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suffixCloser } from '../../../src/core/completion/suffixClosers';
import { completeWith } from './completionTestSupport';

test('Go: an empty function body after `{` Enter completes to a balanced body at the end of the file', async () => {
  const doc = 'package store\n\nfunc (s *Store) Get(key string) (string, error) {\n\t█';
  const raw = 's.mu.RLock()\n\tdefer s.mu.RUnlock()\n\treturn s.items[key], nil\n}\n\nfunc (s *Store) Set(key, value string) {\n';
  assert.equal((await completeWith('go', doc, raw, 'auto')).text, 's.mu.RLock()\n\tdefer s.mu.RUnlock()\n\treturn s.items[key], nil\n}');
});

test('Go: the closer the suffix already has is not written twice', async () => {
  const doc = 'package p\n\nfunc f() int {\n\t█\n}\n\nfunc g() {}\n';
  assert.equal((await completeWith('go', doc, 'return 1\n}\n\nfunc h() {\n', 'auto')).text, 'return 1');
});

test('C: a body whose closer is missing before the next function gets it', async () => {
  const doc = 'double area(double r) {\n    return 3.14 * r * r;█\n\nint main(void) {\n    return 0;\n}\n';
  assert.equal((await completeWith('c', doc, '\n}\n\ndouble perimeter(double r) {\n', 'auto')).text, '\n}');
});

test('JavaScript: only the block the cursor is in is closed (one level)', async () => {
  const doc = 'function debounce(fn, wait) {\n  let timer;\n  return function (...args) {\n    clearTimeout(timer);\n    █';
  const raw = 'timer = setTimeout(() => fn.apply(this, args), wait);\n  };\n}\n\nmodule.exports = debounce;\n';
  assert.equal((await completeWith('javascript', doc, raw, 'auto')).text, 'timer = setTimeout(() => fn.apply(this, args), wait);\n  };');
});

test('Rust: a function header mid-line is completed with its whole body, not cut at `{`', async () => {
  const doc = 'impl Calc {\n    pub fn new() -> Self {\n        Calc { total: 0.0 }\n    }\n\n    pub fn halve█\n}\n';
  const raw = '(&mut self) -> f64 {\n        self.total /= 2.0;\n        self.total\n    }\n\n    pub fn reset(&mut self) {\n';
  const got = await completeWith('rust', doc, raw, 'auto');
  assert.equal(got.multiline, true);
  assert.equal(got.text, '(&mut self) -> f64 {\n        self.total /= 2.0;\n        self.total\n    }');
});

test('C#: a constructor header mid-line (Allman braces) gets its body', async () => {
  const doc = 'public class Person\n{\n    public string Name { get; }\n\n    public Person(string █\n}\n';
  const raw = 'name)\n    {\n        Name = name;\n    }\n';
  assert.equal((await completeWith('csharp', doc, raw, 'auto')).text, 'name)\n    {\n        Name = name;\n    }');
});

test('TypeScript: inside an interface, the remaining members follow the cursor\'s member', async () => {
  const doc = 'export interface Options {\n  method: string;\n  headers?: Record<string, string>;\n  █\n}\n\nexport function f() {}\n';
  const raw = 'body?: string;\n  timeoutMs?: number;\n}\n\nexport function f() {\n';
  const got = await completeWith('typescript', doc, raw, 'auto');
  assert.deepEqual(got, { text: 'body?: string;\n  timeoutMs?: number;', replace: 0, multiline: true });
  // Mid-line on the last member too.
  const mid = await completeWith('typescript', 'interface Point {\n  x: number;\n  y█\n}\n', ': number;\n  z: number;\n}\n', 'auto');
  assert.equal(mid.text, ': number;\n  z: number;');
});

test('Go struct fields and Rust match arms continue as siblings', async () => {
  const go = await completeWith('go', 'type Config struct {\n\tAddr string\n\tPort █\n}\n', 'int\n\tDebug bool\n}\n\nfunc main() {}\n', 'auto');
  assert.equal(go.text, 'int\n\tDebug bool');
  const rust = await completeWith('rust', 'fn s(c: u16) -> &\'static str {\n    match c {\n        200 => "OK",\n        █\n    }\n}\n', '404 => "Not Found",\n        _ => "?",\n    }\n}\n', 'auto');
  assert.equal(rust.text, '404 => "Not Found",\n        _ => "?",');
});

test('a statement in a function body still ends at its end (no siblings there)', async () => {
  const got = await completeWith('typescript', 'function total() {\n  let sum = █\n}\n', '0;\n  for (const x of xs) sum += x;\n  return sum;\n}\n', 'auto');
  assert.equal(got.text, '0;');
});

test('YAML (no grammar): sibling keys after the value on the cursor line', async () => {
  const doc = 'services:\n  db:\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: secret█\n';
  const got = await completeWith('yaml', doc, '\n      POSTGRES_DB: app\n      PGDATA: /data\n  web:\n    image: nginx\n', 'auto');
  assert.equal(got.text, '\n      POSTGRES_DB: app\n      PGDATA: /data');
});

test('suffixCloser: where the code after the cursor closes the block', () => {
  assert.equal(suffixCloser('\n}\n', 0), 'later');
  assert.equal(suffixCloser('})\n', 0), 'cursor-line');
  assert.equal(suffixCloser('\n\nfunc g() {\n}\n', 0), 'none', 'the next function: the block is left open');
  assert.equal(suffixCloser('\n}\n', 2), 'none', 'a closer of the outer block does not close the inner one');
  assert.equal(suffixCloser('\n  x = "}"; // }\n  }\n', 2), 'later', 'closers in strings and comments do not count');
  assert.equal(suffixCloser('\n  end\nend\n', 2), 'later');
  assert.equal(suffixCloser('\n  def b\n  end\n', 2), 'none');
});
