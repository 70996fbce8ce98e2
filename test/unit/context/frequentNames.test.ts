// The names a file uses again and again, defined in another file, reach the context however far
// above the cursor they last occurred. Real grammars, real files on disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ContextEngine } from '../../../src/core/context/contextEngine';
import { frequentNames } from '../../../src/core/context/frequentNames';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { DiskWorkspace } from './diskWorkspace';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

test('frequent names: used three times or more, most used first, keywords and skipped names left out', () => {
  const text = 'LOG(a); LOG(b); CHECK(x); LOG(c); CHECK(y); CHECK(z); LOG(d); once(); twice(); twice(); if (x) if (y) if (z) {}';
  assert.deepEqual(frequentNames(text, () => false), ['LOG', 'CHECK']);
  assert.deepEqual(frequentNames(text, (n) => n === 'LOG'), ['CHECK']);
});

const filler = Array.from({ length: 40 }, (_, i) => `  int value${i} = ${i};`).join('\n');

test('engine, C++ on disk: a macro the file uses again and again, defined in a header its headers include, is in the context', async () => {
  const ws = new DiskWorkspace({
    'include/lib/internal/port.h': '#pragma once\n#define LIB_LOG_(severity) ::lib::internal::Log(::lib::internal::severity, __FILE__, __LINE__).stream()\n#define LIB_CHECK_(condition) if (!(condition)) LIB_LOG_(FATAL)\n',
    'include/lib/api.h': '#pragma once\n#include "lib/internal/port.h"\nnamespace lib {\nclass Runner {\n public:\n  int Run();\n};\n}  // namespace lib\n',
    'src/runner.cc': `#include "lib/api.h"\n\nnamespace lib {\n\nint Runner::Run() {\n  LIB_LOG_(INFO) << "start";\n  LIB_CHECK_(true);\n  LIB_LOG_(INFO) << "ready";\n  LIB_LOG_(INFO) << "go";\n${filler}\n  <|>\n}\n\n}  // namespace lib\n`,
  });
  try {
    const doc = ws.openAtCursor('src/runner.cc');
    const engine = new ContextEngine({ workspace: ws, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
    await engine.warm([doc]);
    await engine.gather({ document: doc, budgetTokens: 1024 });
    await engine.idle();
    const result = await engine.gather({ document: doc, budgetTokens: 1024 });
    engine.dispose();
    const found = result.snippets.find((s) => s.source === 'frequentDefinitions');
    assert.ok(found, JSON.stringify(result.debug.candidates.map((c) => `${c.source} ${c.reason}`)));
    assert.match(found.text, /^#define LIB_LOG_\(severity\)/);
    // LIB_CHECK_ is used once: no habit of the file.
    assert.ok(!result.debug.candidates.some((c) => c.source === 'frequentDefinitions' && /LIB_CHECK_/.test(c.reason ?? '')));
  } finally {
    ws.dispose();
  }
});
