import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rankBm25Indexed } from '../../../src/core/context/bm25';
import type { ChunkIndex } from '../../../src/core/context/bm25';
import { ChunkDirectory } from '../../../src/core/context/chunkDirectory';
import { analyzeFile } from '../../../src/core/context/fileAnalysis';
import { recencyWeightedTerms } from '../../../src/core/context/similarCode';
import { WorkspaceSymbols } from '../../../src/core/context/workspaceSymbols';
import { silentLogger } from '../../../src/core/logger';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { FixtureWorkspace } from './fixtureWorkspace';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create();
});
after(() => syntax.dispose());

const files: Record<string, string> = {
  'billing/ledger.py': 'class Ledger:\n    def post(self, entry):\n        self.entries.append(entry)\n        return entry.amount\n',
  'billing/invoice.py': 'def total(invoice):\n    return sum(line.amount for line in invoice.lines)\n\ndef post_invoice(ledger, invoice):\n    ledger.post(invoice)\n',
  'billing/tax.py': 'RATE = 0.2\n\ndef tax(amount):\n    return amount * RATE\n',
  'web/cart.ts': 'export function cartTotal(lines: Line[]) {\n  return lines.reduce((sum, line) => sum + line.amount, 0);\n}\n',
};

function indexOf(path: string, text = files[path]): ChunkIndex {
  return analyzeFile(undefined, path, 'plaintext', text, undefined).chunkIndex();
}

test('BM25 over a directory of files gives what asking every file gives: same chunks, same scores, same order', () => {
  const listed = ['billing/ledger.py', 'billing/invoice.py', 'billing/tax.py'].map((path) => indexOf(path));
  const directory = new ChunkDirectory();
  for (const index of listed) directory.add('python', index);
  // An open file (not listed), the listed files but one (the open copy of it is searched instead), and the
  // current document with a chunk it may not propose.
  const open = indexOf('billing/invoice.py', files['billing/invoice.py'] + '\ndef refund(ledger, amount):\n    ledger.post(-amount)\n');
  const current = { ...indexOf('billing/tax.py', 'def net(amount):\n    return amount - tax(amount)\n'), accept: () => false };
  const indexes = [open, listed[0], listed[2], current];
  for (const query of ['ledger.post(entry)', 'return amount * RATE', 'invoice lines amount', 'nothing shared here']) {
    const terms = recencyWeightedTerms(query);
    const plain = rankBm25Indexed(terms, indexes, 5);
    const fast = rankBm25Indexed(terms, indexes, 5, directory.holdersFor('python'));
    assert.deepEqual(fast.map((f) => [f.chunk, f.score]), plain.map((f) => [f.chunk, f.score]), query);
  }
  // The listed file that was not passed is never returned, though it holds the terms.
  const found = rankBm25Indexed(recencyWeightedTerms('sum line amount invoice lines'), indexes, 10, directory.holdersFor('python'));
  assert.ok(found.length > 0 && found.every((f) => f.chunk.path !== 'billing/invoice.py' || open.chunks.includes(f.chunk)));
});

test('a directory lists a file under its language family only, and forgets it when removed', () => {
  const directory = new ChunkDirectory();
  const python = indexOf('billing/ledger.py');
  const typescript = indexOf('web/cart.ts');
  directory.add('python', python);
  directory.add('typescript', typescript);
  assert.deepEqual([...directory.holdersFor('python').holders('ledger')].map(([index]) => index), [python]);
  assert.deepEqual([...directory.holdersFor('javascript').holders('amount')].map(([index]) => index), [typescript], 'JavaScript is in TypeScript\'s family');
  assert.equal(directory.holdersFor('python').covers(typescript), false);
  directory.remove('python', python);
  assert.deepEqual([...directory.holdersFor('python').holders('ledger')].map(([index]) => index), []);
  assert.equal(directory.holdersFor('python').covers(python), false);
});

test('the workspace symbol table keeps its directory current on change and delete', async () => {
  const workspace = new FixtureWorkspace({ ...files });
  const symbols = new WorkspaceSymbols(workspace, syntax, () => false, silentLogger);
  symbols.indexAll();
  await symbols.idle();
  const holders = (term: string) => [...symbols.termHolders('python').holders(term)].map(([index]) => index.chunks[0]?.path);
  assert.deepEqual(holders('ledger').sort(), ['billing/invoice.py', 'billing/ledger.py']);
  // Saved with new content: the old terms leave, the new ones come, and only the new index is listed.
  workspace.files['billing/tax.py'] = 'VAT = 0.2\n\ndef vat(amount):\n    return amount * VAT\n';
  symbols.update('billing/tax.py');
  await symbols.idle();
  assert.deepEqual(holders('rate'), []);
  assert.deepEqual(holders('vat'), ['billing/tax.py']);
  const [[, current]] = [...symbols.chunkIndexes('python')].filter(([path]) => path === 'billing/tax.py');
  assert.ok(symbols.termHolders('python').covers(current));
  symbols.remove('billing/ledger.py');
  assert.deepEqual(holders('ledger'), ['billing/invoice.py']);
  symbols.dispose();
});
