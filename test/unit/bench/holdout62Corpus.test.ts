// The sixty-second holdout (Grafana Alloy's, Vector's and Redpanda Connect's component tests and example configurations,
// labelled by the type of the argument the block fills) is what its build makes of the saved files (builtCorpus.test.ts
// checks the file against one build), loads from its own file with the counts corpus/README.md gives, and is scored but
// never listed; each label traces to a secret-typed declaration of the saved excerpts. Items are compared and counted,
// never printed: they are held out.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout62CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { componentSecretSources, labelComponentArguments, writtenArguments, type ComponentCase } from '../../../bench/guard/corpus/build/componentSecretArguments';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, { alloy: 'grafana/alloy', vector: 'vectordotdev/vector', 'redpanda-connect': 'redpanda-data/connect' });
});

test("the sixty-second holdout loads from its own file with the README's counts and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout62');
  assert.deepEqual(readExternalCorpus([holdout62CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The sixty-second holdout": 98 items, 59 scored (36 secret, 23 clean), 39 apart; 21 distinct values.
  assert.equal(held.length, 98);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(componentSecretSources.map(bySource), [[28, 15, 32], [5, 7, 7], [3, 1, 0]]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...componentSecretSources.map(values), values()], [14, 5, 3, 21]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assertReportedApart(all, 'holdout62', `holdout62 (${componentSecretSources.join(', ')})`);
});

const alloySchema = [
  '\tUsername string            `alloy:"username,attr,optional"`',
  '\tPassword alloytypes.Secret `alloy:"password,attr,optional"`',
  '\tHeaders map[string][]alloytypes.Secret `alloy:"http_headers,attr,optional"`',
  '\tValue   *alloytypes.OptionalSecret `alloy:"value,attr,optional"`',
  '| `key_path` | `secret` | The path to the key. | | no |',
].join('\n');
const [, password, headers, value] = alloySchema.split('\n');

test('Alloy: a literal in a secret-typed argument is secret, none is clean, references, plain secret names and disagreements apart', () => {
  const blocks = [
    'basic_auth {\n\tusername = "k7Vd9x"\n\tpassword = "Zq8rT2mwK4"\n}',
    'url = "http://localhost:8080"\nrefresh_interval = "20s"',
    'basic_auth {\n\tpassword = env("BASIC_PASSWORD")\n}',
    'api_token_file = "/etc/api-token"\nusers = ["a"]',
    'http_headers = {\n\t"X-Key" = ["Qm4vT8zR2w"],\n}',
    'header {\n\tkey = "X-Scope-OrgID"\n\tvalue = "Hn3xW7pK"\n}',
    'password = "Zq8rT2mwK4"\nkey_path = "/keys/a.pem"',
  ];
  const file = blocks.join('\n\n');
  const cases: ComponentCase[] = [
    { rule: 'a', text: blocks[0]!, slots: [{ field: 'password', value: 'Zq8rT2mwK4', declared: password! }] },
    { rule: 'b', text: blocks[1]!, slots: [] },
    { rule: 'c', text: blocks[2]!, slots: [], references: [{ field: 'password', value: 'env("BASIC_PASSWORD")', declared: password! }] },
    { rule: 'd', text: blocks[3]!, slots: [] },
    { rule: 'e', text: blocks[4]!, slots: [{ field: 'http_headers', value: 'Qm4vT8zR2w', declared: headers! }] },
    { rule: 'f', text: blocks[5]!, slots: [{ field: 'value', value: 'Hn3xW7pK', declared: value! }] },
    { rule: 'g', text: blocks[6]!, slots: [{ field: 'password', value: 'Zq8rT2mwK4', declared: password! }], markersDisagree: ['key_path'] },
  ];
  const [secret, clean, reference, plain, header, optional, disagree] = labelComponentArguments('s', cases, file, alloySchema);
  assert.deepEqual(secret, { text: blocks[0], secrets: ['Zq8rT2mwK4'], label: 'secret', rule: 'a' });
  assert.deepEqual([clean!.label, clean!.note], ['clean', undefined]);
  assert.deepEqual([reference!.label, reference!.note], ['clean', 'a reference to the secret, not its value']);
  assert.deepEqual([plain!.label, plain!.note], ['clean', 'a secret-named argument of a plain type']);
  assert.deepEqual([header!.secrets, header!.note], [['Qm4vT8zR2w'], undefined]);
  assert.deepEqual([optional!.secrets, optional!.note], [['Hn3xW7pK'], undefined]);
  assert.deepEqual([disagree!.label, disagree!.note], ['secret', "the source's own markers disagree"]);
  // The block must stand in the file; the declaration in the excerpts and type the argument secret; the block write it.
  const slot = { field: 'password', value: 'Zq8rT2mwK4', declared: password! };
  assert.throws(() => labelComponentArguments('s', [{ rule: 'h', text: 'absent', slots: [] }], file, alloySchema));
  assert.throws(() => labelComponentArguments('s', [{ rule: 'i', text: blocks[0]!, slots: [{ ...slot, declared: `${password} absent` }] }], file, alloySchema));
  assert.throws(() => labelComponentArguments('s', [{ rule: 'j', text: blocks[0]!, slots: [{ ...slot, field: 'username', value: 'k7Vd9x', declared: alloySchema.split('\n')[0]! }] }], file, alloySchema));
  assert.throws(() => labelComponentArguments('s', [{ rule: 'k', text: blocks[1]!, slots: [slot] }], file, alloySchema));
  assert.throws(() => labelComponentArguments('s', [{ rule: 'l', text: blocks[0]!, slots: [], references: [{ ...slot }] }], file, alloySchema));
  assert.throws(() => labelComponentArguments('s', [{ rule: 'm', text: blocks[1]!, slots: [], markersDisagree: ['url'] }], file, alloySchema));
});

test('Vector and Redpanda Connect: SensitiveString (its serde alias too) and a `.Secret()` field spec type an argument secret', () => {
  const schema = [
    '    #[serde(alias = "token")]\n    pub default_token: SensitiveString,',
    '    default_api_key: Option<SensitiveString>,',
    '    endpoint: String,',
    '\t\tField(service.NewStringField("password").Secret().Optional().Description("The password.")).',
  ].join('\n');
  const [alias, , option, , connect] = [schema.split('\n').slice(0, 2).join('\n'), '', schema.split('\n')[2]!, '', schema.split('\n')[4]!];
  const blocks = [
    '[sinks.hec]\n  type = "splunk_hec_logs"\n  token = "Vb5nQ2xL9k" # no default',
    '\n    default_api_key = "Pw7rK3mZ"\n    compression = "none"\n',
    '\n    auth.strategy = "basic"\n    auth.password = "Tz6yH1qC"\n',
    'url: http://localhost:3218\npassword: Fr8sL2dN',
  ];
  const file = blocks.join('\n');
  const items = labelComponentArguments('v', [
    { rule: 'a', text: blocks[0]!, slots: [{ field: 'token', value: 'Vb5nQ2xL9k', declared: alias }] },
    { rule: 'b', text: blocks[1]!, slots: [{ field: 'default_api_key', value: 'Pw7rK3mZ', declared: option }] },
    { rule: 'c', text: blocks[3]!, slots: [{ field: 'password', value: 'Fr8sL2dN', declared: connect }] },
  ], file, schema);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note]), [['secret', ['Vb5nQ2xL9k'], undefined], ['secret', ['Pw7rK3mZ'], undefined], ['secret', ['Fr8sL2dN'], undefined]]);
  assert.throws(() => labelComponentArguments('v', [{ rule: 'd', text: blocks[0]!, slots: [{ field: 'token', value: 'Vb5nQ2xL9k', declared: '    endpoint: String,' }] }], file, schema));
  // A dotted TOML key is read by its last part.
  assert.deepEqual(writtenArguments(blocks[2]!), ['strategy', 'password']);
});
