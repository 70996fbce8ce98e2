// The index's chunks per language: a definition that fits is one chunk named with its enclosing
// names and carrying its signature; a long class splits at its members, a long function into
// windows that keep the signature; loose code between definitions is grouped; Markdown goes by
// headings; unparsed text by line windows.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { analyzeFile } from '../../../src/core/context/fileAnalysis';
import { chunkFileForIndex, MAX_INDEX_CHUNK_LINES, type IndexChunk } from '../../../src/core/index/indexChunks';
import { languageIdForFile } from '../../../src/core/syntax/languages';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create();
});
after(() => syntax.dispose());

async function chunks(path: string, text: string): Promise<IndexChunk[]> {
  const languageId = languageIdForFile(path, text);
  const tree = await syntax.parse(languageId, text, { timeoutMs: 10_000 });
  try {
    return chunkFileForIndex(path, analyzeFile(syntax, path, languageId, text, tree));
  } finally {
    tree?.delete();
  }
}

const find = (list: readonly IndexChunk[], scope: string) => list.find((c) => c.scope === scope);

describe('index chunks', () => {
  it('Python: a method is its own chunk inside a long class, named Class.method with its signature', async () => {
    const body = Array.from({ length: 40 }, (_, i) => `        total += ${i}`).join('\n');
    const text = ['import os', '', 'class Queue:', '    def put(self, item, block=True):', body, '        return total', '', '    def get(self):', body, '        return total', ''].join('\n');
    const list = await chunks('pkg/queue.py', text);
    const put = find(list, 'Queue.put');
    assert.ok(put, JSON.stringify(list.map((c) => c.scope)));
    assert.equal(put.kind, 'definition');
    assert.equal(put.startLine, 3);
    assert.match(put.header, /def put\(self, item, block=True\)/);
    assert.deepEqual(put.names, ['Queue', 'put']);
    assert.ok(find(list, 'Queue.get'));
    assert.ok(list.some((c) => c.kind === 'code' && c.startLine === 0), 'the import is loose code');
  });

  it('TypeScript: a small class stays whole and names its members', async () => {
    const text = 'export class Ledger {\n  addEntry(a: number): void {}\n  balance(): number { return 0; }\n}\n';
    const list = await chunks('src/ledger.ts', text);
    assert.equal(list.length, 1);
    assert.equal(list[0].kind, 'definition');
    assert.deepEqual(list[0].names, ['Ledger', 'addEntry', 'balance']);
  });

  it('Go, Rust and Java: one chunk per function, the signature as header', async () => {
    const go = await chunks('srv/router.go', 'package srv\n\nfunc (r *Router) Handle(path string, h Handler) {\n\tr.routes[path] = h\n}\n');
    assert.match(find(go, 'Handle')?.header ?? JSON.stringify(go), /func \(r \*Router\) Handle\(path string, h Handler\)/);
    const rust = await chunks('src/lib.rs', 'pub fn parse_header(line: &str) -> Option<Header> {\n    None\n}\n');
    assert.equal(find(rust, 'parse_header')?.kind, 'definition');
    const java = await chunks('src/Pool.java', 'public class Pool {\n  public Conn acquire(long timeoutMs) {\n    return null;\n  }\n}\n');
    assert.deepEqual(java[0].names, ['Pool', 'acquire']);
  });

  it('a function longer than a chunk is split into windows that keep its signature', async () => {
    const body = Array.from({ length: 150 }, (_, i) => `  x${i} = ${i}`).join('\n');
    const list = await chunks('big.py', `def migrate(db, version):\n${body}\n`);
    assert.ok(list.length >= 3);
    assert.ok(list.every((c) => c.kind === 'part' && c.scope === 'migrate' && /def migrate\(db, version\)/.test(c.header)));
    assert.ok(list.every((c) => c.endLine - c.startLine + 1 <= MAX_INDEX_CHUNK_LINES));
  });

  it('Markdown by headings; plain text by line windows; blank windows dropped', async () => {
    const md = await chunks('docs/guide.md', '# Deploying\n\nRun deploy.\n\n## Rollback\n\nRun rollback.\n');
    assert.deepEqual(md.map((c) => [c.startLine, c.header]), [[0, 'Deploying'], [4, 'Rollback']]);
    const txt = await chunks('server.log', Array.from({ length: 100 }, (_, i) => (i >= 40 && i < 80 ? '' : `line ${i}`)).join('\n'));
    assert.deepEqual(txt.map((c) => c.startLine), [0, 80]);
  });
});
