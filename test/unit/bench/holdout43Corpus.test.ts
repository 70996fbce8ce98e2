// The forty-third holdout (Apache NiFi processors' tests and nifi.properties test resources, labelled by the property
// descriptors' .sensitive(true) and NiFi's sensitive-key list) is what its build makes of the saved files
// (builtCorpus.test.ts checks the file against one build), loads from its own file with the counts corpus/README.md
// gives, is read by missForms.ts's default, and is scored but never listed. Items are compared and counted, never
// printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout43CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import {
  descriptorSensitivity, labelPropertiesFile, labelSetPropertyRuns, sensitiveDescriptorSources, sensitiveKeys, setPropertyRuns,
} from '../../../bench/guard/corpus/build/sensitiveDescriptorConfigs';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, Object.fromEntries(sensitiveDescriptorSources.map((source) => [source, 'apache/nifi'])));
});

test("the forty-third holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout43');
  assert.deepEqual(readExternalCorpus([holdout43CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The forty-third holdout": 53 items, 39 scored (13 secret, 26 clean), 14 apart; 12 distinct values.
  assert.equal(held.length, 53);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(sensitiveDescriptorSources.map(bySource), [[3, 2, 0], [1, 0, 0], [1, 2, 1], [4, 7, 2], [0, 2, 9], [4, 13, 2]]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...sensitiveDescriptorSources.map(values), values()], [2, 2, 1, 2, 0, 5, 12]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout43', `holdout43 (${sensitiveDescriptorSources.join(', ')})`);
});

test('the labeller: a run of setProperty statements is one item, a literal given to a sensitive descriptor its secret', () => {
  const classes = [
    '    public static final PropertyDescriptor HOST = new PropertyDescriptor.Builder()', '            .name("host")', '            .build();',
    '    public static final PropertyDescriptor PASSWORD = new PropertyDescriptor.Builder()', '            .name("password")',
    '            .sensitive(true)', '            .build();',
    '    static final PropertyDescriptor TOKEN = new PropertyDescriptor.Builder().name("t").sensitive(true).build();',
  ].join('\n');
  const declared = descriptorSensitivity(classes);
  assert.deepEqual([...declared], [['HOST', false], ['PASSWORD', true], ['TOKEN', true]]);
  const file = [
    '    public void literal() {',
    '        runner.setProperty(service, Proc.HOST, "db.example");',
    '        // the credential',
    '        runner.setProperty(service, Proc.PASSWORD, "Zq8rT2, mwK4");',
    '        runner.assertValid(service);',
    '        runner.setProperty(Proc.HOST.getName(), "other.example");',
    '    }',
    '    public void others() {',
    '        runner.setProperty(Proc.PASSWORD, password);',
    '',
    '        runner.setProperty(Proc.TOKEN, "#{token}");',
    '        runner.assertValid();',
    '        runner.setProperty(Proc.TOKEN, "enc{3f9a}");',
    '        runner.assertValid();',
    '        runner.setProperty(Proc.TOKEN, "password");',
    '        runner.assertValid();',
    '        runner.setProperty(Proc.PASSWORD, "");',
    '        runner.assertValid();',
    '        runner.setProperty("dynamic", "x");',
    '    }',
  ].join('\n');
  assert.deepEqual(setPropertyRuns(file).map((r) => r.length), [2, 1, 2, 1, 1, 1, 1]);
  const report: string[] = [];
  const [first, host, reference, encrypted, standIn, empty] = labelSetPropertyRuns('T.java', file, declared, report);
  assert.deepEqual(first, {
    text: '        runner.setProperty(service, Proc.HOST, "db.example");\n        // the credential\n        runner.setProperty(service, Proc.PASSWORD, "Zq8rT2, mwK4");',
    secrets: ['Zq8rT2, mwK4'], label: 'secret', rule: 'T.java#literal',
  });
  assert.deepEqual([host!.label, host!.rule, host!.note], ['clean', 'T.java#literal/2', undefined]);
  // A variable and a parameter reference leave no value in the text; NiFi's enc{…} form is its ciphertext: apart.
  assert.deepEqual([reference!.label, reference!.note], ['clean', 'a sensitive property given an expression or reference (its value is not in its text)']);
  assert.deepEqual([encrypted!.label, encrypted!.secrets, encrypted!.note], ['secret', ['enc{3f9a}'], "NiFi's protected (encrypted) form of a sensitive value"]);
  assert.equal(standIn!.note, 'a documented example or filler value');
  assert.deepEqual([empty!.label, empty!.note], ['clean', undefined]);
  assert.deepEqual(report, ['T.java#others/5: not taken, a dynamic property not among the saved declarations']);
});

test('the labeller: a nifi.properties block is one item, the sensitive keys its secrets, protected values apart', () => {
  const classes = [
    '    public static final String ADDITIONAL_SENSITIVE_PROPERTIES_KEY = "nifi.sensitive.props.additional.keys";',
    '    public static final List<String> DEFAULT_SENSITIVE_PROPERTIES = new ArrayList<>(asList(',
    '            SECURITY_KEYSTORE_PASSWD,', '            NOT_SAVED', '    ));',
    '    public static final String SECURITY_KEYSTORE_PASSWD = "nifi.security.keystorePasswd";',
  ].join('\n');
  const keys = sensitiveKeys(classes);
  assert.deepEqual([[...keys.keys], keys.additionalKey, keys.unresolved], [['nifi.security.keystorePasswd'], 'nifi.sensitive.props.additional.keys', ['NOT_SAVED']]);
  const file = [
    '# License', '# header', '',
    '# web', 'nifi.web.https.port=8443', '',
    'nifi.security.keystorePasswd=Kx7vQ2pLm9', 'nifi.sensitive.props.additional.keys=my.token', 'my.token=', '',
    'my.token.other=1', 'nifi.security.keystorePasswd.protected=aes/gcm/256',
  ].join('\n');
  const items = labelPropertiesFile('n.properties', file, keys);
  assert.deepEqual(items.map((i) => [i.label, i.rule, i.note]), [
    ['clean', 'n.properties#line 4', undefined],
    ['secret', 'n.properties#line 7', "NiFi's protected (encrypted) form of a sensitive value"],
    ['clean', 'n.properties#line 11', undefined],
  ]);
  const plain = labelPropertiesFile('p.properties', 'nifi.security.keystorePasswd=Kx7vQ2pLm9\nmy.token=Wd3rTq8z\nnifi.sensitive.props.additional.keys=my.token', keys);
  assert.deepEqual([plain[0]!.label, plain[0]!.secrets], ['secret', ['Kx7vQ2pLm9', 'Wd3rTq8z']]);
});
