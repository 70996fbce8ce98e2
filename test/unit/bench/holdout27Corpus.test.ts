// The twenty-seventh holdout (connection-string and DSN parsers' tests — pg-connection-string, dj-database-url, SQLAlchemy,
// go-sql-driver/mysql, pgx, sqlx, MongoDB's connection-string spec, pymongo, mongodb-connection-string-url, amqp091-go,
// kombu) is what its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its
// own file with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed; each
// label traces to the password its test expects parsed or masked.
// Items are compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout27CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { labelParserCases } from '../../../bench/guard/corpus/build/connectionStringTests';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const repos = {
  'pg-connection-string': 'brianc/node-postgres', 'dj-database-url': 'jazzband/dj-database-url', sqlalchemy: 'sqlalchemy/sqlalchemy',
  'go-sql-driver-mysql': 'go-sql-driver/mysql', pgx: 'jackc/pgx', sqlx: 'launchbadge/sqlx', 'mongodb-specifications': 'mongodb/specifications',
  pymongo: 'mongodb/mongo-python-driver', 'mongodb-connection-string-url': 'mongodb-js/mongodb-connection-string-url', 'amqp091-go': 'rabbitmq/amqp091-go',
  kombu: 'celery/kombu',
};
const sources = Object.keys(repos);

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, repos);
});

test("the twenty-seventh holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout27');
  assert.deepEqual(readExternalCorpus([holdout27CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The twenty-seventh holdout": 183 items, 139 scored (53 secret, 86 clean), 44 apart; 28 distinct values.
  assert.equal(held.length, 183);
  const bySource = (source: string) => [
    held.filter((i) => i.source === source && i.label === 'secret' && !i.note).length,
    held.filter((i) => i.source === source && i.label === 'clean' && !i.note).length,
    held.filter((i) => i.source === source && i.note).length,
  ];
  assert.deepEqual(sources.map(bySource), [[6, 9, 4], [11, 2, 0], [4, 12, 8], [3, 8, 8], [1, 4, 2], [2, 10, 0], [7, 4, 5], [4, 2, 0], [15, 6, 9], [0, 24, 3], [0, 5, 5]]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 28);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout27', `holdout27 (${sources.join(', ')})`);
});

test("the labeller: the password the test expects is secret, no password is clean, stand-ins and repeated values apart", () => {
  const file = `parse('pg://u:Zq8rT2mw@h') toBe('Zq8rT2mw') parse('pg://u:pass@h') toBe('pass') parse('pg://h') toBeNull() parse('x://p:p@h') password: 'a<b'`;
  const [secret, standIn, clean, repeated, derived] = labelParserCases('s', [
    { rule: 'a', input: "parse('pg://u:Zq8rT2mw@h')", output: "toBe('Zq8rT2mw')", secrets: ['Zq8rT2mw'], text: 'pg://u:Zq8rT2mw@h' },
    { rule: 'b', input: "parse('pg://u:pass@h')", output: "toBe('pass')", secrets: ['pass'], text: 'pg://u:pass@h' },
    { rule: 'c', input: "parse('pg://h')", output: 'toBeNull()', secrets: [], text: 'pg://h' },
    { rule: 'd', input: "parse('x://p:p@h')", output: 'toBeNull()', secrets: ['p'], text: 'x://p:p@h' },
    { rule: 'e', input: "password: 'a<b'", output: 'toBeNull()', secrets: ['a<b'], text: 'pg://u:a<b@h', derived: true },
  ], file);
  assert.deepEqual(secret, { text: 'pg://u:Zq8rT2mw@h', secrets: ['Zq8rT2mw'], label: 'secret', rule: 'a' });
  assert.equal(standIn!.note, 'a documented example or filler value');
  assert.deepEqual([clean!.label, clean!.note], ['clean', undefined]);
  assert.equal(repeated!.note, 'a secret written elsewhere in its text too');
  assert.deepEqual([derived!.text, derived!.label, derived!.note], ['pg://u:a<b@h', 'secret', undefined]);
  assert.throws(() => labelParserCases('s', [{ rule: 'f', input: 'absent', output: 'toBeNull()', secrets: [] }], file));
  assert.throws(() => labelParserCases('s', [{ rule: 'g', input: "parse('pg://h')", output: 'toBeNull()', secrets: ['x'], text: 'pg://h' }], file));
  assert.throws(() => labelParserCases('s', [{ rule: 'h', input: "parse('pg://h')", output: 'toBeNull()', secrets: [], text: 'pg://elsewhere' }], file));
});
