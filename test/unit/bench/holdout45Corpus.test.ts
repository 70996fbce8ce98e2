// The forty-fifth holdout (Singer SDK taps' and targets' tests, labelled by the config schema's `secret=True`) is what
// its build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file
// with the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed. Items are
// compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout45CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { configLiterals, declaredProperties, labelSingerTest, singerSources } from '../../../bench/guard/corpus/build/singerSecretConfigs';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    'singer-tap-jira': 'MeltanoLabs/tap-jira', 'singer-tap-postgres': 'MeltanoLabs/tap-postgres',
    'singer-target-postgres': 'MeltanoLabs/target-postgres', 'singer-tap-mysql': 'MeltanoLabs/tap-mysql',
    'singer-target-clickhouse': 'MeltanoLabs/target-clickhouse',
  });
});

test("the forty-fifth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout45');
  assert.deepEqual(readExternalCorpus([holdout45CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The forty-fifth holdout": 30 items, 16 scored (4 secret, 12 clean), 14 apart; 3 distinct values.
  assert.equal(held.length, 30);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(singerSources.map(bySource), [[0, 2, 2], [3, 5, 7], [1, 0, 2], [0, 0, 1], [0, 5, 2]]);
  const values = new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets));
  assert.equal(values.size, 3);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout45', `holdout45 (${singerSources.join(', ')})`);
});

test('the labeller: each configuration literal one item, its secret=True properties the secret; references, unmarked credentials and stand-ins apart', () => {
  const declaration = [
    '    config_jsonschema = th.PropertiesList(',
    '        th.Property("host", th.StringType, description="Host"),',
    '        th.Property("password", th.StringType, secret=True),',
    '        th.Property("sqlalchemy_url", th.StringType, secret=True),',
    '        th.Property("token", th.StringType),',
    '        th.Property(',
    '            "ssh_tunnel",',
    '            th.ObjectType(',
    '                th.Property("host", th.StringType),',
    '                th.Property("private_key", th.StringType, secret=True),',
    '            ),',
    '        ),',
    '    ).to_dict()',
  ].join('\n');
  const declared = declaredProperties(declaration);
  assert.deepEqual([...declared], [
    ['host', false], ['password', true], ['sqlalchemy_url', true], ['token', false], ['ssh_tunnel', false], ['ssh_tunnel.host', false], ['ssh_tunnel.private_key', true],
  ]);
  const file = [
    'CONFIG = {',
    '    "host": "db.example.com",  # a comment, "quoted"',
    '    "password": "Zq8rT2mwK4",',
    '}',
    'def base_config(tmp):',
    '    return {"host": str(tmp / "x"), "ssh_tunnel": {"host": "h", "private_key": "k7Vd9xQ2pLw"}}',
    'def test_url():',
    '    cfg = {"sqlalchemy_url": ("postgresql://u:Pw4tR9x@h/db"', '        "?sslmode=require")}',
    '    cfg.update({"sqlalchemy_url": "postgresql://u@h/db"})',
    '    other = {"password": "notTaken1"}',
    '    config={"password": pw}',
    '    stream.config.update({"token": "only-a-plain-one"})',
    '    SAMPLE_CONFIG = {"sqlalchemy_url": "mysql://root:password@h/db"}',
    '    config = {"sqlalchemy_url": "pg://same:same@h/db", "ssh_tunnel": {"private_key": "k9Xw2mQ7r"}}',
  ].join('\n');
  assert.deepEqual(configLiterals(file).map((l) => l.name), ['CONFIG', 'base_config', 'cfg', 'cfg', 'config', 'config', 'SAMPLE_CONFIG', 'config']);
  assert.deepEqual(labelSingerTest('t.py', file, declared).map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['Zq8rT2mwK4'], undefined],
    ['secret', ['k7Vd9xQ2pLw'], undefined],
    ['secret', ['Pw4tR9x'], undefined],
    ['clean', [], undefined],
    ['clean', [], 'a variable or expression in a secret property (the value is not in its text)'],
    ['clean', [], 'a credential-named property the saved declaration does not mark secret'],
    ['secret', ['password'], 'a documented example or filler value'],
    ['secret', ['k9Xw2mQ7r'], undefined],
  ]);
});
