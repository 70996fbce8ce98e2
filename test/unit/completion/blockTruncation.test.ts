// Block truncation on real code: the completion streams line by line (as the stream reader sees
// it) and must be cut where the block it opened ends, or before it closes the block around the
// cursor whose closer the suffix already has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBlockEnd, indentationBlockEnd } from '../../../src/core/completion/blockTruncation';
import type { BlockParser } from '../../../src/core/completion/blockTruncation';
import { atCursor, blockParser } from './completionTestSupport';

/** Feeds `completion` as it streams (judged at each line end) and returns what is kept. */
function streamCut(doc: string, completion: string, parse?: BlockParser): { kept: string; early: boolean } {
  const { prefix, suffix } = atCursor(doc);
  const scope = { prefix, suffix };
  for (let i = completion.indexOf('\n'); i !== -1; i = completion.indexOf('\n', i + 1)) {
    const cut = findBlockEnd(scope, completion.slice(0, i + 1), false, parse);
    if (cut !== undefined) return { kept: completion.slice(0, cut), early: true };
  }
  const cut = findBlockEnd(scope, completion, true, parse);
  return { kept: cut === undefined ? completion : completion.slice(0, cut), early: false };
}

test('TypeScript: an empty function body is filled, and the completion stops before closing it', async () => {
  const doc = [
    'export function parseHeader(line: string): [string, string] | undefined {',
    '  █',
    '}',
    '',
    'export function parseHeaders(text: string): Map<string, string> {',
    '  return new Map();',
    '}',
    '',
  ].join('\n');
  const body = [
    "const colon = line.indexOf(':');",
    '  if (colon === -1) {',
    '    return undefined;',
    '  }',
    '  return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];',
  ].join('\n');
  const completion = `${body}\n}\n\nexport function parseCookie(header: string) {\n  return header;\n}\n`;
  const cut = streamCut(doc, completion, await blockParser('typescript'));
  assert.equal(cut.kept, body);
  assert.ok(cut.early, 'stopped while streaming, not at the end');
});

test('TypeScript: a block opened on the cursor line ends at its own closing brace', async () => {
  const doc = [
    'async function fetchWithRetry(url: string, attempts = 3): Promise<Response> {',
    '  let lastError: unknown;',
    '  for (let i = 0; i < attempts; i++) {█',
    '  throw lastError;',
    '}',
  ].join('\n');
  const loop = [
    '',
    '    try {',
    '      return await fetch(url);',
    '    } catch (error) {',
    '      lastError = error;',
    '    }',
    '  }',
  ].join('\n');
  const cut = streamCut(doc, `${loop}\n  throw lastError;\n}\n`, await blockParser('typescript'));
  assert.equal(cut.kept, loop);
  assert.ok(cut.early);
});

test('TypeScript: a single statement completion on a blank line is not cut', async () => {
  const doc = 'class Queue<T> {\n  private items: T[] = [];\n  size(): number {\n    █\n  }\n}\n';
  const cut = streamCut(doc, 'return this.items.length;', await blockParser('typescript'));
  assert.equal(cut.kept, 'return this.items.length;');
});

test('Python: a def line opens a body that ends at the next dedented line', async () => {
  const doc = 'import os\n\n\ndef total_size(paths):█\n\n\ndef main():\n    pass\n';
  const body = '\n    total = 0\n    for path in paths:\n        if os.path.isfile(path):\n            total += os.path.getsize(path)\n    return total';
  const cut = streamCut(doc, `${body}\n\n\ndef largest(paths):\n    return max(paths, key=os.path.getsize)\n`, await blockParser('python'));
  assert.equal(cut.kept, body);
  assert.ok(cut.early);
});

test('Python: an empty method body stops where the model starts the next method', async () => {
  const doc = [
    'class LRUCache:',
    '    def __init__(self, capacity):',
    '        self.capacity = capacity',
    '        self.data = OrderedDict()',
    '',
    '    def get(self, key):',
    '        █',
    '',
    '    def put(self, key, value):',
    '        self.data[key] = value',
    '',
  ].join('\n');
  const body = 'if key not in self.data:\n            return None\n        self.data.move_to_end(key)\n        return self.data[key]';
  const cut = streamCut(doc, `${body}\n\n    def put(self, key, value):\n        pass\n`, await blockParser('python'));
  assert.equal(cut.kept, body);
});

test('Python: a body still being written is not cut at the end of its last statement', async () => {
  const doc = 'def mean(values):█\n';
  const parse = await blockParser('python');
  const { prefix, suffix } = atCursor(doc);
  // `return total / n` could be followed by more body lines: no verdict until a dedented line comes.
  assert.equal(findBlockEnd({ prefix, suffix }, '\n    n = len(values)\n    return sum(values) / n\n', false, parse), undefined);
});

test('Go: a handler body stops before the closing brace the suffix has', async () => {
  const doc = [
    'package server',
    '',
    'func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {',
    '\t█',
    '}',
    '',
  ].join('\n');
  const body = [
    'w.Header().Set("Content-Type", "application/json")',
    '\tif err := json.NewEncoder(w).Encode(s.status()); err != nil {',
    '\t\thttp.Error(w, err.Error(), http.StatusInternalServerError)',
    '\t}',
  ].join('\n');
  const cut = streamCut(doc, `${body}\n}\n\nfunc (s *Server) handleReady(w http.ResponseWriter, r *http.Request) {\n`, await blockParser('go'));
  assert.equal(cut.kept, body);
  assert.ok(cut.early);
});

test('Rust: a method opened on the cursor line ends at its closing brace', async () => {
  const doc = 'pub struct Stack<T> {\n    items: Vec<T>,\n}\n\nimpl<T> Stack<T> {\n    pub fn push(&mut self, value: T) {█\n}\n';
  const method = '\n        self.items.push(value);\n    }';
  const cut = streamCut(doc, `${method}\n\n    pub fn pop(&mut self) -> Option<T> {\n        self.items.pop()\n    }\n`, await blockParser('rust'));
  assert.equal(cut.kept, method);
  assert.ok(cut.early);
});

test('Rust: a match arm list inside an empty fn body', async () => {
  const doc = 'fn describe(n: i32) -> &\'static str {\n    █\n}\n\nfn main() {}\n';
  const body = 'match n {\n        0 => "zero",\n        n if n < 0 => "negative",\n        _ => "positive",\n    }';
  const cut = streamCut(doc, `${body}\n}\n\nfn other() {}\n`, await blockParser('rust'));
  assert.equal(cut.kept, body);
});

test('indentation fallback (no grammar): a Ruby-like block stops at the dedent', () => {
  const doc = 'class Greeter\n  def greet(name)\n    █\n  end\nend\n';
  const cut = streamCut(doc, 'message = "Hello, #{name}"\n    puts message\n  end\n\n  def other\n');
  assert.equal(cut.kept, 'message = "Hello, #{name}"\n    puts message');
});

test('indentation fallback: a block opened on the cursor line keeps its closer unless the suffix has it', () => {
  const scope = atCursor('function f(xs) {\n  for (const x of xs) {█\n}\n');
  const completion = '\n    console.log(x);\n  }\n  return xs;\n';
  const cut = indentationBlockEnd(scope, completion);
  assert.equal(completion.slice(0, cut), '\n    console.log(x);\n  }');
  const closed = atCursor('function f(xs) {\n  for (const x of xs) {█\n  }\n}\n');
  assert.equal(completion.slice(0, indentationBlockEnd(closed, completion)), '\n    console.log(x);\n');
});

test('indentation fallback: Python-style else continues the statement', () => {
  const scope = atCursor('if ready:█\n');
  const completion = '\n    start()\nelse:\n    wait()\nprint("done")\n';
  assert.equal(completion.slice(0, indentationBlockEnd(scope, completion)), '\n    start()\nelse:\n    wait()\n');
});

test('Go: a for loop opened on the cursor line ends at its brace (statements sit in a statement_list)', async () => {
  const doc = 'func main() {\n\tfor i := 0; i < 3; i++ {█\n}\n';
  const loop = '\n\t\tfmt.Println(i)\n\t}';
  const cut = streamCut(doc, `${loop}\n\tfmt.Println("done")\n}\n`, await blockParser('go'));
  assert.equal(cut.kept, loop);
  assert.ok(cut.early);
});
