import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMMAND_LINE_OPENS } from '../../../src/core/guard/referenceForms';
import { curlUserRule } from '../../../src/core/guard/rules/curlUserRule';
import { looksRandomValue } from '../../../src/core/guard/rules/randomValue';
import { looksPlaceholder } from '../../../src/core/guard/secretRule';
import { SpanList } from '../../../src/core/guard/spanList';
import { seededRandom } from '../../../src/core/seededRandom';

// The expression the scanner reads by hand, run as a pattern rule runs it (on from each match's
// end, found or let go): the reference it is held to. Quoted, the password runs to the closing
// quote; a user of a token's length may go with an empty password. The span is the pair.
const CURL_USER = new RegExp(
  String.raw`(?<![A-Za-z0-9_)\]-])(?:-[uU][ \t]{0,4}|--(?:proxy-)?user(?:[ \t]{1,4}|=))` +
    String.raw`(?:(?<q>["'])(?<qu>[^\s:"'@]{1,100}):(?<qs>(?:(?!\k<q>)[^\r\n]){3,200})\k<q>` +
    String.raw`|(?<q2>["'])(?<qu2>[^\s:"'@]{16,100}):\k<q2>` +
    String.raw`|(?<u>[^\s:"'@]{1,100}):(?=(?<s>[^\s"']{3,200}))\k<s>` +
    String.raw`|(?<u2>[^\s:"'@]{16,100}):(?![^\s"']))(?=[\s"']|$)`,
  'dg',
);
// A password that only stands in for one: the slot's name, one letter repeated (the user again,
// `-u 'test:test'`, is the password the command sends).
const standsIn = (secret: string) => /^(?:password|passwd|pass|pwd|token|secret|api[-_]?key|key)$/i.test(secret) || /^(.)\1+$/.test(secret) || secret.startsWith('//');
// A package path's `::` (`Some::Modulename`), a parameter expansion's `${:NAME}`: another grammar's colon.
const otherColon = (user: string, secret: string) => (/^:[A-Za-z_]+(?:::[A-Za-z_]+)*$/.test(secret) && /^[A-Za-z_]\w*$/.test(user)) || user.endsWith('${');

function byExpression(text: string): string[] {
  const out: string[] = [];
  CURL_USER.lastIndex = 0;
  for (let m = CURL_USER.exec(text); m; m = CURL_USER.exec(text)) {
    const g = m.indices!.groups!;
    const userAt = g.qu ?? g.qu2 ?? g.u ?? g.u2!;
    const secretAt = g.qs ?? g.s;
    if (secretAt === undefined) {
      const user = text.slice(userAt[0], userAt[1]);
      if (!COMMAND_LINE_OPENS.test(user) && looksRandomValue(user)) out.push(`${userAt[0]}-${userAt[1]}`);
      continue;
    }
    const secret = text.slice(secretAt[0], secretAt[1]);
    if (!looksPlaceholder(secret) && !COMMAND_LINE_OPENS.test(secret) && !standsIn(secret) && !otherColon(text.slice(userAt[0], userAt[1]), secret)) out.push(`${userAt[0]}-${secretAt[1]}`);
  }
  return out;
}

function byScanner(text: string): string[] {
  const found = new SpanList();
  curlUserRule.find(text, found);
  return found.toSpans().map((s) => `${s.start}-${s.end}`);
}

test('reads every spelling of a user and password, and takes the pair whole', () => {
  const at = (text: string, secret: string) => [`${text.indexOf(secret)}-${text.indexOf(secret) + secret.length}`];
  assert.deepEqual(byScanner('curl -u admin:s3cretPw! https://x'), at('curl -u admin:s3cretPw! https://x', 'admin:s3cretPw!'));
  assert.deepEqual(byScanner('curl --user "deploy:Xk2pL9vQ7" $URL'), at('curl --user "deploy:Xk2pL9vQ7" $URL', 'deploy:Xk2pL9vQ7'));
  assert.deepEqual(byScanner("curl -u'ci:Xk2pL9vQ7' x"), at("curl -u'ci:Xk2pL9vQ7' x", 'ci:Xk2pL9vQ7'));
  assert.deepEqual(byScanner('curl --user=bot:Xk2p@L9:vQ7'), at('curl --user=bot:Xk2p@L9:vQ7', 'bot:Xk2p@L9:vQ7'));
  // Quoted, the shell's word runs to the closing quote: blanks and the other quote are the password's.
  assert.deepEqual(byScanner(`curl -u "ops:Gr4n ite'7" x`), at(`curl -u "ops:Gr4n ite'7" x`, `ops:Gr4n ite'7`));
  assert.deepEqual(byScanner(`curl -u 'ops:Gr4n "ite7' x`), at(`curl -u 'ops:Gr4n "ite7' x`, `ops:Gr4n "ite7`));
  // A generated key as the user, its password empty (API docs' `-u sk_…:`); a word so is a user curl prompts for.
  assert.deepEqual(byScanner('curl https://api.example.com -u aB3dE6gH9jK2mN5pQ8rS1tU4:'), at('curl https://api.example.com -u aB3dE6gH9jK2mN5pQ8rS1tU4:', 'aB3dE6gH9jK2mN5pQ8rS1tU4'));
  assert.deepEqual(byScanner('curl -u "aB3dE6gH9jK2mN5pQ8rS1tU4:" x'), at('curl -u "aB3dE6gH9jK2mN5pQ8rS1tU4:" x', 'aB3dE6gH9jK2mN5pQ8rS1tU4'));
  assert.deepEqual(byScanner('curl -u administrator_account: https://x'), [], 'a user name, no key');
  assert.deepEqual(byScanner('curl -u     a:bcdef x'), [], 'five blanks');
  assert.deepEqual(byScanner(`curl -u a:${'b'.repeat(201)}`), [], 'a password longer than 200');
  assert.deepEqual(byScanner('curl -u "a:bcdef x'), [], 'a quote that does not close on its line');
  assert.deepEqual(byScanner('curl -u "a:bcdef\nx"'), [], 'a quote that closes on another line');
  assert.deepEqual(byScanner('curl -u "$USER:$PASS" x'), []);
});

test('gives the expression\'s answer on random text built from the characters that matter to it', () => {
  const random = seededRandom(61);
  const atoms = ['-u', '--user', '--user=', '-', 'u', ' ', '\t', '"', "'", ':', '@', '=', 'a', 'B', '9', '_', '.', '/', '$', '<', '{{', '\n',
    '\u00a0', 'é', 'pw!', 'curl ', ')', ']', '${', '::'];
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
      const user = random() < 0.1 ? 'n'.repeat(99 + Math.floor(random() * 3)) : random() < 0.15 ? pick(['aB3dE6gH9jK2mN5pQ8rS1tU', 'k9Xq2Lm7Vr4Tz8Wp', 'aB3dE6gH9jK2mN5']) + run(userChars, 3) : run(userChars, 8);
      text += quote + user + (random() < 0.9 ? ':' : '');
      text += random() < 0.1 ? 'p'.repeat(197 + Math.floor(random() * 6)) : random() < 0.1 ? '' : run(passwordChars, 14);
      text += pick([quote, quote, '', ' ', '"', "'", 'z']) + pick(['', ' ', '\n', 'x', '"']);
    }
    const expected = byExpression(text);
    if (expected.length > 0) found++;
    assert.deepEqual(byScanner(text), expected, JSON.stringify(text));
  }
  assert.ok(found > 1_000, `only ${found} texts with a match: the comparison says little`);
});
