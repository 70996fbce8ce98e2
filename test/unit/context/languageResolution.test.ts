// Per language, on small repositories written to disk and parsed with the real grammars: imports
// and modules resolve by the language's own rules, and the members of the receiver's type reach
// the context (Go method sets, Rust impl blocks, Java and C# fields and inherited members).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile, goPackageName } from '../../../src/core/context/fileAnalysis';
import { importCandidates } from '../../../src/core/context/importResolver';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { DiskWorkspace } from './diskWorkspace';
import { settledContext } from './settledContext';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

async function contextAt(files: Record<string, string>, path: string): Promise<{ text: string; sources: string; reasons: string[] }> {
  const ws = new DiskWorkspace(files);
  try {
    const doc = ws.openAtCursor(path);
    const result = await settledContext(ws, syntax, doc, 1500);
    return {
      text: result.snippets.map((s) => s.text).join('\n'),
      sources: result.snippets.map((s) => `${s.source}:${s.path}`).join(' '),
      // Every candidate, kept or merged into a twin: what each source found.
      reasons: result.debug.candidates.map((c) => `${c.source}:${c.path}: ${c.reason ?? ''}`),
    };
  } finally {
    ws.dispose();
  }
}

const ref = (source: string, names: string[] = []) => ({ source, line: 0, names });

test('Rust modules resolve against the crate\'s own Cargo.toml, with super::, self:: and mod declarations', () => {
  const files = ['Cargo.toml', 'crates/core/Cargo.toml', 'crates/core/src/lib.rs', 'crates/core/src/ledger.rs', 'crates/core/src/bank/mod.rs', 'crates/core/src/bank/teller.rs'];
  const from = 'crates/core/src/bank/teller.rs';
  assert.equal(importCandidates('rust', ref('crate::ledger::Ledger'), from, { files })[0], 'crates/core/src/ledger/Ledger.rs');
  assert.ok(importCandidates('rust', ref('crate::ledger::Ledger'), from, { files }).includes('crates/core/src/ledger.rs'));
  assert.ok(importCandidates('rust', ref('super::Vault'), from, { files }).includes('crates/core/src/bank/mod.rs'), 'super of bank::teller is bank');
  assert.ok(importCandidates('rust', ref('super::super::ledger::Ledger'), from, { files }).includes('crates/core/src/ledger.rs'));
  assert.deepEqual(importCandidates('rust', ref('teller'), 'crates/core/src/bank/mod.rs', { files }), ['crates/core/src/bank/teller.rs', 'crates/core/src/bank/teller/mod.rs']);
  assert.deepEqual(importCandidates('rust', ref('audit'), 'crates/core/src/ledger.rs', { files }).slice(0, 1), ['crates/core/src/ledger/audit.rs'], 'a non-mod file\'s children live in its own folder');
  assert.ok(importCandidates('rust', ref('crate::{ledger, bank::Vault}'), from, { files }).includes('crates/core/src/ledger.rs'));
});

test('Rust: a bare path (`use de::Visitor`, 2015 edition) names a module of the crate from its root or from the module in scope, never an external crate or the crate root itself', async () => {
  const files = ['Cargo.toml', 'src/lib.rs', 'src/de/mod.rs', 'src/de/impls.rs', 'src/de/value.rs', 'src/private/mod.rs'];
  const from = 'src/de/impls.rs';
  const candidates = (source: string) => importCandidates('rust', ref(source), from, { files });
  assert.ok(candidates('de::{Deserialize, Visitor}').includes('src/de/mod.rs'), candidates('de::{Deserialize, Visitor}').join(' '));
  assert.ok(candidates('de::value::MapDeserializer').includes('src/de/value.rs'));
  assert.ok(importCandidates('rust', ref('value::MapDeserializer'), 'src/de/mod.rs', { files }).includes('src/de/value.rs'), 'a child of the module in scope (2018)');
  assert.deepEqual(candidates('std::fmt'), []);
  assert.ok(!candidates('serde_json::Value').some((c) => c === 'src/lib.rs' || c === 'src/main.rs'), 'an external crate is never the crate root');
  const { reasons } = await contextAt({
    'Cargo.toml': '[package]\nname = "serde"\nversion = "1.0.0"\n',
    'src/lib.rs': 'pub mod de;\n',
    'src/de/mod.rs': 'mod impls;\n\npub trait Visitor<\'de>: Sized {\n    fn visit_u32(self, v: u32) -> Result<u32, ()>;\n    fn visit_str(self, v: &str) -> Result<u32, ()>;\n}\n',
    'src/de/impls.rs': 'use de::Visitor;\n\nstruct U32Visitor;\n\nimpl<\'de> Visitor<\'de> for U32Visitor {\n    <|>\n}\n',
  }, 'src/de/impls.rs');
  assert.ok(reasons.some((r) => r.startsWith('symbolDefinitions:src/de/mod.rs') && /Visitor \(imported\)/.test(r)), reasons.join('\n'));
});

test('Rust: a Cargo workspace crate\'s struct fields and impl methods reach the context through self and typed parameters', async () => {
  const { text } = await contextAt({
    'Cargo.toml': '[workspace]\nmembers = ["crates/core"]\n',
    'crates/core/Cargo.toml': '[package]\nname = "core"\n',
    'crates/core/src/lib.rs': 'pub mod ledger;\npub mod bank;\n',
    'crates/core/src/ledger.rs': 'pub struct Ledger {\n    pub balance: i64,\n}\n\nimpl Ledger {\n    pub fn record(&mut self, amount: i64) {\n        self.balance += amount;\n    }\n}\n',
    'crates/core/src/bank/mod.rs': 'pub mod teller;\n',
    'crates/core/src/bank/teller.rs': 'use crate::ledger::Ledger;\n\npub fn serve(ledger: &mut Ledger) {\n    ledger.<|>\n}\n',
  }, 'crates/core/src/bank/teller.rs');
  assert.match(text, /pub struct Ledger/);
  assert.match(text, /pub balance: i64/);
  assert.match(text, /pub fn record\(&mut self, amount: i64\)/);
});

test('Rust: items written inside macro calls (tokio\'s cfg_*! blocks, nested) are definitions and imports like any other', async () => {
  const files = {
    'Cargo.toml': '[package]\nname = "rt"\n',
    'src/lib.rs': 'mod task;\nmod runtime;\n',
    'src/task.rs': 'cfg_rt! {\n    use crate::runtime::Handle;\n\n    /// Spawns a task.\n    pub fn spawn_on(handle: &Handle, name: &str) -> JoinHandle {\n        handle.spawn(name)\n    }\n\n    cfg_net! {\n        pub struct JoinHandle {\n            pub id: u64,\n        }\n    }\n}\n',
    'src/runtime.rs': 'pub struct Handle {\n    pub workers: usize,\n}\n\nimpl Handle {\n    cfg_rt! {\n        pub fn spawn(&self, name: &str) -> crate::task::JoinHandle {\n            todo!()\n        }\n    }\n}\n',
    'src/main.rs': 'use crate::task::spawn_on;\nuse crate::runtime::Handle;\n\nfn start(handle: &Handle) {\n    let joined = spawn_on(handle, "main");\n    <|>\n}\n',
  };
  const ws = new DiskWorkspace(files);
  try {
    const text = await ws.readFile('src/task.rs');
    const tree = (await syntax.parse('rust', text!))!;
    const file = analyzeFile(syntax, 'src/task.rs', 'rust', text!, tree);
    tree.delete();
    assert.deepEqual(file.definitions.map((d) => `${d.kind} ${d.name}`), ['function spawn_on', 'class JoinHandle', 'field id']);
    assert.equal(file.definitions[2].parent, 1, 'a field of the struct in the nested macro');
    assert.deepEqual(file.imports.map((i) => i.source), ['crate::runtime::Handle']);
  } finally {
    ws.dispose();
  }
  const { text } = await contextAt(files, 'src/main.rs');
  assert.match(text, /pub fn spawn_on\(handle: &Handle, name: &str\) -> JoinHandle/);
  assert.match(text, /pub fn spawn\(&self, name: &str\)/, 'a method in a macro inside an impl block is one of the type\'s members');
});

test('Go: same-package files without imports, the module root package from a subfolder, and the receiver\'s method set', async () => {
  const files = {
    'go.mod': 'module example.com/bank\n\ngo 1.21\n',
    'bank.go': 'package bank\n\n// Open opens the books.\nfunc Open(name string) *Books {\n\treturn &Books{Name: name}\n}\n',
    'books.go': 'package bank\n\ntype Books struct {\n\tName    string\n\tEntries []Entry\n}\n\nfunc (b *Books) Post(e Entry) error {\n\treturn nil\n}\n\ntype Entry struct {\n\tAmount int\n}\n',
    'audit.go': 'package bank\n\nfunc Audit(b *Books) int {\n\ttotal := 0\n\t<|>\n}\n',
    'cmd/teller/main.go': 'package main\n\nimport "example.com/bank"\n\nfunc main() {\n\tbooks := bank.Open("main")\n\t<|>\n}\n',
  };
  const audit = await contextAt(files, 'audit.go');
  assert.match(audit.text, /type Books struct/);
  assert.match(audit.text, /Entries \[\]Entry/);
  assert.match(audit.text, /func \(b \*Books\) Post\(e Entry\) error/, 'the method set of the parameter\'s type');
  const main = await contextAt(files, 'cmd/teller/main.go');
  assert.match(main.text, /func Open\(name string\) \*Books/);
});

test('Go: an import binds its package\'s name, so a qualified type (`web.Context`) finds its members in whichever file of the package defines it', async () => {
  const files: Record<string, string> = {
    'go.mod': 'module example.com/web/v2\n\ngo 1.21\n',
    'context.go': 'package web\n\ntype Context struct {\n\tRequest *Request\n\tKeys    map[string]any\n}\n\nfunc (c *Context) JSON(code int, obj any) {\n}\n',
    'cmd/app/main.go': 'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/web/v2"\n)\n\nfunc handle(c *web.Context) {\n\tfmt.Println("handling")\n\t<|>\n}\n',
  };
  // More files of the package than one import used to read, listed before the one that matters.
  for (const name of ['aa', 'ab', 'ac', 'ad', 'ae']) files[`${name}.go`] = `package web\n\nfunc ${name.toUpperCase()}Helper() {}\n`;
  assert.deepEqual(['github.com/go-playground/validator/v10', 'gopkg.in/yaml.v3', 'github.com/mattn/go-isatty', 'example.com/web/v2'].map(goPackageName), ['validator', 'yaml', 'isatty', 'web']);
  const { text, reasons } = await contextAt(files, 'cmd/app/main.go');
  assert.match(text, /type Context struct/);
  assert.match(text, /func \(c \*Context\) JSON\(code int, obj any\)/, 'the method set of the qualified parameter type');
  assert.ok(reasons.includes('typeMembers:context.go: members of Context (type of c)'), reasons.join('\n'));
  assert.ok(reasons.includes('symbolDefinitions:context.go: class Context (imported)'), reasons.join('\n'));
});

test('Java: same-package classes without an import, imported classes, fields\' types and inherited members', async () => {
  const { text } = await contextAt({
    'src/com/acme/Account.java': 'package com.acme;\n\npublic abstract class Account {\n    protected long balance;\n    public long balance() { return balance; }\n}\n',
    'src/com/acme/Ledger.java': 'package com.acme;\n\npublic class Ledger extends Account {\n    private final String name;\n    public Ledger(String name) { this.name = name; }\n    public void record(long amount) { balance += amount; }\n}\n',
    'src/com/acme/app/Teller.java': 'package com.acme.app;\n\nimport com.acme.Ledger;\n\npublic class Teller {\n    private Ledger ledger;\n\n    void pay(long amount) {\n        ledger.<|>\n    }\n}\n',
    'src/com/acme/Clerk.java': 'package com.acme;\n\nclass Clerk {\n    void close(Ledger books) {\n        books.<|>\n    }\n}\n',
  }, 'src/com/acme/app/Teller.java');
  assert.match(text, /public void record\(long amount\)/);
  assert.match(text, /public long balance\(\)/, 'members of the base class');
});

test('Java: a class of the same package is found with no import at all', async () => {
  const { text } = await contextAt({
    'src/com/acme/Ledger.java': 'package com.acme;\n\npublic class Ledger {\n    public void record(long amount) { }\n}\n',
    'src/com/acme/Clerk.java': 'package com.acme;\n\nclass Clerk {\n    void close(Ledger books) {\n        books.<|>\n    }\n}\n',
  }, 'src/com/acme/Clerk.java');
  assert.match(text, /public void record\(long amount\)/);
});

test('C++: a project header included by path from another folder is read as C++ and gives its class', async () => {
  const { text } = await contextAt({
    'include/acme/ledger.h': '#pragma once\nnamespace acme {\nclass Ledger {\n public:\n  void Record(long amount);\n  long Balance() const;\n};\n}  // namespace acme\n',
    'src/teller.cc': '#include "acme/ledger.h"\n\nvoid Pay(acme::Ledger& ledger) {\n  ledger.Record(10);\n  <|>\n}\n',
  }, 'src/teller.cc');
  assert.match(text, /class Ledger/);
  assert.match(text, /long Balance\(\) const;/);
});

test('C++: a class declared with an export macro (`class ACME_API Ledger {`) is a class, with its members, in the header and in the context', async () => {
  const header = '#pragma once\n#define ACME_API __attribute__((visibility("default")))\nnamespace acme {\nclass ACME_API Ledger {\n public:\n  void Record(long amount);\n  long Balance() const;\n};\nstruct ACME_API Entry {\n  long amount;\n};\nclass ACME_API LedgerError : public std::runtime_error {\n public:\n  using std::runtime_error::runtime_error;\n};\n}  // namespace acme\n';
  const tree = await syntax.parse('cpp', header);
  const analysis = analyzeFile(syntax, 'include/acme/ledger.h', 'cpp', header, tree);
  tree?.delete();
  const classes = analysis.definitions.filter((d) => d.kind === 'class').map((d) => d.name);
  assert.deepEqual(classes, ['acme', 'Ledger', 'Entry', 'LedgerError']);
  assert.ok(!analysis.byName.has('ACME_API') || analysis.byName.get('ACME_API')!.every((d) => d.kind === 'constant'), 'the macro is no class');
  // A macro before a return type: the grammar reads `Result Succeed` as the declarator; the name is the last word.
  const api = '#pragma once\nnamespace acme {\nACME_API Result Succeed();\nACME_API std::string TempDir();\nACME_CONSTEXPR inline auto Count(int n) -> int { return n; }\nbool operator==(const Result& a, const Result& b);\n}\n';
  const apiTree = await syntax.parse('cpp', api);
  const functions = analyzeFile(syntax, 'include/acme/api.h', 'cpp', api, apiTree).definitions.filter((d) => d.kind === 'function').map((d) => d.name);
  apiTree?.delete();
  assert.deepEqual(functions, ['Succeed', 'TempDir', 'Count', 'operator==']);
  const { text } = await contextAt({
    'include/acme/ledger.h': header,
    'src/teller.cc': '#include "acme/ledger.h"\n\nvoid Pay(acme::Ledger& ledger) {\n  ledger.Record(10);\n  <|>\n}\n',
  }, 'src/teller.cc');
  assert.match(text, /class ACME_API Ledger \{/);
  assert.match(text, /long Balance\(\) const;/);
});

test('C++: names declared in a header that an included header includes (two levels down) are found as imported definitions', async () => {
  const { reasons, text } = await contextAt({
    'include/acme/port/arch.h': '#pragma once\n#define ACME_OS_LINUX 1\nnamespace acme {\nclass Clock {\n public:\n  long NowMicros() const;\n};\n}  // namespace acme\n',
    'include/acme/port.h': '#pragma once\n#include "acme/port/arch.h"\n#define ACME_CHECK_(c) if (!(c)) abort()\n',
    'include/acme/ledger.h': '#pragma once\n#include "acme/port.h"\nnamespace acme {\nclass Ledger {\n public:\n  void Record(long amount);\n};\n}  // namespace acme\n',
    'src/ledger.cc': '#include "acme/ledger.h"\n\nnamespace acme {\n#if ACME_OS_LINUX\nvoid Ledger::Record(long amount) {\n  Clock clock;\n  <|>\n}\n#endif\n}  // namespace acme\n',
  }, 'src/ledger.cc');
  assert.ok(reasons.some((r) => r.startsWith('symbolDefinitions:include/acme/port/arch.h') && /class Clock \(imported\)/.test(r)), reasons.join('\n'));
  assert.ok(reasons.some((r) => /constant ACME_OS_LINUX \(imported\)/.test(r)), reasons.join('\n'));
  assert.match(text, /class Clock/);
});

test('C#: a using directive\'s namespace folder gives the field\'s type and its members', async () => {
  const { text } = await contextAt({
    'src/Acme/Models/Ledger.cs': 'namespace Acme.Models\n{\n    public class Ledger\n    {\n        public long Balance { get; private set; }\n        public void Record(long amount) { Balance += amount; }\n    }\n}\n',
    'src/Acme/Bank/Teller.cs': 'using Acme.Models;\n\nnamespace Acme.Bank\n{\n    public class Teller\n    {\n        private Ledger ledger;\n        public void Pay(long amount)\n        {\n            ledger.<|>\n        }\n    }\n}\n',
  }, 'src/Acme/Bank/Teller.cs');
  assert.match(text, /public void Record\(long amount\)/);
});
