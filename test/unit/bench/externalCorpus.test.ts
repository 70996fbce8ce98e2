// The external redaction corpus's build: its readers (the rule files' YAML, the detectors' patterns) read what the
// detectors wrote. That external.jsonl and holdout3.jsonl are what the build makes is checked in builtCorpus.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portPattern } from '../../../bench/guard/corpus/build/portPattern';
import { parseRuleFile } from '../../../bench/guard/corpus/build/ruleFileYaml';
import { labelTrufflehogCases, trufflehogCases } from '../../../bench/guard/corpus/build/trufflehogTests';
import { labelSemgrepTest, secretOfLine } from '../../../bench/guard/corpus/build/semgrepTests';
import { combinedPattern, labelNone, labelOnePerLine, ripsecretsFinding, ripsecretsPatterns } from '../../../bench/guard/corpus/build/ripsecretsTests';
import { externalCorpusFile, holdout3CorpusFile, readExternalCorpus, reportExternal, type ExternalItem } from '../../../bench/guard/splitReport';
import { labelSonarSpecs, parseSonarSpec, secretOfMatch } from '../../../bench/guard/corpus/build/sonarSpecs';
import { earlybirdCases, earlybirdValue, labelEarlybirdCases, portEarlybirdPattern } from '../../../bench/guard/corpus/build/earlybirdTests';
import { labelTrivyFile, unmask } from '../../../bench/guard/corpus/build/trivyTests';

test('the third holdout loads from its own file: both labels, one split, counted by the bench but never listed without --show-holdout', () => {
  const all = readExternalCorpus();
  const third = all.filter((i) => i.split === 'holdout3');
  assert.deepEqual(readExternalCorpus([holdout3CorpusFile]).map((i) => i.text), third.map((i) => i.text));
  assert.ok(readExternalCorpus([externalCorpusFile]).every((i) => i.split !== 'holdout3'), 'external.jsonl holds no third-holdout item');
  assert.ok(third.length >= 150, `${third.length} items`);
  assert.ok(third.some((i) => i.label === 'secret') && third.some((i) => i.label === 'clean'));
  assert.deepEqual([...new Set(third.map((i) => i.source))].sort(), ['earlybird', 'sonar-text']);
  const report = reportExternal(all);
  assert.equal(report.holdout3.secretItems, third.filter((i) => i.label === 'secret' && !i.note).length);
  assert.equal(report.holdout3.cleanItems, third.filter((i) => i.label === 'clean' && !i.note).length);
  assert.ok(report.lines.some((l) => l.startsWith('external holdout3 (sonar-text, earlybird): recall ')));
  const texts = new Set(third.map((i) => i.text.replace(/\n/g, '⏎').slice(0, 40)));
  assert.ok(!report.lines.some((l) => l.includes('holdout3 missed') || l.includes('holdout3 false positive')), 'a third-holdout item is listed');
  assert.ok(!report.lines.some((l) => [...texts].some((t) => t.length >= 20 && l.includes(t))), 'a third-holdout text is printed');
});

test("sonar-text's rule examples: literal and folded blocks, an indicator on its own line, the early layout's `match: false`, a URL's user:password", () => {
  const spec = [
    '# SonarSource/sonar-text @ 0123456789abcdef0123456789abcdef01234567',
    '# sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/demo.yaml',
    'provider:',
    '  rules:',
    '    - id: demo-token',
    '      examples:',
    '        - text: |',
    '            token = "dm_4f8a9c"',
    '',
    '            next line',
    '          containsSecret: true',
    '          match: "dm_4f8a9c"   # the value',
    '        - text:',
    '            | # a comment after the indicator',
    '             one column deeper',
    '            token = os.getenv("DM")',
    '          containsSecret: false',
    '          fileName: src/test/demo.py',
    '        # a comment between examples',
    '        - text: >',
    '            amqp_url = "amqp://bob:s3cr3tpw@host/"',
    '            // folded into one line',
    '          containsSecret: true',
    '          match: bob:s3cr3tpw',
    'rules:',
    '  - id: early',
    '    examples:',
    '      - text: >',
    '          key = "dm_4f8a9c!"',
    '        match: false',
    '      - text: >',
    '          key = "zz_notfound"',
    '        match: zz_other',
  ].join('\n');
  const parsed = parseSonarSpec(spec);
  assert.equal(parsed.commit, '0123456789abcdef0123456789abcdef01234567');
  assert.deepEqual(parsed.examples, [
    { rule: 'demo-token', text: 'token = "dm_4f8a9c"\n\nnext line\n', containsSecret: true, match: 'dm_4f8a9c' },
    { rule: 'demo-token', text: ' one column deeper\ntoken = os.getenv("DM")\n', containsSecret: false, fileName: 'src/test/demo.py' },
    { rule: 'demo-token', text: 'amqp_url = "amqp://bob:s3cr3tpw@host/" // folded into one line\n', containsSecret: true, match: 'bob:s3cr3tpw' },
    { rule: 'early', text: 'key = "dm_4f8a9c!"\n', containsSecret: false },
    { rule: 'early', text: 'key = "zz_notfound"\n', containsSecret: true, match: 'zz_other' },
  ]);
  const report: string[] = [];
  assert.deepEqual(labelSonarSpecs([parsed], report).map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['dm_4f8a9c'], undefined],
    ['secret', ['s3cr3tpw'], undefined],
    ['clean', [], undefined],
    ['clean', [], "holds another example's secret"],
  ]);
  assert.deepEqual(report, ['sonar demo.yaml#early: a positive whose match its text does not hold, skipped']);
  assert.deepEqual(secretOfMatch('user:pw1 in prose', 'user:pw1'), ['user:pw1'], 'not in a URL: the match as reported');
  assert.deepEqual(secretOfMatch('-----BEGIN OPENSSH PRIVATE KEY----- b3Blbn AAAAB== -----END OPENSSH PRIVATE KEY-----\n', '-----BEGIN OPENSSH PRIVATE KEY-----'), ['b3Blbn', 'AAAAB==']);
  assert.deepEqual(secretOfMatch('-----BEGIN RSA PRIVATE KEY----- Proc-Type: 4,ENCRYPTED DEK-Info: AES-128-CBC,9F18\ncJXTJr RTCk+5 -----END RSA PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----'), ['cJXTJr', 'RTCk+5']);
  assert.equal(secretOfMatch('no key here', '-----BEGIN OPENSSH PRIVATE KEY-----'), undefined);
});

test('a verbose pattern loses its blanks and notes but keeps escaped blanks, classes and its flags', () => {
  const p = portPattern('(?x)(?i)\n  pass\\ word [\\ \\t]* = \\s* (?# the value )\n  ([a-z0-9]{4,})  (?# password )\n');
  assert.equal(p.regex.source, 'pass word[ \\t]*=\\s*([a-z0-9]{4,})');
  assert.ok(p.regex.flags.includes('i'));
  assert.deepEqual(p.secretGroups, [1]);
});

test('the secret group: one named TOKEN, else the groups noted as a password or key, else the last', () => {
  assert.deepEqual(portPattern('user=(?P<USER>\\w+) (?P<TOKEN>\\w+)').secretGroups, [2]);
  assert.deepEqual(portPattern('(?x)\n (\\w+)  (?# username )\n : (\\w+)  (?# password )\n @ (\\w+)  (?# host )\n').secretGroups, [2]);
  assert.deepEqual(portPattern('machine (\\S+) login (\\S+) password (\\S+)').secretGroups, [3]);
  assert.ok(portPattern('(?i:ado_pat)\\s*=\\s*"([a-z0-9]{52})"').regex.flags.includes('i'));
});

test('rule files in both layouts: block and quoted examples, flow and block categories, FIXME negatives', () => {
  const noseyParker = [
    'rules:',
    '- name: Demo',
    '  id: np.demo.1',
    "  pattern: '\\b(dm_[a-z]{4})\\b'",
    '  categories: [api, secret]',
    '  examples:',
    "  - 'key = ''dm_abcd'''",
    '  - |',
    '      first line',
    '        dm_wxyz',
    '  # FIXME: should match',
    '  negative_examples:',
    '  - "dm_ab"',
  ].join('\n');
  const [rule] = parseRuleFile(noseyParker);
  assert.equal(rule!.id, 'np.demo.1');
  assert.deepEqual(rule!.categories, ['api', 'secret']);
  assert.deepEqual(rule!.examples.map((e) => e.text), ["key = 'dm_abcd'", 'first line\n  dm_wxyz\n']);
  assert.deepEqual(rule!.negatives, [{ text: 'dm_ab', fixme: true }]);

  const kingfisher = [
    'rules:',
    '  - name: Demo ID',
    '    id: kingfisher.demo.1',
    '    pattern: |',
    '      (?x)',
    '      (dm_[a-z]{4})',
    '    visible: false',
    '    examples:',
    '      - dm_abcd',
  ].join('\n');
  const [hidden] = parseRuleFile(kingfisher);
  assert.equal(hidden!.pattern, '(?x)\n(dm_[a-z]{4})\n');
  assert.deepEqual(hidden!.categories, ['identifier']);
  assert.deepEqual(hidden!.examples, [{ text: 'dm_abcd', fixme: false }]);
});

test('a comment after a quoted or plain example is YAML, not the example; an XXX note marks negatives as FIXME does', () => {
  const file = [
    'rules:',
    '- name: Demo',
    '  id: np.demo.2',
    "  pattern: '\\b(dm_[a-z]{4})\\b'",
    '  examples:',
    "  - 'dm_abcd'   # the shape",
    '  - "say \\"dm_wxyz\\"" # quoted',
    '  - dm_efgh # plain',
    "  - 'it''s dm_ijkl#not-a-comment'",
    '  # XXX would be nice if this matched',
    '  negative_examples:',
    "  - 'dm_xyz'   # too short",
  ].join('\n');
  const [rule] = parseRuleFile(file);
  assert.deepEqual(rule!.examples.map((e) => e.text), ['dm_abcd', 'say "dm_wxyz"', 'dm_efgh', "it's dm_ijkl#not-a-comment"]);
  assert.deepEqual(rule!.negatives, [{ text: 'dm_xyz', fixme: true }]);
});

test("trufflehog's pattern tests: constants, fmt.Sprintf, `+`, strings.Repeat, slices, nil and empty wants, and a suite's methods", () => {
  const table = [
    'var (',
    '\tvalidPattern = "abcd1234EFGH5678"',
    '\tlong         = "ey" + strings.Repeat("A", 3)',
    '\tkeyword      = "demo"',
    ')',
    '\ttests := []struct {',
    '\t\tname  string',
    '\t\tinput string',
    '\t\twant  []string',
    '\t}{',
    '\t\t// a comment with input: "not a case"',
    '\t\t{name: "valid", input: fmt.Sprintf("%s token = \'%s\' 100%%", keyword, validPattern), want: []string{validPattern}},',
    '\t\t{name: "raw", input: `x = ` + long, want: []string{long}},',
    '\t\t{name: "invalid", input: "demo = \'abc\'", want: nil},',
    '\t\t{name: "far", input: fmt.Sprintf("%s\\n\\n = \'%s\'", keyword, validPattern), want: []string{}},',
    '\t\t{name: "no want", input: "demo"},',
    '\t\t{name: "sliced", input: "pk-" + validPattern[:4] + "?" + validPattern[5:] + validPattern[12:16]},',
    '\t}',
  ].join('\n');
  assert.deepEqual(trufflehogCases(table), [
    { name: 'valid', input: "demo token = 'abcd1234EFGH5678' 100%", want: ['abcd1234EFGH5678'] },
    { name: 'raw', input: 'x = eyAAA', want: ['eyAAA'] },
    { name: 'invalid', input: "demo = 'abc'", want: [] },
    { name: 'far', input: "demo\n\n = 'abcd1234EFGH5678'", want: [] },
    { name: 'no want', input: 'demo', want: [] },
    { name: 'sliced', input: 'pk-abcd?234EFGH56785678', want: [] },
  ]);
  const suite = [
    'func (s *DemoSuite) TestFound() {',
    '\tkey := "pk_0123456789abcdef"',
    '\tinput := fmt.Sprintf("demo token = \'%s\'", key)',
    '\tresults, err := s.d.FromData(context.Background(), false, []byte(input))',
    '\ts.Equal(key, string(results[0].Raw))',
    '}',
    'func (s *DemoSuite) TestRejected() {',
    '\tresults, err := s.d.FromData(context.Background(), false, []byte("demo = \'pk_XYZ\'"))',
    '\ts.Empty(results)',
    '}',
  ].join('\n');
  assert.deepEqual(trufflehogCases(suite), [
    { name: 'TestFound', input: "demo token = 'pk_0123456789abcdef'", want: ['pk_0123456789abcdef'] },
    { name: 'TestRejected', input: "demo = 'pk_XYZ'", want: [] },
  ]);
});

test("trufflehog's labels: a joined result splits back into the input's parts and its longest is the secret; a declined case holding another's secret is noted", () => {
  const report: string[] = [];
  const items = labelTrufflehogCases('demo', [
    { name: 'verbatim', input: "k = 'tok_abcdefgh12345678'", want: ['tok_abcdefgh12345678'] },
    { name: 'joined', input: 'id=acct1 secret=Zx9Qw8Er7Ty6Ui5Op4As', want: ['acct1:Zx9Qw8Er7Ty6Ui5Op4As'] },
    { name: 'json', input: 'AccountName=store1;AccountKey=Zm9vYmFyYmF6cXV4cXV1eA==', want: ['{"accountName":"store1","accountKey":"Zm9vYmFyYmF6cXV4cXV1eA=="}'] },
    { name: 'far', input: "demo\n = 'tok_abcdefgh12345678'", want: [] },
    { name: 'invalid', input: "demo = 'tok_abc'", want: [] },
    { name: 'unaccounted', input: 'nothing here', want: ['elsewhere'] },
  ], report);
  assert.deepEqual(items.map((i) => [i.label, i.secrets, i.note]), [
    ['secret', ['tok_abcdefgh12345678'], undefined],
    ['secret', ['Zx9Qw8Er7Ty6Ui5Op4As'], undefined],
    ['secret', ['Zm9vYmFyYmF6cXV4cXV1eA=='], undefined],
    ['clean', [], "holds another case's secret"],
    ['clean', [], undefined],
  ]);
  assert.equal(report.length, 1);
});

test("semgrep's annotations: ruleid lines are secrets, ok lines clean (a block's line as its block), a private key block's body its secrets", () => {
  const file = [
    '# ruleid: demo-token',
    "api_token = 'tok_9f8e7d6c5b4a'",
    '',
    '<!-- ok: demo-token -->',
    'api_token = $TOKEN',
    '-----BEGIN PGP PUBLIC KEY BLOCK-----',
    '# ok: demo-token',
    'AKCxxxxxxxxxx',
    '-----END PGP PUBLIC KEY BLOCK-----',
    '  // ruleid: demo-key',
    '-----BEGIN RSA PRIVATE KEY-----',
    'Version: 1',
    'MIIEogIBAAKCAQEAjosMtDUqbE1',
    '=6Acw',
    '-----END RSA PRIVATE KEY-----',
  ].join('\n');
  assert.deepEqual(labelSemgrepTest(file), [
    { text: "api_token = 'tok_9f8e7d6c5b4a'", secrets: ['tok_9f8e7d6c5b4a'], label: 'secret', rule: 'demo-token' },
    { text: 'api_token = $TOKEN', secrets: [], label: 'clean', rule: 'demo-token' },
    { text: '-----BEGIN PGP PUBLIC KEY BLOCK-----\nAKCxxxxxxxxxx\n-----END PGP PUBLIC KEY BLOCK-----', secrets: [], label: 'clean', rule: 'demo-token' },
    {
      text: '-----BEGIN RSA PRIVATE KEY-----\nVersion: 1\nMIIEogIBAAKCAQEAjosMtDUqbE1\n=6Acw\n-----END RSA PRIVATE KEY-----',
      secrets: ['MIIEogIBAAKCAQEAjosMtDUqbE1'],
      label: 'secret',
      rule: 'demo-key',
    },
  ]);
});

test("a semgrep line's secret: a URL's password, else the longest quoted or digit-bearing value, else a URL, else the last run", () => {
  assert.equal(secretOfLine('db=mysql://app:s3cr%t@host@db.local/x'), 's3cr%t@host');
  assert.equal(secretOfLine('https://graph.example.com/oauth?client_id=5716055&client_secret=c3cc9289d69e784f69a9'), 'c3cc9289d69e784f69a9');
  assert.equal(secretOfLine("sshpass -p 'blah'"), 'blah');
  assert.equal(secretOfLine('<string name="hockeyapp_key">ac4fbb5fa9ae7de1</string>'), 'ac4fbb5fa9ae7de1');
  assert.equal(secretOfLine('AccountKey=lJzRc1Yd+mKK6Ygw0N=='), 'lJzRc1Yd+mKK6Ygw0N==');
  assert.equal(secretOfLine('https://hooks.example.com/services/TABC/BDEF/ghij'), 'https://hooks.example.com/services/TABC/BDEF/ghij');
  assert.equal(secretOfLine('X-JFrog-Art-Api: AKCxxxxxxxxxx'), 'AKCxxxxxxxxxx');
});

test("ripsecrets: its Rust pattern list read and combined in order; the finding is a pattern's group, else the match without its anchor", () => {
  const source = [
    'fn predefined_secret_regexes() -> Vec<&\'static str> {',
    '    return vec![',
    '        r"[A-Za-z]+://\\S{3,50}:(\\S{8,50})@[\\dA-Za-z.]+", // URL',
    '        r"AccountKey=[\\d+/=A-Za-z]{8}",',
    '        // Private keys',
    '        "-{5}BEGIN RSA PRIVATE KEY-{5}(?:$|[^-]{63,}-{5}END)",',
    '        matcher::RANDOM_STRING_REGEX,',
    '    ];',
    '}',
    'pub const RANDOM_STRING_REGEX: &str = r#"(?:key|KEY)\\w*[\'"]?\\s*=\\s*[\'"]?([A-Za-z0-9]{15,80})"#;',
  ].join('\n');
  const patterns = ripsecretsPatterns(source);
  assert.deepEqual(patterns, [
    '[A-Za-z]+://\\S{3,50}:(\\S{8,50})@[\\dA-Za-z.]+',
    'AccountKey=[\\d+/=A-Za-z]{8}',
    '-{5}BEGIN RSA PRIVATE KEY-{5}(?:$|[^-]{63,}-{5}END)',
    '(?:key|KEY)\\w*[\'"]?\\s*=\\s*[\'"]?([A-Za-z0-9]{15,80})',
  ]);
  const regex = combinedPattern(patterns);
  assert.equal(ripsecretsFinding(regex, 'mysql://USER:PASSWORD1@example.com'), 'PASSWORD1');
  assert.equal(ripsecretsFinding(regex, 'AccountKey=lJzRc1Yd'), 'lJzRc1Yd');
  assert.equal(ripsecretsFinding(regex, 'APP_KEY = "iftkeq2y4qj0nbtx"'), 'iftkeq2y4qj0nbtx');
  const report: string[] = [];
  assert.deepEqual(labelOnePerLine(regex, 'AccountKey=lJzRc1Yd\nnothing here\n', report, 'demo').map((i) => i.secrets), [['lJzRc1Yd']]);
  assert.deepEqual(report, ['ripsecrets demo:2: a line its ported patterns do not match, skipped']);
  assert.deepEqual(labelNone('safe = 1\nsk_live_abc // pragma: allowlist secret\n\nuser:pw@x // secret is in .secretsignore\n').map((i) => i.text), ['safe = 1']);
});

test("the bench reports the second holdout apart and prints its items only when asked", () => {
  const item = (split: ExternalItem['split'], text: string, secrets: string[]): ExternalItem => ({ text, secrets, label: secrets.length ? 'secret' : 'clean', source: `src-${split}`, split, rule: 'r' });
  const items = [item('tune', 'plain words here', ['words']), item('holdout', 'other plain text', ['plain']), item('holdout2', 'a third plain line', ['third'])];
  const hidden = reportExternal(items);
  assert.equal(hidden.holdout2.secretItems, 1);
  assert.equal(hidden.holdout2.redacted, 0);
  assert.ok(hidden.lines.some((l) => l.startsWith('external holdout2 (src-holdout2): recall 0/1')));
  assert.ok(hidden.lines.some((l) => l.includes('plain words here')), 'the tune miss is listed');
  assert.ok(!hidden.lines.some((l) => l.includes('a third plain line') || l.includes('other plain text')));
  assert.ok(reportExternal(items, { showHoldout: true }).lines.some((l) => l.includes('a third plain line')));
});

test("trivy's masked findings: the secret is what the stars cover, over the whole line or a window of it; other lines with a token are clean", () => {
  assert.deepEqual(unmask('KEY="********"', 'KEY="s3cr3t!x"'), ['s3cr3t!x']);
  assert.deepEqual(unmask('TOKEN=**********', 'TOKEN="abc12345"'), ['abc12345']);
  assert.deepEqual(unmask('aa GITHUB_PAT=**** bb', 'aaaa GITHUB_PAT=ghp1 bbbb'), ['ghp1']);
  assert.deepEqual(unmask('u: "****" p: "***"', 'u: "user" p: "pw1"'), ['user', 'pw1']);
  assert.equal(unmask('KEY=****', 'OTHER=abcd'), undefined);
  assert.equal(unmask('a**', 'aaaa'), undefined, 'two places: ambiguous');
  const report: string[] = [];
  const items = labelTrivyFile('demo.txt', 'asd\nKEY=abcd1234\nnot_a_key_value_here\nGONE=zz', [
    { rule: 'r', file: 'demo.txt', line: 2, masked: 'KEY=********' },
    { rule: 'r', file: 'demo.txt', line: 4, masked: 'GONE=****' },
  ], report);
  assert.deepEqual(items.map((i) => [i.label, i.text, i.secrets]), [
    ['secret', 'KEY=abcd1234', ['abcd1234']],
    ['clean', 'not_a_key_value_here', []],
  ]);
  assert.deepEqual(report, ["trivy demo.txt:4 (r): the test's masked line does not lie over the stored file's line, skipped"]);
});

test("earlybird's false-positive table: raw and interpreted Go strings, kept hits' values by their rule's pattern, other categories left out", () => {
  const source = [
    'func Test_findFalsePositive(t *testing.T) {',
    '\ttests := []struct {',
    '\t}{',
    '\t\t{',
    '\t\t\tname: "Don\'t skip positive finding",',
    '\t\t\thit: Hit{',
    '\t\t\t\tCode:       3001,',
    '\t\t\t\tFilename:   "source.java",',
    '\t\t\t\tMatchValue: `password = "Str0ngValue!"`,',
    '\t\t\t},',
    '\t\t\twantIsFP: false,',
    '\t\t},',
    '\t\t{',
    '\t\t\tname: "Skip xml placeholder",',
    '\t\t\thit: Hit{',
    '\t\t\t\tCode:     3007,',
    '\t\t\t\tFilename: "a.xml",',
    '\t\t\t\tLineValue: "<Password>password</Password>",',
    '\t\t\t},',
    '\t\t\twantIsFP: true,',
    '\t\t},',
    '\t\t{',
    '\t\t\tname: "a card token",',
    '\t\t\thit: Hit{',
    '\t\t\t\tCode:       6008,',
    '\t\t\t\tFilename:   "a.json",',
    '\t\t\t\tMatchValue: `"account_token": "97XKNW"`,',
    '\t\t\t},',
    '\t\t\twantIsFP: false,',
    '\t\t},',
    '\t}',
    '}',
    'func Test_other(t *testing.T) {}',
  ].join('\n');
  const cases = earlybirdCases(source);
  assert.deepEqual(cases.map((c) => [c.code, c.text, c.wantIsFP]), [
    [3001, 'password = "Str0ngValue!"', false],
    [3007, '<Password>password</Password>', true],
    [6008, '"account_token": "97XKNW"', false],
  ]);
  const report: string[] = [];
  const rules = { codes: [3001, 3007], patterns: { '3001': `(?i)(['"]?\\w*password['"]?[ \\t]*[:=][ \\t]*(['"][^'"]{4,}['"]))` } };
  assert.deepEqual(labelEarlybirdCases(cases, rules, report).map((i) => [i.label, i.secrets]), [['secret', ['Str0ngValue!']], ['clean', []]]);
  assert.deepEqual(report, []);
  const xml = portEarlybirdPattern('(?i)(<[^(><.)]?(password)[^(><.)]?>[^(><.)]+</[^(><.)]?(password)[^(><.)]?>)');
  assert.equal(earlybirdValue(xml, '<Password>abc13</Password>'), 'abc13');
  assert.equal(earlybirdValue(xml, 'no element here'), undefined);
});
