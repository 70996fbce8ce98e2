// Jaccard of identifier sets over every chunk, from the identifier postings of each file's index:
// the scores a plain comparison of every chunk gives, the directory of workspace files changing
// nothing but the speed, and code of the cursor's shape found where BM25 finds nothing (its
// likeness is in keywords and one-letter type parameters). Real grammars; the engine test reads
// a fixture project from disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rankBm25Indexed } from '../../../src/core/context/bm25';
import type { ChunkIndex } from '../../../src/core/context/bm25';
import { ChunkDirectory } from '../../../src/core/context/chunkDirectory';
import { identifiersIn } from '../../../src/core/context/identifierTokens';
import { namePosition } from '../../../src/core/context/chunkNames';
import { jaccardScores, rankJaccardIndexed } from '../../../src/core/context/jaccardRanking';
import { nameId } from '../../../src/core/context/nameIds';
import { recencyWeightedTerms, similarCodeCandidates } from '../../../src/core/context/similarCode';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { analyzeText } from './analyzeText';
import { DiskWorkspace } from './diskWorkspace';
import { settledContext } from './settledContext';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

const python: Record<string, string> = {
  'app/routes.py': `class Router:
    def __init__(self):
        self.routes = {}

    def add(self, path, handler):
        if path in self.routes:
            raise KeyError(path)
        self.routes[path] = handler

    def find(self, path):
        return self.routes.get(path)
`,
  'app/handlers.py': `def index(request):
    return render(request, "index.html")


def recovery(router):
    if router is None:
        return None
    return lambda request: router.handle(request)
`,
  'app/server.py': `import socket


def serve(router, port):
    sock = socket.socket()
    sock.bind(("", port))
    while True:
        conn, _ = sock.accept()
        router.dispatch(conn)
`,
};

async function pythonIndexes(): Promise<ChunkIndex[]> {
  return Promise.all(Object.entries(python).map(async ([path, text]) => (await analyzeText(syntax, path, 'python', text)).chunkIndex()));
}

test('each file keeps its chunks\' names as ids in typed arrays: exactly the identifier set of each chunk', async () => {
  for (const index of await pythonIndexes()) {
    const { names } = index;
    assert.ok(names.ids.every((id, j) => j === 0 || names.ids[j - 1] < id), 'ids ascending, each once');
    index.chunks.forEach((chunk, i) => {
      const own = new Set(identifiersIn(chunk.text));
      const held = [...names.ids].filter((_, j) => names.chunks.subarray(names.starts[j], names.starts[j + 1]).includes(i));
      assert.deepEqual(held.sort((a, b) => a - b), [...own].map((name) => nameId(name)!).sort((a, b) => a - b), chunk.text);
      assert.equal(names.counts[i], own.size);
    });
    assert.equal(namePosition(names, nameId('Router')!) >= 0, index.chunks[0].path === 'app/routes.py');
  }
});

test('Jaccard from the identifier postings is the plain comparison of every chunk: same chunks, scores and order, with or without a directory', async () => {
  const [routes, handlers, server] = await pythonIndexes();
  const [, handlersAgain] = await pythonIndexes();
  const directory = new ChunkDirectory();
  directory.add('python', handlers);
  directory.add('python', handlersAgain);
  directory.add('python', server);
  // A file listed then removed (the first of two holders of its names: the other stays listed).
  directory.remove('python', handlers);
  // An open copy of routes.py (not listed) and a document whose first chunk may not be proposed.
  const current = { ...routes, accept: (chunk: { startLine: number }) => chunk.startLine > 0 };
  const indexes = [handlersAgain, server, current];
  const plain = (query: ReadonlySet<string>) =>
    indexes
      .flatMap((index) => index.chunks.filter((c) => !index.accept || index.accept(c)))
      .map((chunk) => {
        const names = new Set(identifiersIn(chunk.text));
        const shared = [...query].filter((n) => names.has(n)).length;
        return { chunk, score: shared / (query.size + names.size - shared) };
      })
      .filter((s) => s.score > 0)
      .map((s, order) => ({ ...s, order }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ chunk, score }) => ({ chunk, score }));
  for (const text of ['if router is None:\n    return None', 'self.routes[path] = handler', 'while True:\n    conn, _ = sock.accept()', 'x', 'nothing_shared_here']) {
    const query = new Set(identifiersIn(text));
    const expected = plain(query).slice(0, 4);
    assert.deepEqual(rankJaccardIndexed(query, indexes, 4), expected, text);
    assert.deepEqual(rankJaccardIndexed(query, indexes, 4, directory.nameHoldersFor('python')), expected, `${text} (directory)`);
    // Among a few chunks given apart (in their order: the first of equals wins), as among every chunk.
    const among = [...server.chunks, ...handlersAgain.chunks].reverse();
    const inAmong = plain(query).filter((s) => among.includes(s.chunk));
    const best = inAmong.filter((s) => s.score === inAmong[0]?.score).sort((a, b) => among.indexOf(a.chunk) - among.indexOf(b.chunk))[0];
    assert.deepEqual(jaccardScores(query, indexes, directory.nameHoldersFor('python'), among).bestAmong(), best, `${text} (among)`);
  }
  const first = routes.chunks.find((c) => c.startLine === 0)!;
  assert.ok(!rankJaccardIndexed(new Set(identifiersIn(first.text)), indexes, 10).some((s) => s.chunk === first), 'a chunk not accepted is never returned');
});

/** Thirty operators that share BM25's words with the query (pipe, operators, source) but not its shape. */
const operators = Array.from(
  { length: 30 },
  (_, i) => `export function pipeOperators${i}(source: SourceStream, project: Projection) {
  const operators${i} = createOperators(source, project, ${i});
  return pipeSource(operators${i}, source);
}
`,
).join('\n');

/** Overloads of the cursor's shape: their likeness is in `export`, `function` and one-letter type parameters only. */
const overloads = `export function compose<T, A>(fn1: UnaryFunction<T, A>): UnaryFunction<T, A>;
export function compose<T, A, B>(fn1: UnaryFunction<T, A>, fn2: UnaryFunction<A, B>): UnaryFunction<T, B>;
export function compose<T, A, B, C>(
  fn1: UnaryFunction<T, A>,
  fn2: UnaryFunction<A, B>,
  fn3: UnaryFunction<B, C>
): UnaryFunction<T, C>;
`;

const cursorLines = 'export function pipeOperators<T, A, B, C, D>(\n  op1: OperatorFunction<T, A>,\n  op2: OperatorFunction<A, B>,\n  op3: OperatorFunction<B, C>,\n';

test('code of the cursor\'s shape that BM25 does not rank at all takes the Jaccard place', async () => {
  const files = [await analyzeText(syntax, 'src/operators.ts', 'typescript', operators), await analyzeText(syntax, 'src/compose.ts', 'typescript', overloads)];
  const shaped = files[1].chunkIndex().chunks;
  const bm25 = rankBm25Indexed(recencyWeightedTerms(cursorLines), files.map((f) => f.chunkIndex()), 100);
  assert.ok(bm25.length > 0, 'the operators share its words');
  assert.ok(!bm25.some((s) => shaped.includes(s.chunk)), 'BM25 finds no term of the overloads');
  const found = similarCodeCandidates(cursorLines, files);
  const alike = found.find((c) => c.reason?.startsWith('most alike'));
  assert.equal(alike?.path, 'src/compose.ts', found.map((c) => `${c.path} ${c.reason}`).join('; '));
  assert.match(alike!.text, /fn2: UnaryFunction<A, B>,/);
});

test('the chunk most alike among BM25\'s best takes the third place, the most alike among every chunk the sixth', async () => {
  // BM25 ranks this one by its words (pipe, operators, source); its one-letter names make it the most alike of those.
  const pipes = 'const pipeOperators = (source: SourceStream) => (T: Kind, A: Kind, B: Kind, C: Kind) =>\n  [T, A, B, C].map((operators) => pipeSource(operators, source));\n';
  // Overloads with a fourth type parameter are more like the cursor's (which has D) than those with three.
  const longer = overloads.replace(/compose/g, 'chain').replace('fn3: UnaryFunction<B, C>\n', 'fn3: UnaryFunction<B, C>,\n  fn4: UnaryFunction<C, D>\n').replace('UnaryFunction<T, C>;', 'UnaryFunction<T, D>;').replace('<T, A, B, C>(\n', '<T, A, B, C, D>(\n');
  const files = [
    await analyzeText(syntax, 'src/operators.ts', 'typescript', operators),
    await analyzeText(syntax, 'src/pipes.ts', 'typescript', pipes),
    await analyzeText(syntax, 'src/compose.ts', 'typescript', overloads),
    await analyzeText(syntax, 'src/chain.ts', 'typescript', longer),
  ];
  const bm25 = rankBm25Indexed(recencyWeightedTerms(cursorLines), files.map((f) => f.chunkIndex()), 48);
  assert.ok(bm25.some((s) => s.chunk.path === 'src/pipes.ts') && !bm25.some((s) => s.chunk.path === 'src/chain.ts'));
  const found = similarCodeCandidates(cursorLines, files);
  const places = found.map((c, i) => [i, c] as const).filter(([, c]) => c.reason?.startsWith('most alike'));
  assert.deepEqual(places.map(([i, c]) => [i, c.path]), [[2, 'src/pipes.ts'], [5, 'src/chain.ts']], found.map((c) => `${c.path} ${c.reason}`).join('; '));
});

test('engine, project on disk: the Jaccard place comes from a workspace file that is not open', async () => {
  const ws = new DiskWorkspace({
    'src/operators.ts': operators,
    'src/util/compose.ts': overloads,
    'src/pipeline.ts': `import { OperatorFunction } from './types';\n\n${cursorLines}<|>`,
    'src/types.ts': 'export type OperatorFunction<T, R> = (source: T) => R;\n',
  });
  try {
    const result = await settledContext(ws, syntax, ws.openAtCursor('src/pipeline.ts'), 1024);
    const alike = result.debug.candidates.find((c) => c.source === 'similarCode' && c.reason?.startsWith('most alike'));
    assert.equal(alike?.path, 'src/util/compose.ts', result.debug.candidates.map((c) => `${c.source} ${c.path} ${c.reason}`).join('\n'));
  } finally {
    ws.dispose();
  }
});
