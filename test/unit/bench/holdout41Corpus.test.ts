// The forty-first holdout (Apache Camel components' tests, labelled by the options' secret = true metadata) is what its
// build makes of the saved files (builtCorpus.test.ts checks the file against one build), loads from its own file with
// the counts corpus/README.md gives, is read by missForms.ts's default, and is scored but never listed. Items are
// compared and counted, never printed: they are held out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertReportedApart, assertSavedAsListed } from './builtHoldout';
import { holdout41CorpusFile, readExternalCorpus } from '../../../bench/guard/splitReport';
import { camelSources, checkDeclarations, labelCamelTest, optionsOf, uriOf, type CamelScheme } from '../../../bench/guard/corpus/build/camelSecretOptions';

const raw = join(__dirname, '../../../bench/guard/corpus/raw');
const count = (items: readonly { source: string; label: string; note?: string }[], source: string, label: string) =>
  items.filter((i) => i.source === source && i.label === label && !i.note).length;

test('the files are saved as each manifest lists them (path, commit, index file id, length)', () => {
  assertSavedAsListed(raw, Object.fromEntries(camelSources.map((s) => [s, 'apache/camel'])));
});

test("the forty-first holdout loads from its own file with the README's counts, is read by missForms' default, and is never listed", () => {
  const all = readExternalCorpus();
  const held = all.filter((i) => i.split === 'holdout41');
  assert.deepEqual(readExternalCorpus([holdout41CorpusFile]).map((i) => i.text), held.map((i) => i.text));
  // corpus/README.md, "The forty-first holdout": 99 items, 99 scored (58 secret, 41 clean), none apart; 22 distinct values.
  assert.equal(held.length, 99);
  const bySource = (source: string) => [count(held, source, 'secret'), count(held, source, 'clean'), held.filter((i) => i.source === source && i.note).length];
  assert.deepEqual(camelSources.map(bySource), [[6, 9, 0], [18, 2, 0], [17, 6, 0], [4, 0, 0], [1, 22, 0], [4, 1, 0], [1, 0, 0], [3, 1, 0], [2, 0, 0], [2, 0, 0]]);
  const values = (source?: string) => new Set(held.filter((i) => (!source || i.source === source) && i.label === 'secret' && !i.note).flatMap((i) => i.secrets)).size;
  assert.deepEqual([...camelSources.map(values), values()], [6, 7, 1, 1, 1, 1, 1, 1, 3, 3, 22]);
  for (const i of held) assert.ok(i.secrets.every((s) => i.text.includes(s)), `${i.rule}: a secret not in its text`);
  assert.match(readFileSync(join(__dirname, '../../../bench/guard/missForms.ts'), 'utf8'), /readExternalCorpus\(\)\.filter\(\(i\) => splitPattern\.test\(i\.split\)/);
  assertReportedApart(all, 'holdout41', `holdout41 (${camelSources.join(', ')})`);
});

test('the labeller: a URI line (and its + lines) or a setter run is one item, its secret options\' literals the secret', () => {
  const ftp: CamelScheme = { userInfo: 'username:password', secret: { username: 'secret = true) private String username', password: 'secret = true) private String password' } };
  const sqs: CamelScheme = { secret: { accessKey: 'secret = true) String accessKey', secretKey: 'secret = true) String secretKey' } };
  const schemes = { ftp, 'aws2-sqs': sqs };
  // The URI: literals joined by `+`, a computed part kept as a marker, the URI ended by a literal joined otherwise.
  assert.equal(uriOf('f("ftp://h:" + port() + "/d?password=Kq9" + "&x=1", "other")', 0), 'ftp://h:\u0000/d?password=Kq9&x=1');
  assert.deepEqual(optionsOf('ftp://bob:Pw7r@h/d?binary=true', ftp), [['binary', 'true'], ['username', 'bob'], ['password', 'Pw7r']]);
  assert.throws(() => checkDeclarations('s', { ftp }, 'nothing cited'), /not in the saved excerpts/);
  assert.throws(() => checkDeclarations('s', { x: { secret: { token: 'private String token' } } }, 'private String token'), /does not declare it secret/);
  const file = [
    '    void a() {',
    '        context.getEndpoint("ftp://bob:Pw7r@host/dir?binary=true");',
    '        context.getEndpoint("ftp://host/dir?binary=true");',
    '        context.getEndpoint("ftp://host:" + getPort() + "/dir?password={{ftp.pw}}");',
    '        context.getEndpoint("aws2-sqs://q?accessKey=AKQ7x"',
    '                + "&secretKey=RAW(s3cr+t)&region=eu-west-1");',
    '        component.getConfiguration().setAccessKey("Zk42ab");',
    '        component.getConfiguration().setRegion(Region.EU.id());',
    '        comp.setCamelContext(context);',
    '        context.getEndpoint("ftp://secret@host/dir?password=secret");',
    '    }',
  ].join('\n');
  const [userInfo, plain, placeholder, concatenated, setters, standIn, ...rest] = labelCamelTest({ path: 'T.java', text: file, schemes: ['ftp', 'aws2-sqs'], setters: 'aws2-sqs' }, schemes);
  assert.equal(rest.length, 0, 'a setter run that sets no secret option is no item');
  assert.deepEqual(userInfo, { text: 'context.getEndpoint("ftp://bob:Pw7r@host/dir?binary=true");', secrets: ['bob', 'Pw7r'], label: 'secret', rule: 'T.java#L2' });
  assert.deepEqual([plain!.label, plain!.note], ['clean', undefined]);
  assert.deepEqual([placeholder!.label, placeholder!.note], ['clean', 'a Camel placeholder, bean reference or computed value in a secret option (not in its text)']);
  assert.deepEqual([concatenated!.secrets, concatenated!.text.endsWith('&region=eu-west-1");'), concatenated!.rule], [['AKQ7x', 's3cr+t'], true, 'T.java#L5']);
  assert.deepEqual([setters!.secrets, setters!.text.split('\n').length], [['Zk42ab'], 2]);
  assert.deepEqual([standIn!.label, standIn!.note], ['secret', 'a documented example or filler value']);
});
