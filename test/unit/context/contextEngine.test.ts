import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { ContextEngine } from '../../../src/core/context/contextEngine';
import { RecentEditTracker } from '../../../src/core/context/recentEdits';
import { FixtureWorkspace } from './fixtureWorkspace';
import { keptFrom } from './settledContext';

let syntax: SyntaxService;
before(async () => {
  // Generous parse budget: the test machine is shared and may be slow.
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

const ledgerTs = `export interface Entry {
  readonly account: string;
  readonly amount: number;
}

export class Ledger {
  private readonly entries: Entry[] = [];

  record(entry: Entry): void {
    this.entries.push(entry);
  }

  balanceOf(account: string): number {
    return this.entries.filter((e) => e.account === account).reduce((sum, e) => sum + e.amount, 0);
  }
}
`;

const bankTs = `import { Ledger } from './ledger';
import type { Entry } from './ledger';
import { formatMoney } from '@lib/money';

export function transfer(ledger: Ledger, from: string, to: string, amount: number): string {
  const debit: Entry = { account: from, amount: -amount };
  ledger.record(debit);
  return formatMoney(ledger.<|>
}
`;

const moneyTs = `export function formatMoney(cents: number, currency = 'EUR'): string {
  return (cents / 100).toFixed(2) + ' ' + currency;
}
`;

function texts(result: { snippets: readonly { text: string }[] }): string {
  return result.snippets.map((s) => s.text).join('\n');
}

test('TypeScript: imported class outline and a tsconfig path alias resolve to their definitions', async () => {
  const ws = new FixtureWorkspace({
    'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["lib/*"] } } }',
    'src/ledger.ts': ledgerTs,
    'src/bank.ts': bankTs,
    'lib/money.ts': moneyTs,
  });
  const doc = ws.openFile('src/bank.ts');
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  await engine.warm([doc]);
  const result = await engine.gather({ document: doc, budgetTokens: 600 });
  const all = texts(result);
  assert.match(all, /export class Ledger \{/);
  assert.match(all, /balanceOf\(account: string\): number \{/, 'class outline lists the methods');
  assert.match(all, /export function formatMoney\(cents: number/);
  assert.ok(result.totalTokens <= 600);
  assert.ok(result.debug.candidates.every((c) => c.source && typeof c.score === 'number'));
  assert.equal(engine.lastResult, result);
  engine.dispose();
});

test('Python: relative imports and a module alias give the definition and the module outline', async () => {
  const ws = new FixtureWorkspace({
    'shop/__init__.py': '',
    'shop/events.py': 'class Event:\n    def fire(self, payload):\n        pass\n\n\ndef get_event_bus():\n    return _bus\n\n\ndef subscribe(name, handler):\n    pass\n',
    'shop/queue.py': 'class WorkQueue:\n    def put(self, item):\n        pass\n\n    def drain(self):\n        return []\n',
    'shop/worker.py': 'from . import events\nfrom .queue import WorkQueue\n\n\ndef run(queue: WorkQueue):\n    bus = events.get_event_bus()\n    <|>\n',
  });
  const doc = ws.openFile('shop/worker.py');
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  await engine.warm([doc]);
  const all = texts(await engine.gather({ document: doc, budgetTokens: 800 }));
  assert.match(all, /class WorkQueue:\n {4}def put\(self, item\):/);
  assert.match(all, /def drain\(self\):/);
  assert.match(all, /def subscribe\(name, handler\):/, 'outline of the events module');
  engine.dispose();
});

test('C and Go: includes and same-package open files supply definitions', async () => {
  const ws = new FixtureWorkspace({
    'src/ledger.h': 'struct ledger { long balance; };\nlong ledger_balance(const struct ledger *l);\n',
    'src/bank.c': '#include "ledger.h"\n\nlong report(struct ledger *l) {\n  return ledger_balance(l) + <|>\n}\n',
    'bank/account.go': 'package bank\n\ntype Account struct {\n\tBalance int\n}\n\nfunc (a *Account) Deposit(n int) {\n\ta.Balance += n\n}\n',
    'bank/teller.go': 'package bank\n\nfunc Serve(a *Account) {\n\ta.Deposit(10)\n\t<|>\n}\n',
  });
  const cDoc = ws.openFile('src/bank.c');
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  await engine.warm([cDoc]);
  assert.match(texts(await engine.gather({ document: cDoc, budgetTokens: 500 })), /long ledger_balance\(const struct ledger \*l\);/);
  ws.openFile('bank/account.go');
  const goDoc = ws.openFile('bank/teller.go');
  await engine.warm(ws.openDocuments());
  assert.match(texts(await engine.gather({ document: goDoc, budgetTokens: 500 })), /func \(a \*Account\) Deposit\(n int\)/);
  engine.dispose();
});

test('enclosing scope lists the members the prompt does not show', async () => {
  const ws = new FixtureWorkspace({ 'src/ledger.ts': ledgerTs.replace('this.entries.push(entry);', 'this.entries.push(entry);<|>') });
  const doc = ws.openFile('src/ledger.ts');
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  await engine.warm([doc]);
  const visibleStart = doc.text.indexOf('  record(');
  const narrow = await engine.gather({ document: doc, budgetTokens: 500, visibleRange: { start: visibleStart, end: doc.offset + 5 } });
  const scope = narrow.snippets.find((s) => s.source === 'enclosingScope');
  assert.ok(scope);
  assert.match(scope.text, /^export class Ledger \{/);
  assert.match(scope.text, /balanceOf\(account: string\): number \{/);
  assert.doesNotMatch(scope.text, /record\(entry/);
  const whole = await engine.gather({ document: doc, budgetTokens: 500 });
  assert.equal(whole.snippets.find((s) => s.source === 'enclosingScope'), undefined);
  engine.dispose();
});

test('excluded files (secrets, ignore rules) are never read into context', async () => {
  const ws = new FixtureWorkspace({
    'src/app.ts': "import { API_KEY } from './.env';\nimport { token } from './vendor/token';\nconst client = createClient(API_KEY, token);\nclient.<|>\n",
    'src/.env': 'export const API_KEY = "sk-live-1234";\n',
    'src/vendor/token.ts': 'export const token = "tok-secret";\n',
    'src/notes.ts': 'export function createClient(key: string, token: string) { return { key, token }; }\n',
  });
  ws.openFile('src/notes.ts');
  const doc = ws.openFile('src/app.ts');
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000, isExcluded: (p) => p.includes('vendor/') || p.includes('.env') });
  await engine.warm(ws.openDocuments());
  const result = await engine.gather({ document: doc, budgetTokens: 800 });
  assert.ok(!ws.reads.some((p) => p.includes('.env') || p.includes('vendor/')), ws.reads.join(','));

  assert.doesNotMatch(texts(result), /sk-live|tok-secret/);
  assert.match(texts(result), /createClient/);
  // Without a predicate, the default still denies the usual secret files.
  const defaults = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  await defaults.gather({ document: doc, budgetTokens: 800 });
  assert.ok(!ws.reads.some((p) => p.includes('.env')));
  engine.dispose();
  defaults.dispose();
});

test('a document that cannot be parsed and an unsupported language still get context from text windows', async () => {
  const tiny = await SyntaxService.create({ maxParseChars: 10 }); // every parse gives up
  const ws = new FixtureWorkspace({
    'src/ledger.ts': ledgerTs,
    'src/bank.ts': bankTs,
    'scripts/report.lua': 'local ledger = require("ledger")\nlocal total = ledger.balanceOf(<|>\n',
    'scripts/ledger.lua': 'local M = {}\n\nfunction M.balanceOf(account)\n  return M.totals[account] or 0\nend\n\nreturn M\n',
  });
  ws.openFile('scripts/ledger.lua');
  ws.openFile('src/ledger.ts');
  const doc = ws.openFile('src/bank.ts');
  const engine = new ContextEngine({ workspace: ws, syntax: tiny, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  await engine.warm(ws.openDocuments());
  const result = await engine.gather({ document: doc, budgetTokens: 500 });
  assert.equal(result.debug.parsed, false);
  assert.match(texts(result), /balanceOf\(account: string\): number/);
  assert.ok(result.snippets.every((s) => s.source === 'similarCode'));
  tiny.dispose();
  const lua = ws.openFile('scripts/report.lua');
  const engine2 = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  await engine2.warm(ws.openDocuments());
  const luaResult = await engine2.gather({ document: lua, budgetTokens: 500 });
  assert.equal(luaResult.debug.parsed, false);
  assert.match(texts(luaResult), /function M\.balanceOf\(account\)/);
  assert.ok(luaResult.snippets.every((s) => s.path.endsWith('.lua')), 'the TypeScript files are another language');
  engine.dispose();
  engine2.dispose();
});

test('recent edits become snippets; an aborted request rejects', async () => {
  const ws = new FixtureWorkspace({ 'src/ledger.ts': ledgerTs, 'src/bank.ts': bankTs });
  const tracker = new RecentEditTracker();
  const ledger = ws.openFile('src/ledger.ts');
  const at = ledger.text.indexOf('  balanceOf');
  tracker.record(ledger, [{ rangeOffset: at, rangeLength: 0, text: '' }], Date.now());
  const doc = ws.openFile('src/bank.ts');
  const engine = new ContextEngine({ workspace: ws, syntax, recentEdits: tracker, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  await engine.warm(ws.openDocuments());
  const result = await engine.gather({ document: doc, budgetTokens: 2000 });
  assert.ok(result.debug.candidates.some((c) => c.source === 'recentEdits'));
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(engine.gather({ document: doc, budgetTokens: 500, signal: controller.signal }), { name: 'AbortError' });
  engine.dispose();
});

test('the document\'s own far-away code outside the shown part is similar code; never text past the cursor\'s document', async () => {
  const far = 'def reconcile_ledger(ledger, statement):\n    for entry in statement.entries:\n        ledger.match_entry(entry, tolerance=0.01)\n    return ledger.unmatched()\n';
  const filler = Array.from({ length: 60 }, (_, i) => `def helper_${i}(x):\n    return x + ${i}\n`).join('\n');
  const ws = new FixtureWorkspace({ 'src/books.py': `${far}\n${filler}\n\ndef close_month(ledger, statement):\n    for entry in statement.entries:\n        <|>\n` });
  const doc = ws.openFile('src/books.py');
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  await engine.warm([doc]);
  const visibleStart = doc.text.indexOf('def close_month');
  const narrow = await engine.gather({ document: doc, budgetTokens: 500, visibleRange: { start: visibleStart, end: doc.text.length } });
  assert.ok(keptFrom(narrow, 'similarCode', 'src/books.py'), JSON.stringify(narrow.debug.candidates.map((c) => `${c.source} ${c.path}:${c.startLine} ${c.dropped ?? ''}`)));
  assert.ok(narrow.snippets.find((s) => s.path === 'src/books.py')?.text.includes('ledger.match_entry(entry, tolerance=0.01)'));
  // The whole document shown: nothing of it is repeated.
  const whole = await engine.gather({ document: doc, budgetTokens: 500 });
  assert.ok(!keptFrom(whole, 'similarCode', 'src/books.py'));
  // The document cut at the cursor (an older analysis still has the rest): nothing past the cut is proposed.
  const cut = { ...doc, text: doc.text.slice(0, visibleStart), offset: visibleStart, version: doc.version + 1 };
  const shorter = await engine.gather({ document: cut, budgetTokens: 500, visibleRange: { start: visibleStart - 10, end: visibleStart } });
  assert.ok(!shorter.snippets.some((s) => s.path === 'src/books.py' && s.text.includes('close_month')));
  engine.dispose();
});

test('context comes from files of the document\'s language family only, open or not, with LF line ends', async () => {
  const crlf = (lines: string[]): string => lines.join('\r\n');
  const ws = new FixtureWorkspace({
    // TypeScript with the names the Python line uses: never context for Python, whether open, indexed or a symbol.
    'lib/calc.ts': crlf(['export function add(a: number, b: number): number {', '  return a + b;', '}', '', 'export function scale(a: number, factor: number): number {', '  return a * factor;', '}', '']),
    // Python written on Windows: its snippets reach the prompt with LF line ends.
    'tools/totals.py': crlf(['def running_total(values, scale):', '    total = 0', '    for value in values:', '        total = total + value * scale', '    return rounded(total)', '']),
    'calc.py': 'def add(a, b):\n    return a + b\n\n\ntotal = 0\nfor value in values:\n    total = add(total, scale(<|>\n',
    // JavaScript shares TypeScript's family.
    'web/sum.js': 'export function sum(values, factor) {\n  return values.reduce((a, b) => add(a, scale(b, factor)), <|>\n',
  });
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  ws.openFile('lib/calc.ts');
  const doc = ws.openFile('calc.py');
  await engine.warm(ws.openDocuments());
  await engine.gather({ document: doc, budgetTokens: 1000 });
  await engine.idle(); // the workspace symbol table has every file
  const python = await engine.gather({ document: doc, budgetTokens: 1000 });
  const found = python.debug.candidates.map((c) => `${c.source}:${c.path}`);
  assert.ok(!found.some((c) => c.endsWith('lib/calc.ts')), found.join(' '));
  const totals = python.snippets.find((s) => s.path === 'tools/totals.py');
  assert.ok(totals, found.join(' '));
  assert.ok(python.snippets.every((s) => !s.text.includes('\r')), 'no CR in any snippet');
  assert.match(totals.text, /total = total \+ value \* scale\nreturn rounded\(total\)/);
  const js = await engine.gather({ document: ws.openFile('web/sum.js'), budgetTokens: 1000 });
  const fromTs = js.snippets.filter((s) => s.path === 'lib/calc.ts');
  assert.ok(fromTs.length > 0, js.debug.candidates.map((c) => `${c.source}:${c.path}`).join(' '));
  assert.ok(fromTs.every((s) => !s.text.includes('\r')));
  assert.ok(!js.snippets.some((s) => s.path.endsWith('.py')));
  engine.dispose();
});
