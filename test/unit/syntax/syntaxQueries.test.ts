import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { allSyntaxLanguages } from '../../../src/core/syntax/languages';
import type { QueryKind } from '../../../src/core/syntax/syntaxQueries';

let syntax: SyntaxService;
before(async () => {
  // Generous parse budget: the test machine is shared and may be slow.
  syntax = await SyntaxService.create({ defaultTimeoutMs: 10_000 });
});
after(() => syntax.dispose());

const kinds: QueryKind[] = ['definitions', 'imports', 'scopes', 'identifiers'];

test('every language has all four queries and they compile against its grammar', async () => {
  const missing: string[] = [];
  for (const language of allSyntaxLanguages()) {
    await syntax.loadLanguage(language.name);
    for (const kind of kinds) if (!syntax.query(language.name, kind)) missing.push(`${language.name}/${kind}`);
  }
  assert.deepEqual(missing, []);
});

// name -> [source, expected definitions "kind:name", expected import sources]
const fixtures: Record<string, [string, string[], string[]]> = {
  typescript: [
    "import { Ledger } from './ledger';\nimport * as path from 'node:path';\nexport interface Entry { amount: number }\nexport class Account {\n  private total = 0;\n  deposit(entry: Entry): void { this.total += entry.amount; }\n}\nexport const MAX = 10;\nconst format = (n: number) => n.toFixed(2);\n",
    ['type:Entry', 'class:Account', 'field:total', 'method:deposit', 'constant:MAX', 'function:format', 'constant:format'],
    ['./ledger', 'node:path'],
  ],
  python: [
    'from .events import AbstractEventLoop\nimport os.path\n\nDEFAULT = 5\n\nclass Queue:\n    maxsize = 0\n\n    def put(self, item):\n        pass\n\n    @property\n    def size(self):\n        return 0\n\ndef helper():\n    def inner():\n        pass\n',
    ['constant:DEFAULT', 'class:Queue', 'field:maxsize', 'method:put', 'method:size', 'function:helper', 'function:inner'],
    ['.events', 'os.path'],
  ],
  go: [
    'package bank\n\nimport (\n\t"fmt"\n\t"example.com/bank/ledger"\n)\n\nconst Limit = 3\n\ntype Account struct { Balance int }\n\nfunc (a *Account) Deposit(n int) { a.Balance += n }\n\nfunc New() *Account { return &Account{} }\n',
    ['constant:Limit', 'class:Account', 'type:Account', 'field:Balance', 'method:Deposit', 'function:New'],
    ['"fmt"', '"example.com/bank/ledger"'],
  ],
  c: [
    '#include "ledger.h"\n#include <stdio.h>\n#define LIMIT 3\nstruct account { int balance; };\nint deposit(struct account *a, int n) { a->balance += n; return a->balance; }\n',
    ['constant:LIMIT', 'class:account', 'field:balance', 'function:deposit'],
    ['ledger.h', '<stdio.h>'],
  ],
  rust: [
    'use crate::ledger::Ledger;\nmod util;\npub struct Account { balance: i64 }\nimpl Account {\n    pub fn deposit(&mut self, n: i64) { self.balance += n; }\n}\n',
    ['class:Account', 'field:balance', 'class:Account', 'function:deposit'],
    ['crate::ledger::Ledger', 'util'],
  ],
};

test('definitions and imports queries capture what the context engine needs', async () => {
  for (const [name, [source, definitions, imports]] of Object.entries(fixtures)) {
    const tree = await syntax.parse(name, source);
    assert.ok(tree, name);
    const defs = syntax.query(name, 'definitions')!.matches(tree.rootNode).map((m) => {
      const def = m.captures.find((c) => c.name.startsWith('definition.'))!;
      return `${def.name.slice('definition.'.length)}:${m.captures.find((c) => c.name === 'name')!.node.text}`;
    });
    assert.deepEqual(defs.sort(), [...definitions].sort(), name);
    const sources = syntax.query(name, 'imports')!.captures(tree.rootNode).filter((c) => c.name === 'source').map((c) => c.node.text);
    assert.deepEqual(sources, imports, name);
    tree.delete();
  }
});
