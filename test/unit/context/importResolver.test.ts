import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importCandidates, parseGoModule, parseTsPathConfig } from '../../../src/core/context/importResolver';

const ref = (source: string, names: string[] = []) => ({ source, line: 0, names });

test('TypeScript: relative imports try extensions, index files and .js-for-.ts', () => {
  const c = importCandidates('typescript', ref('./ledger'), 'src/bank.ts', {});
  assert.ok(c.includes('src/ledger.ts') && c.includes('src/ledger/index.ts'));
  assert.ok(importCandidates('typescript', ref('../util/format.js'), 'src/app/main.ts', {}).includes('src/util/format.ts'));
  assert.deepEqual(importCandidates('typescript', ref('node:path'), 'src/bank.ts', {}), []);
});

test('TypeScript: path aliases from tsconfig (comments and trailing commas allowed)', () => {
  const config = parseTsPathConfig(`{
    // aliases
    "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["src/lib/*"], }, /* done */ },
  }`);
  assert.deepEqual(config, { baseUrl: '.', paths: { '@lib/*': ['src/lib/*'] } });
  assert.ok(importCandidates('typescript', ref('@lib/money'), 'src/app.ts', { tsPaths: config }).includes('src/lib/money.ts'));
});

test('Python: relative and absolute modules, and names that are submodules', () => {
  assert.deepEqual(importCandidates('python', ref('.events'), 'asyncio/tasks.py', {}).slice(0, 2), ['asyncio/events.py', 'asyncio/events/__init__.py']);
  assert.ok(importCandidates('python', ref('.', ['futures']), 'asyncio/tasks.py', {}).includes('asyncio/futures.py'));
  assert.ok(importCandidates('python', ref('..utils'), 'pkg/sub/mod.py', {}).includes('pkg/utils.py'));
  assert.ok(importCandidates('python', ref('email.message'), 'email/parser.py', {}).includes('email/message.py'));
});

test('Rust, C, Ruby, Java and Go resolve by their own conventions', () => {
  assert.ok(importCandidates('rust', ref('crate::ledger::Ledger'), 'src/main.rs', {}).includes('src/ledger.rs'));
  assert.deepEqual(importCandidates('rust', ref('util'), 'src/lib.rs', {}), ['src/util.rs', 'src/util/mod.rs']);
  assert.equal(importCandidates('c', ref('ledger.h'), 'src/bank.c', {})[0], 'src/ledger.h');
  assert.equal(importCandidates('ruby', ref('ledger'), 'lib/bank.rb', {})[0], 'lib/ledger.rb');
  const files = ['src/main/java/com/acme/Ledger.java', 'pkg/ledger/ledger.go', 'pkg/ledger/ledger_test.go'];
  assert.deepEqual(importCandidates('java', ref('com.acme.Ledger'), 'src/main/java/com/acme/Bank.java', { files }), [files[0]]);
  const goModule = parseGoModule('module example.com/bank\n\ngo 1.22\n');
  assert.deepEqual(importCandidates('go', ref('example.com/bank/pkg/ledger'), 'main.go', { goModule, files }), ['pkg/ledger/ledger.go']);
});

test('C#: a using directive names the folder of its namespace', () => {
  const files = ['src/Acme/Models/Account.cs', 'src/Acme/Models/Ledger.cs', 'src/Acme/Bank/Teller.cs', 'tests/Models/Fake.txt'];
  assert.deepEqual(importCandidates('csharp', ref('Acme.Models'), 'src/Acme/Bank/Teller.cs', { files }), ['src/Acme/Models/Account.cs', 'src/Acme/Models/Ledger.cs']);
  assert.deepEqual(importCandidates('csharp', ref('Contoso.Acme.Models'), 'src/Acme/Bank/Teller.cs', { files }).length, 2, 'the longest suffix that exists');
  assert.deepEqual(importCandidates('csharp', ref('System.Linq'), 'src/Acme/Bank/Teller.cs', { files }), []);
});
