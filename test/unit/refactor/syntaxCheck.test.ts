// The parse check of a proposal, in the context of its document.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import { checkProposalSyntax } from '../../../src/core/refactor/syntaxCheck';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create();
});
after(() => syntax.dispose());

test('a method body fragment is judged inside its class', async () => {
  const doc = 'class A {\n  f() {\n    return 1;\n  }\n}\n';
  const range = { start: doc.indexOf('    return'), end: doc.indexOf('1;') + 2 };
  assert.equal((await checkProposalSyntax(syntax, 'typescript', doc, range, '    const x = 1;\n    return x;')).verdict, 'ok');
  assert.equal((await checkProposalSyntax(syntax, 'typescript', doc, range, '    return (1;')).verdict, 'errors');
});

test('errors elsewhere in the file that were there before do not count; new ones after the code do', async () => {
  const doc = 'func a() int {\n\treturn 1\n}\n\nfunc b( {\n}\n';
  const range = { start: 0, end: doc.indexOf('}') + 1 };
  assert.equal((await checkProposalSyntax(syntax, 'go', doc, range, '// a is one.\nfunc a() int {\n\treturn 1\n}')).verdict, 'ok');
  const clean = 'func a() int {\n\treturn 1\n}\n\nfunc b() {\n}\n';
  const cut = await checkProposalSyntax(syntax, 'go', clean, range, 'func a() int {\n\tif true {\n\t\treturn 1');
  assert.equal(cut.verdict, 'errors');
});

test('unknown without a grammar or without the service', async () => {
  assert.equal((await checkProposalSyntax(syntax, 'plaintext', 'x', { start: 0, end: 1 }, 'y')).verdict, 'unknown');
  assert.equal((await checkProposalSyntax(undefined, 'go', 'x', { start: 0, end: 1 }, 'y')).verdict, 'unknown');
});
