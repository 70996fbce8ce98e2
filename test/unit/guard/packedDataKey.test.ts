// Where no grammar puts a key or a value: a key word inside packed data (a digit-led key glued to the data before it, a
// name glued after `=` to a digit-led name in no key's place), and an option a manual names ("the --login command line option").
// bench/guard/README.md, "The look-alike spans left in the machine's own text" (twenty-fifth round).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyInPackedData } from '../../../src/core/guard/rules/packedDataKey';
import { optionNamedInProse } from '../../../src/core/guard/rules/notTheValue';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("a key word inside a base-91 run (the entities package's decode trie) is no key", () => {
  assertLeaves([
    'const t = decodeTrieDict("a[aea!=!a6a*aoXb1a.!aAbL!b>,b\'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG\'!6Vz0=<r{Ju{%!:pj@Wf");',
    'const t = decodeTrieDict("!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG\'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~B");',
    'x = "adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG\'!6Vye=<qnJvh_[xhg3v"',
    '"!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG\'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/Kv"',
  ]);
});

test('a digit-led key where a data format puts its keys, and a key after `=` with its own `=`, stay read', () => {
  assertFinds([
    '01_hardcoded_password: ⟦hardcoded0⟧',
    '  01_hardcoded_password: ⟦hardcoded0⟧',
    '- 01_hardcoded_password: ⟦hardcoded0⟧',
    'x=password=⟦Xk9pQ2mL7rT4⟧',
    'x=pw:⟦Xk9pQ2mL7rT4⟧',
    '[Service]\nSetCredential=db-password:⟦Xk9pQ2mL7rT4⟧',
    'export BUNDLE_GITHUB__COM=x-access-token:⟦k9d-Xz_7.Qm~P2a⟧',
    'PGPASSWORD=⟦pw:Xk9pQ2mL7rT4⟧',
    'pw:⟦Xk9pQ2mL7rT4⟧',
    '@password: ⟦Xk9pQ2mL7rT4⟧;',
  ]);
  assert.equal(keyInPackedData('3p1Pw:5p/Ou', 0, '3p1Pw'), false);
  assert.equal(keyInPackedData('a\n2pw: x', 2, '2pw'), false);
  assert.equal(keyInPackedData('{"3pw": x', 2, '3pw'), false);
  assert.equal(keyInPackedData('a&2pw=x', 2, '2pw'), false);
  assert.equal(keyInPackedData('@3p1Pw:5p/Ou', 1, '3p1Pw'), true);
  assert.equal(keyInPackedData(';5qmPw:5p/Ou', 1, '5qmPw'), true);
  assert.equal(keyInPackedData('@3pIh=rt3rxPw:5pG', 6, 'rt3rxPw'), true);
  assert.equal(keyInPackedData('3pIh=rt3rxPw:5pG', 5, 'rt3rxPw'), false);
  assert.equal(keyInPackedData('h=rt3rxPw:5pG', 2, 'rt3rxPw'), false);
});

test('an option a manual names is not given a value', () => {
  assertLeaves([
    '/etc/pam.d/su-l - for --login command line option',
    'be passed to svn via the --username and --password options instead of via the URL.',
    "# The --username and --password options can't be used for svn+ssh",
    'run --password options',
    'see the --password flag',
    'the --token switch',
  ]);
  assertFinds([
    'mongo --username admin --password ⟦hunter2x⟧ options',
    'run --password ⟦letmein⟧',
    'run --password ⟦hunter2x⟧',
    'run --token ⟦Xk9pQ2mL7rT4⟧ --verbose',
    'mongo -u admin -p ⟦s3cr3tPw⟧ --authenticationDatabase admin',
  ]);
  assert.equal(optionNamedInProse('--login command line option', 7, 'command'), true);
  assert.equal(optionNamedInProse('--login command and more words option', 7, 'command'), false);
});

