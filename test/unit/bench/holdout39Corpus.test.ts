// The thirty-ninth holdout (Telegraf plugins' tests, labelled by the Go type config.Secret) is what its build makes of
// the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts
// corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed. Items are compared and
// counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout39CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { configSecretSources, declaredSecretFields, labelTelegrafFiles, tomlTables, type SavedTelegrafFile } from '../../../bench/guard/corpus/build/configSecretFields';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');

test('the files are saved as the manifest lists them (path, commit or why none, index file id, length)', () => {
  assertSavedAsListed(raw, { telegraf: 'influxdata/telegraf' });
});

test("the thirty-ninth holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout39');
  assert.deepEqual(readExternalCorpus([holdout39CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The thirty-ninth holdout": 96 items, 90 scored (34 secret, 56 clean), 6 apart; 34 distinct values.
  assert.equal(held.length, 96);
  const scored = (label: string) => held.filter((i) => i.label === label && !i.note).length;
  assert.deepEqual([scored('secret'), scored('clean'), held.filter((i) => i.note).length], [34, 56, 6]);
  assert.equal(new Set(held.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size, 34);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout39', `holdout39 (${configSecretSources.join(', ')})`);
});

test('the labeller: config.Secret literals are the secret; plain fields clean; references, IVs and salts, stand-ins apart', () => {
  const declaration = 'type Store struct {\n\tURL      string        `toml:"url"`\n\tUsername config.Secret `toml:"username"`\n\tPassword config.Secret `toml:"password"`\n\tVec      config.Secret `toml:"init_vector"`\n\tToken    *config.Secret `toml:"token,omitempty"`\n}';
  const declared = declaredSecretFields(declaration);
  assert.deepEqual([[...declared.go], [...declared.toml]], [['Username', 'Password', 'Vec', 'Token'], ['username', 'password', 'init_vector', 'token']]);
  const rules = { notCredentialFields: ['Vec', 'init_vector'], standIns: [{ value: 'your token here', reason: 'the test says so' }] };
  const file = (path: string, role: SavedTelegrafFile['role'], text: string, declaredBy?: string[]): SavedTelegrafFile => ({ path, role, text, excerpt: role === 'test' ? 'a literal' : undefined, declaredBy });
  const decl = file('store.go', 'declaration', declaration);
  const go = (text: string) => labelTelegrafFiles([decl, file('store_test.go', 'test', text, ['store.go'])], rules)[0]!;
  const secret = go('&Store{\n\tURL:      "http://localhost",\n\tUsername: config.NewSecret([]byte("operator")),\n\tPassword: config.NewSecret([]byte("Zq8rT2mwK4")),\n}');
  assert.deepEqual([secret.label, secret.secrets, secret.note, secret.rule], ['secret', ['operator', 'Zq8rT2mwK4'], undefined, 'store_test.go#a literal']);
  assert.deepEqual([go('&Store{\n\tURL: "http://localhost:8080",\n}').label, go('&Store{URL: "x"}').note], ['clean', undefined]);
  assert.equal(go('&Store{Password: config.NewSecret([]byte("@{vault:db_pw}"))}').note, 'a reference resolved at run time (not in its text)');
  assert.equal(go('&Store{Vec: config.NewSecret([]byte("61737570657273656372657469763432"))}').note, 'not a credential (an initialization vector or salt Telegraf holds as a secret)');
  assert.deepEqual(go('&Store{Password: config.NewSecret([]byte("k7Vd9xQ2pL")), Vec: config.NewSecret([]byte("6173757065"))}').secrets, ['k7Vd9xQ2pL']);
  assert.equal(go('&Store{Password: config.NewSecret([]byte("your token here"))}').note, 'a documented example or filler value');
  assert.throws(() => go('&Store{Bearer: config.NewSecret([]byte("k7Vd9xQ2pL"))}'), /does not declare it so/);
  // A raw string literal (`…`, radius' and groundwork's tests) is taken as written, a backslash in it included.
  assert.deepEqual(go('&Store{\n\tUsername: config.NewSecret([]byte(`op erator`)),\n\tPassword: config.NewSecret([]byte(`Zq8\\rT2`)),\n}').secrets, ['op erator', 'Zq8\\rT2']);
  // A test configuration: each [[…]] table, its secret keys those the declarations name.
  const conf = '[[secretstores.store]]\n  id = "a"\n  url = "http://127.0.0.1/secrets"\n\n[[secretstores.store]]\n  id = "b"\n  username = \'reader\'\n  password = "N4r!kw8Tz"  # a comment\n  [secretstores.store.aes]\n    init_vector = "6173"\n\n';
  assert.deepEqual(tomlTables(conf, declared.toml).map((t) => t.filled.map((f) => f.field)), [[], ['username', 'password', 'init_vector']]);
  const [plain, filled] = labelTelegrafFiles([decl, file('telegraf.conf', 'config', conf, ['store.go'])], rules);
  assert.deepEqual([plain!.label, plain!.text.endsWith('secrets"'), filled!.secrets, filled!.rule], ['clean', true, ['reader', 'N4r!kw8Tz'], 'telegraf.conf#table 2']);
});
