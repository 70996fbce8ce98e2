// The workspace index as a context source, through the real context engine: a completion gets
// the definitions of names used before the cursor that the file neither defines nor imports,
// only within the request's work budget (an answer that comes late serves the next keystroke);
// a chat question gets the index's hybrid search.
import { strict as assert } from 'node:assert';
import { after, before, it } from 'node:test';
import { ContextEngine } from '../../../src/core/context/contextEngine';
import { INDEX_RETRIEVER, workspaceIndexRetriever, type IndexQueries } from '../../../src/core/index/indexRetriever';
import type { SymbolHit } from '../../../src/core/index/indexRows';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { FixtureWorkspace } from '../context/fixtureWorkspace';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

const auditDef: SymbolHit = { name: 'auditTrail', kind: 'function', startLine: 4, endLine: 4, text: 'export function auditTrail(ledger: Ledger): string[]', path: 'lib/audit.ts', score: 1 };

/** The index's answers, from a table; `delayMs` makes its lookups slow. */
function tableIndex(delayMs = 0) {
  const asked: string[][] = [];
  const answers: Promise<unknown>[] = [];
  const index: IndexQueries & { asked: string[][]; answered(): Promise<void> } = {
    ready: true,
    generation: 1,
    asked,
    /** Resolves once a lookup was sent and answered (the retriever has cached the answer by then). */
    async answered() {
      while (answers.length === 0) await new Promise((resolve) => setImmediate(resolve));
      await Promise.all(answers);
    },
    definitions(names) {
      asked.push([...names]);
      const answer = new Promise<SymbolHit[]>((resolve) => setTimeout(() => resolve(names.includes('auditTrail') ? [auditDef] : []), delayMs));
      answers.push(answer);
      return answer;
    },
    async search(query) {
      return query.includes('audit') ? [{ path: 'lib/audit.ts', startLine: 0, endLine: 6, scope: 'auditTrail', header: '', score: 1, via: { term: 1, symbol: 2 }, text: 'export function auditTrail(ledger: Ledger): string[] {\n  return [];\n}' }] : [];
    },
  };
  return index;
}

const files = {
  'src/bank.ts': "import { Ledger } from './ledger';\nexport function pay(ledger: Ledger) {\n  const trail = auditTrail(ledger);\n  trail.<|>\n}\n",
  'src/ledger.ts': 'export class Ledger {}\n',
};

function engineWith(index: IndexQueries, units: number) {
  const ws = new FixtureWorkspace({ ...files }); // it keeps the text without the cursor marker
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units }, indexWorkspace: false });
  engine.register(workspaceIndexRetriever(index));
  return { engine, doc: ws.openFile('src/bank.ts') };
}

it('a completion gets the definition of a name neither defined nor imported here (looked up by the keystroke before)', async () => {
  const index = tableIndex();
  const { engine, doc } = engineWith(index, Infinity);
  await engine.warm([doc]);
  const first = await engine.gather({ document: doc, budgetTokens: 800 });
  assert.ok(!first.snippets.some((s) => s.source === INDEX_RETRIEVER), 'the lookup is never waited for, however fast');
  await index.answered();
  const result = await engine.gather({ document: doc, budgetTokens: 800 });
  assert.ok(index.asked.flat().includes('auditTrail'));
  assert.ok(!index.asked.flat().includes('Ledger'), 'an imported name is the import resolver\'s');
  const snippet = result.snippets.find((s) => s.source === INDEX_RETRIEVER);
  assert.equal(snippet?.path, 'lib/audit.ts');
  assert.match(snippet!.text, /auditTrail\(ledger: Ledger\)/);
  engine.dispose();
});

it('with no work budget left the index is not asked; a slow answer serves the next keystroke', async () => {
  const broke = tableIndex();
  const { engine, doc } = engineWith(broke, 0);
  await engine.gather({ document: doc, budgetTokens: 800 });
  assert.deepEqual(broke.asked, []);
  engine.dispose();

  const slow = tableIndex(60);
  const second = engineWith(slow, Infinity);
  await second.engine.warm([second.doc]);
  const first = await second.engine.gather({ document: second.doc, budgetTokens: 800 });
  assert.ok(!first.snippets.some((s) => s.source === INDEX_RETRIEVER), 'not waited for');
  await slow.answered();
  const next = await second.engine.gather({ document: second.doc, budgetTokens: 800 });
  assert.ok(next.snippets.some((s) => s.source === INDEX_RETRIEVER && s.path === 'lib/audit.ts'));
  assert.equal(slow.asked.length, 1, 'the cached answer is not asked again');
  second.engine.dispose();
});

it('a chat question runs the index search and says which rankings found each chunk', async () => {
  const index = tableIndex();
  const ws = new FixtureWorkspace({});
  const engine = new ContextEngine({ workspace: ws, syntax, indexWorkspace: false });
  engine.register(workspaceIndexRetriever(index));
  const question = 'where is the audit trail built?';
  const result = await engine.gather({
    document: { uri: 'flywheel-chat:question', relativePath: '(question)', languageId: 'plaintext', text: question, version: 0, offset: question.length },
    budgetTokens: 1500,
    purpose: 'chat',
  });
  const snippet = result.snippets.find((s) => s.source === INDEX_RETRIEVER);
  assert.equal(snippet?.path, 'lib/audit.ts');
  assert.equal(snippet?.startLine, 0);
  assert.match(result.debug.candidates.find((c) => c.source === INDEX_RETRIEVER)?.reason ?? '', /term \+ symbol match in auditTrail/);
  engine.dispose();
});

it("a completion never gets another language's definition from the index (a Python file, a TypeScript auditTrail)", async () => {
  const ws = new FixtureWorkspace({ 'src/bank.py': 'def pay(ledger):\n    trail = auditTrail(ledger)\n    trail.<|>\n' });
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, indexWorkspace: false });
  const index = tableIndex();
  engine.register(workspaceIndexRetriever(index));
  const doc = ws.openFile('src/bank.py');
  await engine.warm([doc]);
  await engine.gather({ document: doc, budgetTokens: 800 });
  await index.answered();
  const result = await engine.gather({ document: doc, budgetTokens: 800 }); // the first lookup's answer is cached by now
  assert.ok(index.asked.flat().includes('auditTrail'), 'the name was looked up');
  assert.equal(result.snippets.find((s) => s.source === INDEX_RETRIEVER), undefined);
  engine.dispose();
});
