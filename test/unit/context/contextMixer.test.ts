// The retriever/mixer contract: every source is a retriever; the mixer runs the registered ones,
// times and counts each, drops excluded files, fuses by reciprocal rank and survives a failure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ContextEngine } from '../../../src/core/context/contextEngine';
import { ContextMixer, withoutCommonIndent } from '../../../src/core/context/contextMixer';
import { defaultRetrievers } from '../../../src/core/context/defaultRetrievers';
import type { ContextRetriever } from '../../../src/core/context/contextRetriever';
import type { ContextCandidate } from '../../../src/core/context/contextTypes';
import { RetrievalSignal } from '../../../src/core/context/retrievalSignal';
import { silentLogger } from '../../../src/core/logger';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { estimateTokens } from '../../../src/core/tokenEstimator';
import { snippetTokens } from '../../../src/core/context/tokenBudget';
import { toLf } from '../../../src/core/lineEndings';
import { LineIndex } from '../../../src/core/context/lineIndex';
import { startWorkBudget } from '../../../src/core/context/workBudget';
import { FixtureWorkspace } from './fixtureWorkspace';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

function candidate(source: string, path: string, text: string): ContextCandidate {
  return { path, text, source, sourceScore: 1, startLine: 0, endLine: text.split('\n').length - 1, reason: `from ${source}` };
}

function fixed(name: string, weight: number, candidates: ContextCandidate[]): ContextRetriever & { calls: number } {
  return {
    name,
    weight,
    calls: 0,
    retrieve() {
      this.calls++;
      return candidates;
    },
  };
}

function signalFor(text: string): RetrievalSignal {
  const ws = new FixtureWorkspace({ 'a.ts': text });
  const document = ws.openFile('a.ts');
  return new RetrievalSignal(
    // The mixer reads nothing of the services; the retrievers here ignore the signal.
    {} as never,
    { document, offset: document.offset, lines: LineIndex.of(document.text), tree: undefined, visible: { start: 0, end: text.length }, named: () => false, now: 0 },
    startWorkBudget({ kind: 'units', units: 0 }),
  );
}

test('the mixer fuses by reciprocal rank with each source\'s weight, and counts and times each source', async () => {
  const heavy = fixed('heavy', 2, [candidate('heavy', 'h1.ts', 'const alpha = 1;'), candidate('heavy', 'h2.ts', 'const beta = 2;')]);
  const light = fixed('light', 0.5, [candidate('light', 'l1.ts', 'const gamma = 3;')]);
  const mixer = new ContextMixer([light, heavy], { estimate: estimateTokens, isExcluded: () => false, logger: silentLogger });
  const result = await mixer.mix(signalFor('x'), { tokens: 1000, work: startWorkBudget({ kind: 'units', units: 0 }) });
  assert.deepEqual(result.snippets.map((s) => s.path), ['h1.ts', 'h2.ts', 'l1.ts'], 'the heavier source\'s first two outrank the light one\'s first');
  assert.deepEqual(Object.keys(result.sources), ['light', 'heavy']);
  assert.deepEqual({ ...result.sources.heavy, ms: 0 }, { ms: 0, candidates: 2, kept: 2 });
  assert.equal(result.sources.light.kept, 1);
  assert.ok(result.timings.heavy >= 0 && result.timings.fusion >= 0);
});

test('a failing source is reported and the others still serve; excluded files never pass', async () => {
  const broken: ContextRetriever = { name: 'broken', weight: 1, retrieve: () => Promise.reject(new Error('index corrupt')) };
  const leaky = fixed('leaky', 1, [candidate('leaky', 'secrets/.env', 'KEY=1'), candidate('leaky', 'src/ok.ts', 'export const ok = true;')]);
  const mixer = new ContextMixer([broken, leaky], { estimate: estimateTokens, isExcluded: (p) => p.startsWith('secrets/'), logger: silentLogger });
  const result = await mixer.mix(signalFor('x'), { tokens: 1000, work: startWorkBudget({ kind: 'units', units: 0 }) });
  assert.equal(result.sources.broken.failed, 'index corrupt');
  assert.deepEqual(result.snippets.map((s) => s.path), ['src/ok.ts']);
  assert.equal(result.sources.leaky.candidates, 1);
});

test('a source is added by registering it: the engine runs it with the built-ins, and disposing removes it', async () => {
  const ws = new FixtureWorkspace({
    'src/ledger.ts': 'export class Ledger {\n  record(amount: number): void {}\n}\n',
    'src/bank.ts': "import { Ledger } from './ledger';\nexport function pay(ledger: Ledger) {\n  ledger.<|>\n}\n",
  });
  const doc = ws.openFile('src/bank.ts');
  const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity } });
  const index = fixed('workspaceIndex', 1, [candidate('workspaceIndex', 'src/audit.ts', 'export function audit(ledger: Ledger): string[] {')]);
  const registration = engine.register(index);
  assert.throws(() => engine.register(fixed('workspaceIndex', 1, [])), /registered already/);
  await engine.warm([doc]);
  const result = await engine.gather({ document: doc, budgetTokens: 800 });
  assert.ok(result.snippets.some((s) => s.source === 'workspaceIndex' && s.path === 'src/audit.ts'));
  assert.ok(result.snippets.some((s) => s.source === 'symbolDefinitions' || s.source === 'typeMembers'), 'the built-in sources still run');
  assert.deepEqual(Object.keys(result.debug.sources), ['enclosingScope', 'symbolDefinitions', 'typeMembers', 'similarCode', 'workspaceDefinitions', 'frequentDefinitions', 'pendingImports', 'rustMacros', 'workspaceIndex']);
  registration.dispose();
  const calls = index.calls;
  await engine.gather({ document: doc, budgetTokens: 800 });
  assert.equal(index.calls, calls);
  engine.dispose();
});

test('the indentation every line of a snippet shares is taken off before it is packed, its own fit too', async () => {
  assert.equal(withoutCommonIndent('    def f(self):\n        return 1\n  \n    x = 2'), 'def f(self):\n    return 1\n\nx = 2');
  assert.equal(withoutCommonIndent('\t\tcall()\n\tdone()'), '\tcall()\ndone()');
  assert.equal(withoutCommonIndent('\t  a()\n\t b()'), ' a()\nb()', 'only the whitespace all lines share, tabs and spaces as written');
  assert.equal(withoutCommonIndent('class A:\n    x = 1'), 'class A:\n    x = 1');
  assert.equal(withoutCommonIndent('   \n'), '   \n', 'blank text stays as it is');
  const body = '        total = compute(items)\r\n        return total * rate';
  const outline: ContextCandidate = { ...candidate('outline', 'o.py', `class Big:\n${'    def member(self): ...\n'.repeat(20)}`), fitTo: () => '    def small(self): ...' };
  const mixer = new ContextMixer([fixed('similar', 1, [candidate('similar', 'a.py', body)]), fixed('outline', 1, [outline])], { estimate: estimateTokens, isExcluded: () => false, logger: silentLogger });
  const result = await mixer.mix(signalFor('x'), { tokens: 1000, work: startWorkBudget({ kind: 'units', units: 0 }) });
  const similar = result.snippets.find((s) => s.path === 'a.py')!;
  assert.equal(similar.text, 'total = compute(items)\nreturn total * rate');
  assert.ok(similar.tokens < snippetTokens('a.py', toLf(body), estimateTokens), 'it costs less than as indented');
  const fit = await new ContextMixer([fixed('outline', 1, [outline])], { estimate: estimateTokens, isExcluded: () => false, logger: silentLogger }).mix(signalFor('x'), { tokens: 20, work: startWorkBudget({ kind: 'units', units: 0 }) });
  assert.deepEqual(fit.snippets.map((s) => s.text), ['def small(self): ...'], 'a text cut by its own rule is taken off its indentation too');
});

test('each candidate gets its retriever\'s role: built-in similar code is a pattern, outlines and frequent names background', async () => {
  const roles = Object.fromEntries(defaultRetrievers(undefined, undefined).map((r) => [r.name, r.role]));
  assert.deepEqual(roles, { enclosingScope: 'background', symbolDefinitions: undefined, typeMembers: 'background', similarCode: 'pattern', frequentDefinitions: 'background', pendingImports: undefined, rustMacros: undefined });
  // Two outlines ranked first would fill the budget; as background they leave similar code its floor.
  const members = (name: string) => Array.from({ length: 80 }, (_, i) => `    void ${name}${i}(Request request);`).join('\n');
  const outlines = fixed('outlines', 2, [candidate('outlines', 'Handler.java', members('handle')), candidate('outlines', 'Request.java', members('read'))]);
  const body = Array.from({ length: 12 }, (_, i) => `result.step${i} = handler.step${i}(request);`).join('\n');
  const code = [candidate('similar', 'A.java', body), candidate('similar', 'B.java', body.replaceAll('step', 'move'))];
  const similar = fixed('similar', 1, code);
  const mix = (o: ContextRetriever, s: ContextRetriever) => new ContextMixer([o, s], { estimate: estimateTokens, isExcluded: () => false, logger: silentLogger }).mix(signalFor('x'), { tokens: 1000, work: startWorkBudget({ kind: 'units', units: 0 }) });
  const whole = (result: { snippets: { path: string; text: string }[] }) => result.snippets.filter((s) => code.some((c) => c.path === s.path && c.text === s.text)).map((s) => s.path);
  assert.deepEqual(whole(await mix(outlines, similar)), ['A.java'], 'without roles the outlines leave room for one');
  assert.deepEqual(whole(await mix({ ...outlines, role: 'background' }, { ...similar, role: 'pattern' })), ['A.java', 'B.java'], 'with them they give way');
});
