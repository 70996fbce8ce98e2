import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Tree } from 'web-tree-sitter';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import type { ParseOptions } from '../../../src/core/syntax/syntaxService';
import { DocumentTreeCache } from '../../../src/core/syntax/documentTreeCache';
import type { TreeParser } from '../../../src/core/syntax/documentTreeCache';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
  await syntax.loadLanguage('python');
});
after(() => syntax.dispose());

// A large real file: parsed in many slices of a few milliseconds each.
const big = Array.from({ length: 12 }, () => readFileSync(`${__dirname}/../../../src/core/syntax/documentTreeCache.ts`, 'utf8'))
  .join('\n')
  .replace(/^/gm, '# ')
  .concat('\n', readFileSync(`${__dirname}/../../../bench/context/README.md`, 'utf8').replace(/^/gm, '# '))
  .concat('\ndef tail(x):\n    return x + 1\n');

/**
 * The real parser, except that a first parse of a text over `limit` chars gives up as if out of
 * time, and so does every incremental one while `busy` is set; while `failing` is set a parse in
 * slices ends as one whose parser threw. Counts the parses of each kind.
 */
type CountingParser = TreeParser & {
  firstParses: number;
  incrementalParses: number;
  background: number;
  incrementalBackground: number;
  failed: number;
  busy: boolean;
  failing: boolean;
};

function requestBudget(limit: number): CountingParser {
  return {
    firstParses: 0,
    incrementalParses: 0,
    background: 0,
    incrementalBackground: 0,
    failed: 0,
    busy: false,
    failing: false,
    defaultTimeoutMs: syntax.defaultTimeoutMs,
    parseSync(languageId: string, text: string, options?: ParseOptions): Tree | undefined {
      if (options?.oldTree) this.incrementalParses++;
      else this.firstParses++;
      if (options?.oldTree ? this.busy : text.length > limit) return undefined;
      return syntax.parseSync(languageId, text, options);
    },
    parseInBackground(languageId: string, text: string, done: (tree: Tree | undefined) => void, oldTree?: Tree) {
      this.background++;
      if (oldTree) this.incrementalBackground++;
      const failing = this.failing;
      return syntax.parseInBackground(languageId, text, (tree) => {
        if (!failing) return done(tree);
        tree?.delete();
        this.failed++;
        done(undefined);
      }, oldTree);
    },
  };
}

async function treeOf(cache: DocumentTreeCache, uri: string, version: number): Promise<Tree | undefined> {
  for (let i = 0; i < 2_000 && !cache.peek(uri, version); i++) await new Promise((r) => setTimeout(r, 5));
  return cache.peek(uri, version);
}

function fresh(text: string): string {
  const tree = syntax.parseSync('python', text);
  assert.ok(tree);
  const shape = tree.rootNode.toString();
  tree.delete();
  return shape;
}

test('a document too long to parse within a request gets its tree from a parse in slices, and is not parsed again meanwhile', async () => {
  const parser = requestBudget(1_000);
  const cache = new DocumentTreeCache(parser, 8);
  assert.equal(cache.update('file:///big.py', 'python', 1, big), undefined);
  // Later requests while it parses do not try the long parse again.
  assert.equal(cache.update('file:///big.py', 'python', 1, big), undefined);
  const tree = await treeOf(cache, 'file:///big.py', 1);
  assert.equal(tree?.rootNode.toString(), fresh(big));
  assert.equal(tree?.rootNode.hasError, false);
  assert.deepEqual([parser.firstParses, parser.background], [1, 1]);
  // From then on edits reparse incrementally: no first parse, no background parse.
  const v2 = big.replace('return x + 1', 'return x + 2');
  assert.equal(cache.update('file:///big.py', 'python', 2, v2)?.rootNode.toString(), fresh(v2));
  assert.deepEqual([parser.firstParses, parser.background], [1, 1]);
  cache.dispose();
});

test('edits made while the sliced parse runs are brought in when it ends', async () => {
  const parser = requestBudget(1_000);
  const cache = new DocumentTreeCache(parser, 8);
  assert.equal(cache.update('file:///typing.py', 'python', 1, big), undefined);
  const v2 = `${big}def more(y):\n    return tail(y)\n`;
  const v3 = v2.replace('def tail(x)', 'def tail(x, scale=1)');
  assert.equal(cache.update('file:///typing.py', 'python', 2, v2), undefined);
  assert.equal(cache.update('file:///typing.py', 'python', 3, v3), undefined);
  const tree = await treeOf(cache, 'file:///typing.py', 3);
  assert.equal(tree?.rootNode.toString(), fresh(v3));
  // Brought forward by an incremental parse in slices too, not by one on the timer's turn.
  assert.deepEqual([parser.background, parser.incrementalBackground, parser.incrementalParses], [2, 1, 0]);
  cache.dispose();
});

test('an incremental reparse out of time is not followed by a full parse in the same request: the tree comes from slices', async () => {
  const parser = requestBudget(Infinity);
  const cache = new DocumentTreeCache(parser, 8);
  assert.ok(cache.update('file:///busy.py', 'python', 1, big));
  parser.busy = true;
  const v2 = big.replace('return x + 1', 'return x - 1');
  assert.equal(cache.update('file:///busy.py', 'python', 2, v2), undefined);
  // It goes on incrementally, from the edited tree.
  assert.deepEqual([parser.firstParses, parser.background, parser.incrementalBackground], [1, 1, 1]);
  const tree = await treeOf(cache, 'file:///busy.py', 2);
  assert.equal(tree?.rootNode.toString(), fresh(v2));
  cache.dispose();
});

test('closing a document stops its sliced parse', async () => {
  const parser = requestBudget(1_000);
  const cache = new DocumentTreeCache(parser, 8);
  cache.update('file:///closed.py', 'python', 1, big);
  cache.delete('file:///closed.py');
  // Reopened at once: a new parse, not the old one's tree.
  const v2 = big.replace('def tail', 'def tail2');
  cache.update('file:///closed.py', 'python', 2, v2);
  const tree = await treeOf(cache, 'file:///closed.py', 2);
  assert.equal(tree?.rootNode.toString(), fresh(v2));
  assert.equal(cache.peek('file:///closed.py', 1), undefined);
  assert.equal(parser.background, 2);
  cache.dispose();
});

test('after a parse in slices fails, the document is not parsed again until a back-off that doubles has passed', async () => {
  const parser = requestBudget(1_000);
  parser.failing = true;
  let now = 0;
  const cache = new DocumentTreeCache(parser, 8, () => now);
  const uri = 'file:///failing.py';
  let version = 1;
  const edit = () => cache.update(uri, 'python', version, big.replace('return x + 1', `return x + ${version++}`));
  const failures = async (n: number) => {
    for (let i = 0; i < 2_000 && parser.failed < n; i++) await new Promise((r) => setTimeout(r, 5));
    assert.equal(parser.failed, n);
  };
  assert.equal(edit(), undefined);
  await failures(1);
  const tries = () => [parser.firstParses, parser.background];
  assert.deepEqual(tries(), [1, 1]);
  now += 999;
  assert.equal(edit(), undefined);
  assert.deepEqual(tries(), [1, 1], 'no parse within the first second');
  now += 1;
  edit();
  assert.deepEqual(tries(), [2, 2], 'tried again once the second passed');
  await failures(2);
  now += 1_999;
  edit();
  assert.deepEqual(tries(), [2, 2], 'the second back-off is twice as long');
  now += 1;
  parser.failing = false;
  edit();
  assert.deepEqual(tries(), [3, 3]);
  const tree = await treeOf(cache, uri, version - 1);
  assert.equal(tree?.rootNode.hasError, false);
  // Parsed again: edits reparse incrementally within the request, with no back-off left.
  assert.ok(edit());
  assert.deepEqual(tries(), [3, 3]);
  cache.dispose();
});
