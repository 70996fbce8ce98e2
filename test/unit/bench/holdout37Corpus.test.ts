// The thirty-seventh holdout (Grafana data source provisioning files, labelled by secureJsonData) is what its build makes
// of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts
// corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed. Items are compared and
// counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout37CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { dataSourceBlocks, labelDataSources, secureJsonDataSources, secureSlots } from '../../../bench/guard/corpus/build/secureJsonDataBlocks';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, {
    grafana: 'grafana/grafana', 'grafana-clickhouse': 'grafana/clickhouse-datasource', 'grafana-github': 'grafana/github-datasource',
    'grafana-sentry': 'grafana/sentry-datasource', 'grafana-athena': 'grafana/athena-datasource', 'grafana-redshift': 'grafana/redshift-datasource',
    'grafana-xray': 'grafana/x-ray-datasource', 'grafana-timestream': 'grafana/timestream-datasource', 'grafana-infinity': 'grafana/grafana-infinity-datasource',
    'grafana-opensearch': 'grafana/opensearch-datasource', 'grafana-sheets': 'grafana/google-sheets-datasource',
    'grafana-adx': 'grafana/azure-data-explorer-datasource', 'grafana-sitewise': 'grafana/iot-sitewise-datasource',
  });
});

test("the thirty-seventh holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout37');
  assert.deepEqual(readExternalCorpus([holdout37CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The thirty-seventh holdout": 103 items, 71 scored (10 secret, 61 clean), 32 apart; 6 distinct values.
  assert.equal(held.length, 103);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(secureJsonDataSources.map(bySource), [
    [6, 45, 17], [0, 1, 0], [0, 0, 1], [0, 0, 1], [0, 0, 2], [0, 0, 2], [0, 0, 1], [0, 0, 1], [3, 12, 4], [1, 0, 0], [0, 2, 1], [0, 0, 2], [0, 1, 0],
  ]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([values('grafana'), values('grafana-infinity'), values('grafana-opensearch'), values()], [3, 2, 1, 6]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout37', `holdout37 (${secureJsonDataSources.join(', ')})`);
});

test('the labeller: one item per data source entry, its secureJsonData literals the secret; references, certificates and stand-ins apart', () => {
  const file = [
    'apiVersion: 1', '', 'deleteDatasources:', '  - name: old', '', 'datasources:',
    '  - name: db', '    type: mysql', '    user: reader', '    secureJsonData:', '      password: Zq8rT2mwK4', '',
    '  # introduces the next entry',
    '  - name: plain', '    type: prometheus', '    url: http://localhost:9090', '    jsonData:', '      httpHeaderName1: Authorization',
    '  - name: env', '    type: influxdb', '    secureJsonData:', '      token: $__env{INFLUX_TOKEN}',
    '  - name: file', '    type: prometheus', '    basicAuthPasswordFile: /run/secrets/pw',
    '  - name: certs', '    type: loki', '    secureJsonData:', '      tlsCACert: "MIIBcert"', '      tlsClientCert: "MIIBclient"',
    '  - name: header', '    type: influxdb', '    secureJsonData:', '      httpHeaderValue1: "Token k7Vd9xQ2pL"  # a comment',
    '  - name: legacy', '    type: postgres', '    password: "N4r!kw8Tz"', '    jsonData:', '      sslmode: disable',
    '  - name: standin', '    type: mysql', '    secureJsonData:', "      password: 'password'",
    '  - name: empty', '    type: clickhouse', '    secureJsonData:', '      # password: ""',
    'deleteLater:', '  - name: not-an-entry',
  ].join('\n');
  const blocks = dataSourceBlocks(file);
  assert.deepEqual(blocks.map((b) => b.name), ['db', 'plain', 'env', 'file', 'certs', 'header', 'legacy', 'standin', 'empty']);
  assert.ok(!blocks[0]!.text.includes('introduces'), 'a comment that introduces the next entry is not the entry');
  assert.deepEqual(secureSlots(blocks[0]!), [{ key: 'secureJsonData.password', value: 'Zq8rT2mwK4' }]);
  const [db, plain, env, fileRef, certs, header, legacy, standIn, empty] = labelDataSources('p.yaml', file);
  assert.deepEqual(db, { text: blocks[0]!.text, secrets: ['Zq8rT2mwK4'], label: 'secret', rule: 'p.yaml#db' });
  assert.deepEqual([plain!.label, plain!.note], ['clean', undefined]);
  assert.deepEqual([env!.label, env!.note], ['clean', 'a reference resolved at run time (not in its text)']);
  assert.deepEqual([fileRef!.label, fileRef!.note], ['clean', 'a reference resolved at run time (not in its text)']);
  assert.deepEqual([certs!.label, certs!.note], ['clean', 'not a credential (a certificate or parameter Grafana encrypts)']);
  assert.deepEqual([header!.label, header!.secrets, header!.note], ['secret', ['k7Vd9xQ2pL'], undefined]);
  assert.deepEqual([legacy!.label, legacy!.secrets], ['secret', ['N4r!kw8Tz']]);
  assert.equal(standIn!.note, 'a documented example or filler value');
  assert.deepEqual([empty!.label, empty!.note], ['clean', undefined]);
  // A commented-out list (Grafana's sample) keeps its `#`s; its entries are read through them.
  const sample = '#datasources:\n#   # <string> the name\n# - name: Graphite\n#   type: graphite\n#   secureJsonData:\n#     tlsClientKey: "..."\n#     httpHeaderValue1: "Bearer xf5yh3kp9s"\n#   editable: false\n\n';
  const [commented] = labelDataSources('s.yaml', sample);
  assert.deepEqual([commented!.label, commented!.secrets, commented!.text.startsWith('# - name: Graphite'), commented!.text.endsWith('#   editable: false')], ['secret', ['xf5yh3kp9s'], true, true]);
});
