// A name the file imports and has not used yet reaches the context, through a re-export too.
// Real grammars, real files on disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { DiskWorkspace } from './diskWorkspace';
import { settledContext } from './settledContext';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

const filler = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n');

async function pending(files: Record<string, string>, path: string): Promise<{ texts: string[]; reasons: string[] }> {
  const ws = new DiskWorkspace(files);
  try {
    const result = await settledContext(ws, syntax, ws.openAtCursor(path), 1024);
    return {
      texts: result.snippets.filter((s) => s.source === 'pendingImports').map((s) => s.text),
      reasons: result.debug.candidates.filter((c) => c.source === 'pendingImports').map((c) => c.reason ?? ''),
    };
  } finally {
    ws.dispose();
  }
}

test('engine, TypeScript on disk: an imported function not used before the cursor gives its signature; one used already does not', async () => {
  const { texts, reasons } = await pending(
    {
      'src/util/lift.ts': 'export function operate<T, R>(init: (source: T, sink: R) => void): (source: T) => R {\n  return undefined as never;\n}\n',
      'src/util/noop.ts': 'export function noop(): void {}\n',
      'src/ops/take.ts': `import { operate } from '../util/lift';\nimport { noop } from '../util/noop';\n\nexport function take(count: number) {\n  noop();\n${filler(40, (i) => `  const v${i} = count + ${i};`)}\n  <|>\n}\n`,
    },
    'src/ops/take.ts',
  );
  assert.ok(texts.some((t) => t.startsWith('export function operate<T, R>(')), reasons.join('; '));
  assert.ok(!reasons.some((r) => /\bnoop\b/.test(r)), reasons.join('; '));
});

test('engine, Rust on disk: a type imported from the crate root, which only re-exports it, gives the defining line of the module that defines it', async () => {
  const { texts, reasons } = await pending(
    {
      'Cargo.toml': '[package]\nname = "demo"\nversion = "0.1.0"\n',
      'src/lib.rs': 'mod poll;\nmod sys;\npub use poll::{Poll, Registry};\n',
      'src/poll.rs': 'pub struct Poll {\n    registry: Registry,\n}\n\npub struct Registry {\n    id: u32,\n}\n',
      'src/sys/mod.rs': 'mod pipe;\n',
      'src/sys/pipe.rs': `use crate::{Poll, Registry};\n\npub fn open(poll: &Poll) -> u32 {\n${filler(30, (i) => `    let v${i} = ${i};`)}\n    0\n}\n\nfn register(\n    <|>\n`,
    },
    'src/sys/pipe.rs',
  );
  assert.ok(texts.some((t) => t.startsWith('pub struct Registry {')), reasons.join('; '));
  assert.ok(!reasons.some((r) => /\bPoll\b/.test(r)), reasons.join('; '));
});
