// Rust macros in textual scope: those of the modules above the file and of their `#[macro_use]`
// modules reach the context; those of a sibling module, which Rust does not let the file call
// unqualified, do not. Real grammar, a fixture crate on disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { rustAncestorModules } from '../../../src/core/context/importResolver';
import { macroDefinitions, macroUseModules } from '../../../src/core/context/rustMacros';
import { DiskWorkspace } from './diskWorkspace';
import { settledContext } from './settledContext';
import { analyzeText } from './analyzeText';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

const crate = {
  'Cargo.toml': '[package]\nname = "poller"\n',
  'src/lib.rs': '#[macro_use]\nmod macros;\n\nmod sys;\nmod other;\n',
  'src/macros.rs': 'macro_rules! cfg_net {\n    ($($item:item)*) => { $($item)* };\n}\n',
  'src/sys/mod.rs': 'macro_rules! syscall {\n    ($fn: ident ( $($arg: expr),* )) => { unsafe { libc::$fn($($arg),*) } };\n}\n\nmod unix;\n',
  'src/other.rs': 'macro_rules! sibling_only {\n    () => {};\n}\n',
  'src/sys/unix.rs': 'pub fn connect(fd: i32) -> i32 {\n    let socket = fd;\n    <|>\n}\n',
};

test('the module files above a Rust file, its parent\'s first, within its crate', () => {
  const files = ['Cargo.toml', 'src/lib.rs', 'src/sys/mod.rs', 'src/sys/unix/uds.rs'];
  assert.deepEqual(rustAncestorModules('src/sys/unix/uds.rs', files), [
    ['src/sys/unix.rs', 'src/sys/unix/mod.rs'],
    ['src/sys.rs', 'src/sys/mod.rs'],
    ['src/lib.rs', 'src/main.rs'],
  ]);
  assert.deepEqual(rustAncestorModules('src/sys/mod.rs', files), [['src/lib.rs', 'src/main.rs']]);
  assert.deepEqual(rustAncestorModules('src/lib.rs', files), []);
});

test('macro_rules! definitions (inside item macros too) and the modules declared #[macro_use]', async () => {
  const lib = await analyzeText(syntax, 'src/lib.rs', 'rust', '#[macro_use]\nmod macros;\n#[cfg(unix)]\n#[macro_use]\nmod util;\nmod plain;\nuse helpers;\n\ncfg_net! {\n    macro_rules! inner {\n        () => {};\n    }\n}\n');
  assert.deepEqual(macroUseModules(lib), ['macros', 'util']);
  assert.deepEqual(macroDefinitions(lib).map((d) => d.name), ['inner']);
});

test('engine, Rust crate on disk: the macros of the modules above the file and of their #[macro_use] modules, not a sibling\'s', async () => {
  const ws = new DiskWorkspace(crate);
  try {
    const result = await settledContext(ws, syntax, ws.openAtCursor('src/sys/unix.rs'), 1024);
    const macros = result.debug.candidates.filter((c) => c.source === 'rustMacros').map((c) => c.reason);
    assert.deepEqual(macros, ['macro syscall! (in scope)', 'macro cfg_net! (in scope)']);
    const texts = result.snippets.map((s) => s.text);
    assert.ok(texts.includes('macro_rules! syscall {'), texts.join('\n---\n'));
    assert.ok(!texts.some((t) => t.includes('sibling_only')));
  } finally {
    ws.dispose();
  }
});

test('engine: a macro the document has called already comes first', async () => {
  const ws = new DiskWorkspace({ ...crate, 'src/sys/unix.rs': 'pub fn connect(fd: i32) -> i32 {\n    cfg_net! {}\n    <|>\n}\n' });
  try {
    const result = await settledContext(ws, syntax, ws.openAtCursor('src/sys/unix.rs'), 1024);
    const macros = result.debug.candidates.filter((c) => c.source === 'rustMacros').map((c) => c.reason);
    assert.deepEqual(macros, ['macro cfg_net! (in scope)', 'macro syscall! (in scope)']);
  } finally {
    ws.dispose();
  }
});
