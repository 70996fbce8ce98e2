import assert from 'node:assert/strict';
import { test } from 'node:test';
import { curlUserRule } from '../../../src/core/guard/rules/curlUserRule';
import { looksPlaceholder } from '../../../src/core/guard/secretRule';
import { SpanList } from '../../../src/core/guard/spanList';
import { seededRandom } from '../../../src/core/seededRandom';

// The expression the scanner reads by hand, run as a pattern rule runs it (on from each match's
// end, found or let go): the reference it is held to.
const CURL_USER = /(?<![A-Za-z0-9_-])(?:-[uU][ \t]{0,4}|--(?:proxy-)?user(?:[ \t]{1,4}|=))(?<q>["']?)(?<user>[^\s:"'@]{1,100}):(?=(?<secret>[^\s"']{3,200}))\k<secret>\k<q>(?=[\s"']|$)/dg;
// A password that only stands in for one: the slot's name, the user again, one letter repeated.
const standsIn = (secret: string, user: string) => secret === user || /^(?:password|passwd|pass|pwd|token|secret|api[-_]?key|key)$/i.test(secret) || /^(.)\1+$/.test(secret) || secret.startsWith('//');

function byExpression(text: string): string[] {
  const out: string[] = [];
  CURL_USER.lastIndex = 0;
  for (let m = CURL_USER.exec(text); m; m = CURL_USER.exec(text)) {
    const [start, end] = m.indices!.groups!.secret!;
    const secret = text.slice(start, end);
    if (!looksPlaceholder(secret) && !/^(?:\$|<|\{\{)/.test(secret) && !standsIn(secret, m.groups!.user!)) out.push(`${start}-${end}`);
  }
  return out;
}

function byScanner(text: string): string[] {
  const found = new SpanList();
  curlUserRule.find(text, found);
  return found.toSpans().map((s) => `${s.start}-${s.end}`);
}

test('reads every spelling of a user and password, and the password alone is the secret', () => {
  const at = (text: string, secret: string) => [`${text.indexOf(secret)}-${text.indexOf(secret) + secret.length}`];
  assert.deepEqual(byScanner('curl -u admin:s3cretPw! https://x'), at('curl -u admin:s3cretPw! https://x', 's3cretPw!'));
  assert.deepEqual(byScanner('curl --user "deploy:Xk2pL9vQ7" $URL'), at('curl --user "deploy:Xk2pL9vQ7" $URL', 'Xk2pL9vQ7'));
  assert.deepEqual(byScanner("curl -u'ci:Xk2pL9vQ7' x"), at("curl -u'ci:Xk2pL9vQ7' x", 'Xk2pL9vQ7'));
  assert.deepEqual(byScanner('curl --user=bot:Xk2p@L9:vQ7'), at('curl --user=bot:Xk2p@L9:vQ7', 'Xk2p@L9:vQ7'));
  assert.deepEqual(byScanner('curl -u     a:bcdef x'), [], 'five blanks');
  assert.deepEqual(byScanner(`curl -u a:${'b'.repeat(201)}`), [], 'a password longer than 200');
  assert.deepEqual(byScanner('curl -u "a:bcdef x'), [], 'a quote that does not close after the password');
  assert.deepEqual(byScanner('curl -u "$USER:$PASS" x'), []);
});

test('gives the expression\'s answer on random text built from the characters that matter to it', () => {
  const random = seededRandom(61);
  const atoms = ['-u', '--user', '--user=', '-', 'u', ' ', '\t', '"', "'", ':', '@', '=', 'a', 'B', '9', '_', '.', '/', '$', '<', '{{', '\n',
    '\u00a0', 'é', 'pw!', 'curl '];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const run = (chars: readonly string[], max: number) => Array.from({ length: Math.floor(random() * max) }, () => pick(chars)).join('');
  // Mostly characters each run may hold, now and then one that ends it.
  const userChars = [...'aB9_.-u/é'.repeat(4), '$', '<', ' ', '@', ':', '"'];
  const passwordChars = [...'aB9:@!-u%'.repeat(4), '$', ' ', '"', "'", '\u00a0'];
  let found = 0;
  for (let round = 0; round < 20_000; round++) {
    let text = '';
    for (let i = 0; i < 1 + Math.floor(random() * 4); i++) {
      if (random() < 0.3) {
        text += run(atoms, 4);
        continue;
      }
      // A curl -u argument, each part right or slightly wrong.
      const quote = pick(['', '', '"', "'"]);
      text += pick(['', ' ', 'x', '-', '"']) + pick(['-u', '-u', '--user', '--user=', '-U', '--usr', '--proxy-user', '--proxy-user=']) + pick(['', ' ', '\t', '    ', '     ', ' \t']);
      text += quote + (random() < 0.1 ? 'n'.repeat(99 + Math.floor(random() * 3)) : run(userChars, 8)) + (random() < 0.9 ? ':' : '');
      text += random() < 0.1 ? 'p'.repeat(197 + Math.floor(random() * 6)) : run(passwordChars, 14);
      text += pick([quote, quote, '', ' ', '"', "'", 'z']) + pick(['', ' ', '\n', 'x', '"']);
    }
    const expected = byExpression(text);
    if (expected.length > 0) found++;
    assert.deepEqual(byScanner(text), expected, JSON.stringify(text));
  }
  assert.ok(found > 1_000, `only ${found} texts with a match: the comparison says little`);
});
