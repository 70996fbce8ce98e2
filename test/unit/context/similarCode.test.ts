import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { analyzeFile } from '../../../src/core/context/fileAnalysis';
import { continued, jaccard, mostAlikeChunks, recencyWeightedTerms, similarCodeCandidates } from '../../../src/core/context/similarCode';
import { splitIdentifier, tokenCounts } from '../../../src/core/context/identifierTokens';
import { MAX_CHUNK_LINES } from '../../../src/core/context/codeChunks';

let syntax: SyntaxService;
before(async () => {
  // Generous parse budget: the test machine is shared and may be slow.
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
  await syntax.loadLanguage('python');
});
after(() => syntax.dispose());

const inventoryPy = `import json


class Inventory:
    def __init__(self):
        self.items = {}

    def add_item(self, sku, quantity):
        self.items[sku] = self.items.get(sku, 0) + quantity

    def remove_item(self, sku, quantity):
        if self.items.get(sku, 0) < quantity:
            raise ValueError("not enough stock")
        self.items[sku] -= quantity


def load_inventory(path):
    with open(path) as handle:
        data = json.load(handle)
    inventory = Inventory()
    for sku, quantity in data.items():
        inventory.add_item(sku, quantity)
    return inventory


def render_report(inventory):
    lines = [f"{sku}: {qty}" for sku, qty in sorted(inventory.items.items())]
    return "\\n".join(lines)
`;

function analyze(path: string, languageId: string, text: string) {
  const tree = syntax.parseSync(languageId, text);
  try {
    return analyzeFile(syntax, path, languageId, text, tree);
  } finally {
    tree?.delete();
  }
}

test('identifiers split on camelCase and snake_case', () => {
  assert.deepEqual(splitIdentifier('parseHTTPResponse'), ['parse', 'http', 'response']);
  assert.deepEqual(splitIdentifier('load_inventory_v2'), ['load', 'inventory', 'v', '2']);
  const counts = tokenCounts('def addItem(self, item_count): return self.addItem');
  assert.equal(counts.get('add'), 2);
  assert.equal(counts.get('additem'), 2);
  assert.equal(counts.has('self'), false); // stop word
});

test('chunks follow definitions: whole functions, never cut mid-function', () => {
  const file = analyze('inventory.py', 'python', inventoryPy);
  const chunks = file.chunks();
  for (const chunk of chunks) assert.ok(chunk.endLine - chunk.startLine < MAX_CHUNK_LINES);
  const loader = chunks.find((c) => c.text.includes('def load_inventory'));
  assert.ok(loader?.text.includes('return inventory'), 'load_inventory stays in one chunk');
});

test('BM25 ranks the chunk sharing the rarest identifiers first', () => {
  const file = analyze('inventory.py', 'python', inventoryPy);
  const [best] = similarCodeCandidates('def restock(inventory, sku, quantity):\n    inventory.remove_item(sku', [file]);
  assert.equal(best.source, 'similarCode');
  assert.match(best.text, /self\.items\[sku\]/);
});

test('an unsupported language falls back to text windows', () => {
  const lua = Array.from({ length: 60 }, (_, i) => `local function step${i}(state) return state.counter + ${i} end`).join('\n');
  const file = analyzeFile(syntax, 'steps.lua', 'lua', lua, undefined);
  assert.equal(file.parsed, false);
  assert.equal(file.chunks().length, Math.ceil(60 / MAX_CHUNK_LINES));
  const [best] = similarCodeCandidates('step42(state)', [file]);
  assert.match(best.text, /step42/);
});

test('query terms weigh less the farther their line is from the cursor', () => {
  const terms = recencyWeightedTerms('old_name = compute()\nmiddle()\nmiddle()\nrecent_name.flush()', 3);
  assert.equal(terms.get('recent'), 1);
  assert.ok(Math.abs(terms.get('old')! - 0.5) < 1e-9, 'three lines back: half');
  assert.ok(terms.get('middle')! < 1 && terms.get('middle')! > terms.get('old')!);
  // Nearer code wins between two chunks sharing one term each.
  const file = analyzeFile(syntax, 'x.txt', 'plaintext', 'def old_helper(): pass\n\n' + '\n'.repeat(20) + 'def recent_helper(): pass\n', undefined);
  const [best] = similarCodeCandidates('old_value = 1\nx = 2\ny = 3\nrecent_value = 4', [file]);
  assert.match(best.text, /recent_helper/);
});

test('a similar chunk is cut to its line aligned with the cursor\'s last and the ones after it', () => {
  const body = Array.from({ length: 12 }, (_, i) => `    step_${i} = run_step(${i}, config)`).join('\n');
  const text = `def pipeline(config):\n${body}\n    return finish(config)\n`;
  const file = analyze('pipeline.py', 'python', text);
  const [best] = similarCodeCandidates('def other(config):\n    log_start(config)\n    write_report(config, path)\n    step_5 = run_step(5, config)', [file]);
  const lines = text.split('\n');
  const aligned = lines.indexOf('    step_5 = run_step(5, config)');
  assert.equal(best.startLine, aligned, `${best.reason}: the lines above, like the prompt's own last ones, are left out`);
  assert.equal(best.endLine, aligned + 6);
  assert.equal(best.text, lines.slice(aligned, aligned + 7).join('\n'), 'the text is exactly the file lines of its range');
  assert.equal(best.copyLine, 1, 'the line after the aligned one is the one a model would copy');
});

test('the line a model would copy from a similar chunk is the first code line after its aligned line, none where nothing lines up', () => {
  const text = 'def handler(request):\n    check(request)\n\n    # then answer\n    return answer(request)\n';
  const file = analyze('handler.py', 'python', text);
  const [aligned] = similarCodeCandidates('def other(request):\n    check(request)', [file]);
  assert.equal(aligned.text.split('\n')[0].trim(), 'check(request)');
  assert.equal(aligned.text.split('\n')[aligned.copyLine ?? -1].trim(), '# then answer', 'the blank line is skipped, the next line is taken as written');
  const unaligned = similarCodeCandidates('request', [file]).find((c) => c.reason?.startsWith('aligned 0.00'));
  assert.equal(unaligned?.copyLine, undefined);
});

test('Jaccard counts keywords too: code of the same shape is most alike', () => {
  assert.equal(jaccard(new Set(['a', 'b']), new Set(['b', 'c'])), 1 / 3);
  assert.equal(jaccard(new Set(), new Set()), 0);
  const file = analyze('handlers.py', 'python', `def rare_helper(widget_registry):
    widget_registry.clear()


def recovery_handler(router):
    if router is None:
        return None
    return lambda request: router.handle(request)
`);
  const chunks = file.chunkIndex().chunks;
  // The query shares the rare name with the first chunk, but its keywords and shape with the second.
  const alike = mostAlikeChunks('def logger_handler(router):\n    if router is None:\n        return widget_registry', chunks, 2);
  assert.match(alike[0].text, /def recovery_handler/);
  assert.deepEqual(mostAlikeChunks('unrelated_name', chunks, 2), [], 'no shared name, no chunk');
});

test('the chunks most alike come most alike first, the first of equals first, no more than asked', () => {
  const { file } = handlersAndTest();
  const chunks = file.chunkIndex().chunks;
  const query = 'def test_logger(client):\n    router = make_router()\n    response = perform_request(router)';
  const alike = mostAlikeChunks(query, chunks, 3);
  assert.match(alike[0].text, /def test_recovery/);
  // The handlers share only `def` with the query, equally: the first two of them in the file's order.
  assert.deepEqual(alike.slice(1).map((c) => c.startLine), chunks.filter((c) => c.text.includes('def handler_')).slice(0, 2).map((c) => c.startLine));
  assert.deepEqual(mostAlikeChunks(query, chunks, 1), alike.slice(0, 1));
});

/**
 * Six handlers too long to merge (each a chunk of its own), then a test function of another
 * shape, whose lines align less with a handler-like query than the handlers' do.
 */
function handlersAndTest() {
  const handlers = Array.from({ length: 6 }, (_, i) => `def handler_${i}(request):
    payload = request.json()
${Array.from({ length: 10 }, (_, j) => `    record_${i}_${j} = store.save(payload, ${j})`).join('\n')}
    return respond(record_${i}_0)
`).join('\n\n');
  const testCase = `def test_recovery(client):
    router = make_router()
    router.use(recovery())
    response = perform_request(router)
    assert response.status == 500
`;
  const file = analyze('app.py', 'python', `${handlers}\n\n${testCase}`);
  return { testCase, file };
}

test('the chunk most alike by Jaccard takes the third place, whole, besides the aligned chunks', () => {
  const { testCase, file } = handlersAndTest();
  const query = 'def test_logger(client):\n    router = make_router()\n    router.use(logger())\n    payload = request.json()';
  const found = similarCodeCandidates(query, [file]);
  const alike = found.findIndex((c) => c.reason?.startsWith('most alike'));
  assert.equal(alike, 2, found.map((c) => c.reason).join('; '));
  assert.equal(found[alike].text.trimEnd(), testCase.trimEnd(), 'whole, not cut to an aligned line');
  assert.match(found[0].reason!, /^aligned/);
  assert.equal(new Set(found.map((c) => `${c.startLine}`)).size, found.length, 'no chunk twice');
});

test('the second most alike chunk takes the sixth place, whole', () => {
  const { testCase, file } = handlersAndTest();
  // A second test function of the test's shape: the two most alike chunks are the two tests.
  const other = `def test_timeout(client):
    router = make_router()
    router.use(timeout())
    response = perform_request(router)
${Array.from({ length: 8 }, (_, i) => `    assert response.headers["timeout-${i}"] == "${i}"`).join('\n')}
`;
  const twoTests = analyze('app.py', 'python', `${file.lines.text}\n\n${other}`);
  const query = 'def test_logger(client):\n    router = make_router()\n    router.use(logger())\n    payload = request.json()';
  const found = similarCodeCandidates(query, [twoTests]);
  const places = found.map((c, i) => (c.reason?.startsWith('most alike') ? i : -1)).filter((i) => i >= 0);
  assert.deepEqual(places, [2, 5], found.map((c) => c.reason).join('; '));
  // Each whole, then the lines after it (the first test runs on into the second).
  assert.ok(found[places[0]].text.startsWith(testCase.trimEnd()) || found[places[1]].text.startsWith(testCase.trimEnd()), 'the first test whole');
  assert.ok(places.some((i) => found[i].text.trimEnd() === other.trimEnd()), 'the second test whole, the last code of the file');
  assert.equal(new Set(found.map((c) => `${c.startLine}`)).size, found.length, 'no chunk twice');
});

test('the Jaccard place compares the last dozen code lines, not all twenty the query holds', () => {
  const { file } = handlersAndTest();
  // Eight lines far above the cursor are like a handler; the last twelve, like the test.
  const far = Array.from({ length: 8 }, (_, j) => `    record_0_${j} = store.save(payload, ${j})`);
  // The last line is a handler's: the handlers align best, and the test chunk is left to the Jaccard place.
  const near = ['def test_logger(client):', '    router = make_router()', '    router.use(logger())', '    response = perform_request(router)', ...Array.from({ length: 7 }, (_, j) => `    check_${j}(response)`), '    payload = request.json()'];
  const found = similarCodeCandidates([...far, ...near].join('\n'), [file]);
  const alike = found.find((c) => c.reason?.startsWith('most alike'));
  assert.match(alike?.text ?? '', /def test_recovery/, found.map((c) => c.reason).join('; '));
});

test('the Jaccard place runs on into the lines after its chunk, exactly as the file has them, and never into lines not accepted', () => {
  // Two test functions of the same shape, too long to merge: the first's continuation is the second's setup.
  const checks = (name: string) => Array.from({ length: 6 }, (_, i) => `    assert response.headers["${name}-${i}"] == "${i}"`).join('\n');
  const first = `def test_recovery(client):\n    router = make_router()\n    router.use(recovery())\n    response = perform_request(router)\n${checks('recovery')}\n`;
  const second = `def test_logger(client):\n    router = make_router()\n    router.use(logger())\n    response = perform_request(router)\n${checks('logger')}\n`;
  const text = `${first}\n\n${second}`;
  const chunks = analyze('routes.py', 'python', text).chunkIndex().chunks;
  assert.equal(chunks.length, 2, chunks.map((c) => `${c.startLine}-${c.endLine}`).join(' '));
  const { text: shown, endLine } = continued(chunks[0]);
  const lines = text.split('\n');
  // The chunk (the blank lines after the first function with it), then the next function's first 4 lines.
  assert.equal(endLine, chunks[0].endLine + 4);
  assert.equal(shown, lines.slice(0, endLine + 1).join('\n'));
  assert.match(shown, /\n\ndef test_logger\(client\):\n    router = make_router\(\)\n    router\.use\(logger\(\)\)\n    response = perform_request\(router\)$/);
  assert.equal(continued(chunks[0], () => false).text, chunks[0].text, 'a following chunk not accepted is not shown');
  assert.equal(continued(chunks[1]).text, chunks[1].text, 'nothing after the last chunk');
  // Functions too long to take the blank lines between them: those lines are no chunk, and still shown.
  const long = (name: string) => `def test_${name}(client):\n    router = make_router()\n    response = perform_request(router)\n${Array.from({ length: 11 }, (_, i) => `    assert response.headers["${name}-${i}"] == "${i}"`).join('\n')}`;
  const spaced = `${long('recovery')}\n\n\n${long('logger')}\n`;
  const [a, b] = analyze('spaced.py', 'python', spaced).chunkIndex().chunks;
  assert.equal(b.startLine, a.endLine + 3, `a gap of two lines: ${a.startLine}-${a.endLine}, ${b.startLine}-${b.endLine}`);
  assert.equal(continued(a).text, spaced.split('\n').slice(0, a.endLine + 5).join('\n'), 'the two blank lines, then two of the next function');
});
