// The work budget: counted mode gives the same decisions whatever the machine's load; time mode
// refuses a step that would not finish in the time left instead of finding out afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ContextEngine } from '../../../src/core/context/contextEngine';
import { DEFAULT_WORK_BUDGET, startWorkBudget, UNITS_PER_MS } from '../../../src/core/context/workBudget';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { FixtureWorkspace } from './fixtureWorkspace';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

test('counted mode: steps are granted until the count is spent, and refused steps cost nothing', () => {
  const budget = startWorkBudget({ kind: 'units', units: 1000 });
  assert.equal(budget.take(600), true);
  assert.equal(budget.take(600), false);
  assert.equal(budget.take(400), true);
  assert.equal(budget.take(1), false);
  assert.equal(budget.spent, 1000);
});

test('time mode: a step is refused when its size would not fit in the time left, however fast the clock', () => {
  let now = 100;
  const budget = startWorkBudget({ kind: 'time', ms: 6 }, () => now);
  assert.equal(budget.take(3.9e6), false, 'a 3.9 MB file would take far longer than 6 ms');
  assert.equal(budget.take(2 * UNITS_PER_MS), true);
  now += 5;
  assert.equal(budget.take(2 * UNITS_PER_MS), false, 'only 1 ms left');
  assert.equal(budget.take(100), true);
  now += 2;
  assert.equal(budget.take(1), false);
});

test('time mode: a step predicted to overrun the time left is refused though time is left to start it', () => {
  let now = 0;
  const budget = startWorkBudget({ kind: 'time', ms: 6 }, () => now);
  now = 4; // 2 ms left
  assert.equal(budget.take(3 * UNITS_PER_MS), false, 'a 3 ms step would end at 7 ms');
  assert.equal(budget.spent, 0, 'a refused step costs nothing');
  assert.equal(budget.take(1.5 * UNITS_PER_MS), true, 'a 1.5 ms step ends at 5.5 ms');
  assert.equal(budget.spent, 1.5 * UNITS_PER_MS);
});

test('the editor\'s default budget refuses parsing a 20,000-character file inside a keystroke: measured, it takes several ms', () => {
  // Parse + analyse runs at a few thousand characters per CPU ms on a 2-core machine
  // (bench:work-rate); such a file is work for between requests, not for this one.
  const budget = startWorkBudget(DEFAULT_WORK_BUDGET, () => 0);
  assert.equal(budget.take(20_000), false);
  assert.equal(budget.take(5_000), true, 'a small file fits');
});

function ledgerFile(methods: number): string {
  const body = Array.from({ length: methods }, (_, i) => `  settle${i}(amount: number): number {\n    return amount * ${i};\n  }\n`).join('');
  return `export class Ledger {\n${body}}\n`;
}

test('a large open file is analysed between requests, not inside one, and the same request then gives the same context', async () => {
  const ws = new FixtureWorkspace({
    'src/ledger.ts': ledgerFile(4000), // ~170k characters
    'src/bank.ts': "import { Ledger } from './ledger';\nexport function pay(ledger: Ledger) {\n  ledger.settle3999(<|>\n}\n",
  });
  ws.openFile('src/ledger.ts');
  const doc = ws.openFile('src/bank.ts');
  const units = 50_000;
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units }, backgroundParseMs: 10_000 });
  const first = await engine.gather({ document: doc, budgetTokens: 600 });
  assert.ok((first.debug.workUnits ?? 0) <= units, `spent ${first.debug.workUnits}`);
  assert.ok(!first.snippets.some((s) => s.path === 'src/ledger.ts'), 'the big file was deferred');
  await engine.idle();
  const second = await engine.gather({ document: doc, budgetTokens: 600 });
  assert.ok((second.debug.workUnits ?? 0) <= units);
  assert.ok(second.snippets.some((s) => s.path === 'src/ledger.ts' && /class Ledger/.test(s.text)), JSON.stringify(second.debug.candidates));
  const third = await engine.gather({ document: doc, budgetTokens: 600 });
  assert.deepEqual(third.snippets, second.snippets);
  engine.dispose();
});

test('a 3 MB document is read through a window around the cursor: bounded work, context all the same', async () => {
  const filler = Array.from({ length: 120_000 }, (_, i) => `const filler_${i} = ${i};`).join('\n');
  const ws = new FixtureWorkspace({
    'src/ledger.ts': ledgerFile(3),
    'src/generated.ts': `import { Ledger } from './ledger';\n${filler}\nexport function pay(ledger: Ledger) {\n  ledger.settle2(<|>\n}\n${filler}\n`,
  });
  const ledger = ws.openFile('src/ledger.ts');
  const doc = ws.openFile('src/generated.ts');
  assert.ok(doc.text.length > 3_000_000);
  const units = 20_000;
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units }, backgroundParseMs: 10_000 });
  await engine.warm([ledger]);
  const result = await engine.gather({ document: doc, budgetTokens: 600, visibleRange: { start: doc.offset - 4000, end: doc.offset + 1000 } });
  assert.ok((result.debug.workUnits ?? 0) <= units);
  assert.equal(result.debug.parsed, false);
  assert.ok(result.snippets.some((s) => s.path === 'src/ledger.ts' && /settle2\(amount: number\)/.test(s.text)), JSON.stringify(result.debug.candidates));
  engine.dispose();
});
