// The names a file uses again and again, defined in another file, reach the context however far
// above the cursor they last occurred. Real grammars, real files on disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { nameUses, namesUsedBefore } from '../../../src/core/context/frequentNames';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { DiskWorkspace } from './diskWorkspace';
import { settledContext } from './settledContext';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

test('names used before the cursor: three times or more, most used first, keywords and what follows the cursor left out', () => {
  const text = 'CHECK(x); LOG(a); LOG(b); LOG(c); CHECK(y); CHECK(z); LOG(d); once(); twice(); twice(); if (x) if (y) if (z) {} | LATER(); LATER(); LATER();';
  const uses = nameUses(text);
  const cursor = text.indexOf('|');
  assert.deepEqual(namesUsedBefore(uses, cursor), ['LOG', 'CHECK']);
  assert.deepEqual(namesUsedBefore(uses, text.length), ['LOG', 'CHECK', 'LATER']);
  assert.deepEqual(namesUsedBefore(uses, text.indexOf('CHECK(z)')), ['LOG'], 'CHECK twice before that point');
});

const filler = Array.from({ length: 40 }, (_, i) => `  int value${i} = ${i};`).join('\n');

test('engine, C++ on disk: a macro the file uses again and again, defined in a header its headers include, is in the context', async () => {
  const ws = new DiskWorkspace({
    'include/lib/internal/port.h': '#pragma once\n#define LIB_LOG_(severity) ::lib::internal::Log(::lib::internal::severity, __FILE__, __LINE__).stream()\n#define LIB_CHECK_(condition) if (!(condition)) LIB_LOG_(FATAL)\n#define LIB_TRACE_(n) ::lib::internal::Trace(n)\n',
    'include/lib/api.h': '#pragma once\n#include "lib/internal/port.h"\nnamespace lib {\nclass Runner {\n public:\n  int Run();\n};\n}  // namespace lib\n',
    'src/runner.cc': `#include "lib/api.h"\n\nnamespace lib {\n\nint Runner::Run() {\n  LIB_LOG_(INFO) << "start";\n  LIB_CHECK_(true);\n  LIB_LOG_(INFO) << "ready";\n  LIB_LOG_(INFO) << "go";\n${filler}\n  <|>\n  LIB_TRACE_(1);\n  LIB_TRACE_(2);\n  LIB_TRACE_(3);\n}\n\n}  // namespace lib\n`,
  });
  try {
    const doc = ws.openAtCursor('src/runner.cc');
    const result = await settledContext(ws, syntax, doc, 1024);
    const found = result.snippets.find((s) => s.source === 'frequentDefinitions');
    assert.ok(found, JSON.stringify(result.debug.candidates.map((c) => `${c.source} ${c.reason}`)));
    assert.match(found.text, /^#define LIB_LOG_\(severity\)/);
    // LIB_CHECK_ is used once: no habit of the file; LIB_TRACE_ only after the cursor, where the line being written may be.
    const frequent = result.debug.candidates.filter((c) => c.source === 'frequentDefinitions').map((c) => c.reason ?? '');
    assert.ok(!frequent.some((r) => /LIB_CHECK_|LIB_TRACE_/.test(r)), frequent.join('; '));
  } finally {
    ws.dispose();
  }
});
