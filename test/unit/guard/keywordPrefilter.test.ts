import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeywordPrefilter } from '../../../src/core/guard/keywordPrefilter';
import { findSecrets, redactSecrets, secretRules } from '../../../src/core/guard/secretRedactor';
import { vendorKeyedTokenRule } from '../../../src/core/guard/rules/vendorKeyedTokenRule';
import { seededRandom } from '../../../src/core/seededRandom';
import { SpanList } from '../../../src/core/guard/spanList';
import { nextKeyWordEnd } from '../../../src/core/guard/rules/keyWordScan';

test('says which groups have a keyword in the text, as a search for each keyword would', () => {
  const groups = secretRules.map((r) => r.keywords);
  const prefilter = new KeywordPrefilter(groups);
  const random = seededRandom(3);
  const words = [...new Set(groups.flat())];
  const filler = ['a', 'Q', '_', '-', '.', ' ', '\n', 'é', 'İ', '0', 'x', ':', '~'];
  for (let round = 0; round < 500; round++) {
    let text = '';
    for (let i = 0; i < 1 + Math.floor(random() * 12); i++) {
      let piece = random() < 0.5 ? words[Math.floor(random() * words.length)]! : filler[Math.floor(random() * filler.length)]!;
      if (random() < 0.3) piece = piece.slice(0, Math.max(1, piece.length - 1)); // almost a keyword
      if (random() < 0.3) piece = piece.toUpperCase();
      text += piece;
    }
    const expected = groups.map((keywords) => keywords.length === 0 || keywords.some((k) => foldedText(text).includes(foldedText(k))));
    assert.deepEqual(prefilter.needed(text), expected, JSON.stringify(text));
  }
});

// The characters past ASCII that the rules' keywords hold, in either case: the prefilter reads them as one.
const WIDE = new Set(secretRules.flatMap((r) => r.keywords).flatMap((k) => [...k].filter((c) => c.charCodeAt(0) >= 128).flatMap((c) => [c, c.toUpperCase(), c.toLowerCase()])));
/** ASCII letters folded, each of WIDE written as one character (U+0001), as the prefilter reads a text. */
function foldedText(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[^\x00-\x7f]/g, (c) => (WIDE.has(c) ? '\u0001' : c));
}

test('a keyword past ASCII is found in either case, and read as any of the characters past ASCII the keywords hold', () => {
  const prefilter = new KeywordPrefilter([['пароль'], ['パスワード'], ['pass']]);
  // (Six of those characters hold five: `パスワード`'s group is needed too, its expression finds no word.)
  assert.deepEqual(prefilter.needed('ПАРОЛЬ: x'), [true, true, false]);
  assert.deepEqual(prefilter.needed('Пароль'), [true, true, false]);
  assert.deepEqual(prefilter.needed('パスワード：x'), [false, true, false]);
  // (Five of the characters in a row: found, the rule's own expression then reads the word.)
  assert.deepEqual(prefilter.needed('ードパスワ'), [false, true, false]);
  // (Any other character past ASCII breaks a run, as before.)
  assert.deepEqual(prefilter.needed('パスワ・ド pas'), [false, false, false]);
  assert.deepEqual(prefilter.needed('é pass'), [false, false, true]);
});

test('with blank runs, a keyword\'s blank is any run of spaces and tabs, as a search in the text with its runs made one space would', () => {
  const groups = [...secretRules.map((r) => r.keywords), ['a b'], [' :'], ['x\t:'], ['net use'], ['set (']];
  const prefilter = new KeywordPrefilter(groups, [], true);
  const random = seededRandom(5);
  const words = [...new Set(groups.flat())];
  const filler = [' ', '\t', '  ', ' \t ', 'a', 'b', ':', '\n', 'net', 'use', 'set', '('];
  const oneBlank = (s: string) => s.replace(/[ \t]+/g, ' ');
  for (let round = 0; round < 500; round++) {
    let text = '';
    for (let i = 0; i < 1 + Math.floor(random() * 12); i++) {
      let piece = random() < 0.4 ? words[Math.floor(random() * words.length)]! : filler[Math.floor(random() * filler.length)]!;
      if (random() < 0.3) piece = piece.replace(/ /g, () => [' ', '\t', '  ', '\t '][Math.floor(random() * 4)]!);
      text += piece;
    }
    const folded = oneBlank(foldedText(text));
    const expected = groups.map((keywords) => keywords.length === 0 || keywords.some((k) => folded.includes(oneBlank(foldedText(k)))));
    assert.deepEqual(prefilter.needed(text), expected, JSON.stringify(text));
  }
  assert.deepEqual(new KeywordPrefilter([['net use']], [], true).needed('net\t\t use'), [true]);
  assert.deepEqual(new KeywordPrefilter([['net use']]).needed('net\tuse'), [false]);
  assert.deepEqual(new KeywordPrefilter([['net use']], [], true).needed('net\nuse'), [false]);
});

test('finds keywords that overlap or end inside one another', () => {
  const prefilter = new KeywordPrefilter([['pwd'], ['pw'], ['sk-ant-'], ['sk-'], ['nt-']]);
  assert.deepEqual(prefilter.needed('xSK-ANT-y'), [false, false, true, true, true]);
  assert.deepEqual(prefilter.needed('pwpwd'), [true, true, false, false, false]);
  assert.deepEqual(prefilter.needed('p\u00e9wd sk\u2010ant'), [false, false, false, false, false]);
});

test('a group without keywords is always needed; a keyword must be lower case', () => {
  assert.deepEqual(new KeywordPrefilter([[], ['key']]).needed(''), [true, false]);
  assert.throws(() => new KeywordPrefilter([['Key']]), /lower case/);
  assert.doesNotThrow(() => new KeywordPrefilter([['clé']]));
});

test('a secret after a letter whose lower case is longer (İ) is removed at its own place', () => {
  // 'İ'.toLowerCase() is two characters: offsets taken in a lower-cased copy would be off by one each.
  assert.equal(redactSecrets('İİ GITHUB_TOKEN=Zx9Qm2Lp8Rt4Vw6Yb1').text, 'İİ GITHUB_TOKEN=[REDACTED:secret-assignment]');
});

test('records the end of every keyword occurrence of the hit group, in either case, as a search for each keyword would', () => {
  const keywords = ['pat', 'at', 'sk-', 'k-a', 'pagerduty', '~x'];
  const prefilter = new KeywordPrefilter([keywords], ['hits']);
  const random = seededRandom(5);
  const alphabet = 'paPAtTsSkK-~xXqQ_ \u00e9';
  for (let round = 0; round < 500; round++) {
    let text = '';
    for (let i = 0; i < Math.floor(random() * 30); i++) text += random() < 0.2 ? keywords[Math.floor(random() * keywords.length)]!.toUpperCase() : alphabet[Math.floor(random() * alphabet.length)]!;
    const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const expected = [...new Set(keywords.flatMap((k) => [...lower.matchAll(new RegExp(k.replace(/[-~]/g, '\\$&'), 'g'))].map((m) => m.index + k.length)))].sort((a, b) => a - b);
    const near: (number[] | null | undefined)[] = [];
    prefilter.needed(text, near);
    assert.deepEqual(near[0]!.filter((_, i) => i % 2 === 0), expected, JSON.stringify(text));
  }
});

test('tells each hit the longest of the group\'s keywords ending there, beside other groups', () => {
  const prefilter = new KeywordPrefilter([['box'], ['datadog', 'dog', 'og']], [false, 'hits']);
  const near: (number[] | null | undefined)[] = [];
  assert.deepEqual(prefilter.needed('Box datadog dOg', near), [true, true]);
  assert.deepEqual(near[1], [11, 0, 15, 1]);
  assert.throws(() => new KeywordPrefilter([['pass'], ['key']], ['hits', 'hits']), /more than one/);
});

test('records where a located group\'s keywords end, every occurrence, and the rule finds the same on their lines alone', () => {
  const prefilter = new KeywordPrefilter([['ftp'], ['pw', 'pwd'], ['7z']], [true, false, true]);
  const near: (number[] | null | undefined)[] = [];
  assert.deepEqual(prefilter.needed('xFtPy pwd ftp\n7Z7z', near), [true, true, true]);
  assert.deepEqual([near[0], near[1], near[2]], [[4, 13], undefined, [16, 18]]);
  // Past the most recorded, the group's rule is handed none (it reads the whole text).
  const many: (number[] | null | undefined)[] = [];
  prefilter.needed('ftp '.repeat(2000), many);
  assert.equal(many[0], null);
  // Each marked rule finds on a text the same handed its keywords' places as reading it whole.
  const located = secretRules.map((r) => r.nearKeywords === true);
  const all = new KeywordPrefilter(secretRules.map((r) => r.keywords), located, true);
  const texts = [
    'x\nconn = new PDO("mysql:host=h", "user", "Sx9q2LwP") # pdo\nftp = FTP("host", "user", "Kp3vX9qa")\n',
    'run: unzip -P Zq7wLp2x a.zip\n7za x -pJt5kVq9 a.7z\nrequirepass Hq8zLw3pX\nkey = "psk=Rt6yUq2wZ"\n',
    'redis-server --requirepass Mn4bVc8xZ\nftp_login($c, "u", "Wq3eRt5y");\nnet use x /user:a Pw9oIu7y\n',
  ];
  let finds = 0;
  for (const text of texts) {
    const nearHere: (number[] | null | undefined)[] = [];
    all.needed(text, nearHere);
    secretRules.forEach((rule, i) => {
      if (!located[i]) return;
      const whole = new SpanList(4);
      const onLines = new SpanList(4);
      rule.find(text, whole);
      rule.find(text, onLines, nearHere[i] ?? []);
      assert.deepEqual(onLines.toSpans(), whole.toSpans(), `${rule.id}: ${JSON.stringify(text)}`);
      finds += whole.length;
    });
  }
  assert.ok(finds >= 6, `${finds} finds`);
});

test('a rule handed its names\' ends by the prefilter finds what its own pass over the names finds, below and past the most recorded', () => {
  const random = seededRandom(17);
  const names = ['datadog', 'twilio', 'okta', 'stripe'];
  const alphabet = 'aB3dE6gH9jK2mN5pQ8sT1vW4xY7zA0';
  for (const lines of [3, 40, 1100]) {
    let text = '';
    for (let i = 0; i < lines; i++) {
      let token = '';
      for (let k = 0; k < 24; k++) token += alphabet[Math.floor(random() * alphabet.length)];
      text += `${names[i % names.length]!.toUpperCase()}_KEY=${random() < 0.5 ? token : 'short'}\n`;
    }
    const own = new SpanList();
    vendorKeyedTokenRule.find(text, own);
    const viaPrefilter = findSecrets(text, [vendorKeyedTokenRule]).map((s) => [s.start, s.end]);
    assert.ok(own.length > 0);
    assert.deepEqual(viaPrefilter, own.toSpans().map((s) => [s.start, s.end]));
  }
});

test('records where every key word starts, as the assignment rule\'s own scan finds them, beside the redactor\'s other keywords and their blank runs', () => {
  const rules = secretRules.map((r) => r.keywords);
  const started = secretRules.findIndex((r) => r.keywordStarts === true);
  assert.notEqual(started, -1);
  const prefilter = new KeywordPrefilter(rules, secretRules.map((r) => (r.keywordStarts === true ? 'starts' : r.nearKeywords === true)), true);
  const random = seededRandom(29);
  const words = [...new Set(rules.flat())];
  const filler = [' ', '\t', 'a', 'P', 's', 'w', 'd', 'ss', 'wd', ':', '=', '\n', 'é', '😀', '_'];
  for (let round = 0; round < 3000; round++) {
    let text = '';
    for (let i = 0; i < 1 + Math.floor(random() * 14); i++) {
      let piece = random() < 0.5 ? words[Math.floor(random() * words.length)]! : filler[Math.floor(random() * filler.length)]!;
      if (random() < 0.3) piece = piece.slice(random() < 0.5 ? 1 : 0, Math.max(1, piece.length - 1));
      if (random() < 0.3) piece = piece.toUpperCase();
      text += piece;
    }
    const expected: number[] = [];
    for (let i = 0; i < text.length; i++) if (nextKeyWordEnd(text, i, i + 1) !== -1) expected.push(i);
    const near: (number[] | null | undefined)[] = [];
    const needed = prefilter.needed(text, near);
    assert.equal(needed[started], expected.length > 0, JSON.stringify(text));
    assert.deepEqual(Array.from(near[started] ?? []), expected, JSON.stringify(text));
  }
  assert.throws(() => new KeywordPrefilter([['pass', 'as']], ['starts']), /inside another/);
  assert.throws(() => new KeywordPrefilter([['net use']], ['starts'], true), /blank/);
  assert.throws(() => new KeywordPrefilter([['pass'], ['key']], ['starts', 'starts']), /more than one/);
});

test('the assignment rule handed the key words\' starts finds what its own scan finds', () => {
  const rule = secretRules.find((r) => r.keywordStarts === true)!;
  const prefilter = new KeywordPrefilter([rule.keywords], ['starts'], true);
  const random = seededRandom(31);
  const pieces = ['password', 'PWD', 'pw', 'api_key', 'token', 'Secret', ' = ', ': ', '="', '"', "'", '\n', ' ', ',', 'aB3dE6gH9jK2mN5p', 'hunter22', 'pat', 'x', '{', '(', 'pass'];
  for (let round = 0; round < 2000; round++) {
    let text = '';
    for (let i = 0; i < 1 + Math.floor(random() * 20); i++) text += pieces[Math.floor(random() * pieces.length)]!;
    const near: (number[] | null | undefined)[] = [];
    prefilter.needed(text, near);
    const own = new SpanList();
    const handed = new SpanList();
    rule.find(text, own);
    rule.find(text, handed, near[0] ?? undefined);
    assert.deepEqual(handed.toSpans(), own.toSpans(), JSON.stringify(text));
  }
});
