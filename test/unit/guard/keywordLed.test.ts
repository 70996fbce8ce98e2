import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keywordLead, leadsWithKeyword } from '../../../src/core/guard/keywordLed';
import { TOKEN_START } from '../../../src/core/guard/rules/tokenBoundary';
import { forEachMatch } from '../../../src/core/guard/secretRule';
import { KeywordPrefilter, type Places } from '../../../src/core/guard/keywordPrefilter';
import { seededRandom } from '../../../src/core/seededRandom';

test('a pattern whose every match starts with a literal holding a keyword is led', () => {
  assert.ok(leadsWithKeyword(new RegExp(`${TOKEN_START}(?:AKIA|ASIA|A3T[A-Z0-9])[A-Z2-7]{16}`), ['akia', 'asia', 'a3t']));
  assert.ok(leadsWithKeyword(/(?:mainnet|preprod|ipfs)[A-Za-z0-9]{32}/, ['mainnet', 'preprod', 'ipfs']));
  assert.ok(leadsWithKeyword(/\blftp\b[^\r\n]{0,200}?[ \t]-u/, ['lftp']));
  // A group and a plain class continue the literal: `sq0atp-`, `EZAK`, `EZTK`.
  assert.ok(leadsWithKeyword(/(?:sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}|EAAA[A-Za-z0-9_-]{60})/, ['sq0atp-', 'sq0csp-', 'eaaa']));
  assert.ok(leadsWithKeyword(/EZ[AT]K[A-Za-z0-9]{54}/, ['ezak', 'eztk']));
  // Escaped punctuation is literal; the case of the pattern's letters is folded as the prefilter folds the text's.
  assert.ok(leadsWithKeyword(/SG\.[A-Za-z0-9_-]{20,24}/, ['sg.']));
  assert.ok(leadsWithKeyword(/(?<=["'])Token[ \t]+\w+/i, ['token']));
});

test('a pattern whose keyword follows atoms that match no line break holds it on its first line', () => {
  // Azure DevOps' signature, Terraform's infix, Mailchimp's datacentre suffix after a bounded run.
  assert.ok(leadsWithKeyword(/[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9]{16}/, ['jqqj9']));
  assert.ok(leadsWithKeyword(/[a-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}/, ['.atlasv1.']));
  assert.ok(leadsWithKeyword(/[^\s"'`@/]{3,200}@(?:tcp6?|udp|unix)\(/, ['@tcp(', '@tcp6(', '@udp(', '@unix(']));
  // `.` without `s`, `\d`, `\w`, a negated class naming `\n`, a range of printable characters, a group of such.
  for (const pattern of [/.key/, /\d{2}key/, /(?<k>\w+)key/, /[^\r\n]*key/, /[a-z]key\w+/, /(?:[ \t]+|x\.)key/]) assert.ok(leadsWithKeyword(pattern, ['key']), pattern.source);
  // An optional character or group is read both ways; a group's alternatives each with what follows it.
  assert.ok(leadsWithKeyword(/\b(?:AES|DES3?)\.new\(/, ['aes.new', 'des.new', 'des3.new']));
  assert.ok(leadsWithKeyword(/\bcreate(?:Cipher|Decipher)(?:iv)?\(/, ['createcipher', 'createdecipher']));
  assert.ok(leadsWithKeyword(/(?:a[0-9]+key|b\w{2}key)=/, ['key']));
  // A backreference to a group of such atoms (a closing quote), a literal repeated (`A{20}`, the last of `\d{1,2}`), a class's edge `-`.
  assert.ok(leadsWithKeyword(/(?<q>["']?)(?<secret>[^\s"']{3,200})\k<q>[ \t]*\|[ \t]*chpasswd\b/, ['chpasswd']));
  assert.ok(leadsWithKeyword(/A{20}[A-Za-z0-9%]{60,160}/, ['aaaaaaaaaaaaaaaaaaaa']));
  assert.ok(leadsWithKeyword(/\d{1,2}\/\d{16,20}:/, ['0/', '1/', '2/', '3/', '4/', '5/', '6/', '7/', '8/', '9/']));
  assert.ok(leadsWithKeyword(/(?:ab)+c/, ['bc']));
  assert.ok(leadsWithKeyword(/perm[:-]\w+/, ['perm:', 'perm-']));
});

test('a run of blanks holds a keyword\'s blank, as the redactor\'s prefilter reads it (blankRuns)', () => {
  assert.ok(leadsWithKeyword(/\b(?:docker|podman|helm[ \t]+registry)[ \t]+login\b/i, ['docker login', 'podman login', 'registry login']));
  assert.ok(leadsWithKeyword(/\bauth[ \t]?=[ \t]?\(/, ['auth=(', 'auth =(', 'auth= (', 'auth = (']));
  assert.ok(leadsWithKeyword(/(?:-u|--user)(?:[ \t]+|=)\w/, ['-u ', '-u=', '--user']));
  assert.ok(leadsWithKeyword(/\w\t{2,}:/, [' :']));
  // A blank that may be absent is read both ways: `auth=(` then holds no `auth =(`.
  assert.equal(leadsWithKeyword(/\bauth[ \t]*=\(/, ['auth =(']), false);
  assert.equal(keywordLead(/\bnet[ \t]{1,4}use/, ['net use']), 10);
  // Blanks side by side are one run: `a \t q` holds `a q` as the prefilter reads it.
  assert.ok(leadsWithKeyword(/a[ \t]?[ \t]q/, ['a q']));
  assert.equal(keywordLead(/\bnet[ \t]+use/, ['net use']), Infinity);
});

test('a led pattern\'s lead: the most characters from a match\'s start to the end of the literal holding its keyword', () => {
  assert.equal(keywordLead(/\bssh\.Password[ \t]*\(/, ['ssh.password']), 12);
  assert.equal(keywordLead(/\b(?:zip|unzip|zipcloak|funzip)\b[^\r\n]{0,200}?[ \t]-P/, ['zip']), 8);
  assert.equal(keywordLead(/[A-Za-z0-9]{52}JQQJ9[9DH]/, ['jqqj9']), 57);
  assert.equal(keywordLead(/(?:ab|abcd)?x{2}key/, ['key']), 9);
  // A class or `.` may take a surrogate pair under `u`; past an unbounded quantifier, any length.
  assert.equal(keywordLead(/.key/u, ['key']), 5);
  assert.equal(keywordLead(/\w+key|[ \t]*key/, ['key']), Infinity);
  assert.equal(keywordLead(/(?<q>["']?)x\k<q>key/, ['key']), 6);
  assert.equal(keywordLead(/(x{1,3})-\1key/, ['key']), 10);
  assert.equal(keywordLead(/\w+/, ['key']), undefined);
});

test('a pattern that may start elsewhere, or whose literal stops short of a keyword, is not led', () => {
  for (const [pattern, keywords] of [
    [/fm[12][ar]?_[A-Za-z0-9+/]{100,}/, ['fm1_', 'fm2_']], // the optional class ends the literal before `_`
    [/(?:sqlcmd|bcp)[ \t]-P|\bnet[ \t]*use/, ['sqlcmd', 'bcp', 'net use']], // `netuse` holds no `net use`
    [/x?key=\w+/, ['xkey']], // a quantified character ends the literal
    [/(?:key)?=\w+/, ['key']], // an optional group
    [/[sr]k_live_\w+/, ['sk_live_']], // a range-free class, but `rk_live_` holds no keyword
    [/[^"]{0,10}key/, ['key']], // a negated class without `\n` may match a line break
    [/\s+key/, ['key']],
    [/[\s\S]key/, ['key']],
    [/\Wkey|\Dkey/, ['key']],
    [/.key/s, ['key']], // under `s`, `.` matches a line break
    [/[\t-~]key/, ['key']], // a range from a tab holds `\n`
    [/(?:a|\n)key/, ['key']],
    [/(?:key|x)\w+/, ['key']], // one alternative holds no keyword
    [/token\w+/iu, ['token']], // Kelvin's K folds onto k under u and i
    [/token/, []],
    [/(?<q>[^"]?)\k<q>key/, ['key']], // a backreference to a group that may match a line break
    [/A{2,20}x/, ['aaax']], // at least two `A` before `x`, not three
    [/\d{0,2}\/x/, ['0/']], // none may stand before `/`
    [/[a-]key/, ['akey']], // `-key` holds no keyword
  ] as const) assert.equal(leadsWithKeyword(pattern, keywords), false, pattern.source);
});

for (const [pattern, keywords] of [
  [/(?:sk|Aq)[A-Za-z0-9_-]{3,8}|\bkA0[:=]\S{1,4}/g, ['sk', 'aq', 'ka0']],
  // Keywords after runs that match no line break: a class, `.`, a negated class, a group of them.
  [/[a-z0-9]{2,6}Sq[:=]|.{0,3}k0?A\w{2}|[^\n=]{1,5}=Ks|(?:[ \t]+|a_)sK_/gi, ['sq:', 'sq=', 'ka', 'k0a', '=ks', 'sk_']],
  // A backreference to a quote, a repeated literal, the last of a repeated class, a class's edge `-`.
  [/(?<q>[:=]?)[sk]{1,3}\k<q>[ \t]*Aq|k{2}A[-_]q|(?:sa)+K|[0q]{1,2}_s-?/gi, ['aq', 'kka-q', 'kka_q', 'ak', '0_s', 'q_s']],
  // Bounded leads: a literal group, a bounded class before the keyword, an optional group.
  [/(?:ks|a)?q{1,2}[sk]{0,3}Ak0?|[ \t]{0,2}=sk(?=[ \t])/g, ['ak', 'ak0', '=sk']],
  // Runs of blanks holding a keyword's blank (the prefilter reads any run of spaces and tabs as one): required, optional,
  // bounded, after a literal blank, at a keyword's start.
  [/\bk[ \t]+s[ \t]?=[ \t]*\(|(?:qa|s)[ \t]{1,3}:k|a [ \t]*q|\w\t+:=s/gi, ['k s=(', 'k s =(', 'k s= (', 'k s = (', 'qa :k', 's :k', 'a q', ' :=s']],
] as const) test(`where a pattern is led (${pattern.source}), its matches on the keywords' lines are every match`, () => {
  const random = seededRandom(11);
  const alphabet = 'akAKsS0q-_ \n\t:=( \t';
  assert.ok(leadsWithKeyword(pattern, keywords));
  const sticky = new RegExp(pattern.source, `${pattern.flags}y`);
  // (Read as the redactor's prefilter reads keywords: a run of blanks is a keyword's one blank.)
  const prefilter = new KeywordPrefilter([keywords], [true], true);
  for (let n = 0; n < 600; n++) {
    // (Long texts of long lines too: past the budget of lines, the whole text is read.)
    const long = n % 6 === 0;
    let text = '';
    const length = Math.floor(random() * (long ? 20_000 : 200));
    for (let i = 0; i < length; i++) text += long && random() < 0.98 ? 'q' : alphabet[Math.floor(random() * alphabet.length)];
    const near = placesOf(prefilter, text);
    const whole = matchesOf(text, pattern, sticky);
    assert.deepEqual(matchesOf(text, pattern, sticky, near), whole, JSON.stringify(text));
    // (Tried only within its lead before each keyword's end.)
    assert.deepEqual(matchesOf(text, pattern, sticky, near, keywordLead(pattern, keywords)), whole, JSON.stringify(text));
  }
});

// A rule near its keywords by its word alone (no lead: the keyword anywhere in the match, `\bFTP…(`, `^[ \t]*user…`) is
// tried on a keyword's line only up to that keyword's end: a match holds the occurrence on the line it starts on.
for (const [pattern, keywords] of [
  [/[as \t]*kk[as \t:]*=q/g, ['kk']],
  [/^[ \t]*(?:s[ \t]+)?kA[^\n]{0,9}?=(?:q|s)|\bq[ \t]*\(\w*Sk/gim, ['ka', 'sk']],
] as const) test(`a pattern holding its keyword anywhere (${pattern.source}) finds on its lines, up to each keyword, every match`, () => {
  const random = seededRandom(12);
  // (Pieces of the patterns' words, so that matches are many.)
  const pieces = ['kk', 'kA', 'Sk', 'q(', '=q', '=s', 'a', 's', 'k', ' ', '\t', ':', '_', '\n'];
  const sticky = new RegExp(pattern.source, `${pattern.flags}y`);
  const prefilter = new KeywordPrefilter([keywords], [true], true);
  let found = 0;
  for (let n = 0; n < 1_000; n++) {
    let text = '';
    const length = Math.floor(random() * 120);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    const whole = matchesOf(text, pattern, sticky);
    assert.deepEqual(matchesOf(text, pattern, sticky, placesOf(prefilter, text)), whole, JSON.stringify(text));
    found += whole.length;
  }
  assert.ok(found > 200, `${found / 2} matches`);
});

/** Where the one group's keywords end in `text`, as the redactor hands them to a near rule (none past the most: `[]`). */
function placesOf(prefilter: KeywordPrefilter, text: string): Places {
  const near = prefilter.nearSlots();
  prefilter.needed(text, near);
  return near[0] ?? [];
}

/** Each match's index and length as `forEachMatch` finds them: in the whole text, or given `near`, on the keywords' lines. */
function matchesOf(text: string, pattern: RegExp, sticky: RegExp, near?: Places, lead?: number): number[] {
  const found: number[] = [];
  forEachMatch(text, pattern, sticky, near, (m) => found.push(m.index, m[0].length), lead);
  return found;
}
