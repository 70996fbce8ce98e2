import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passwordStart } from '../../../src/core/guard/credentialPair';
import { findSecrets, redactSecrets, secretRules } from '../../../src/core/guard/secretRedactor';
import { readsAsWord } from '../../../src/core/guard/readsAsWord';
import { spanKind } from '../../../src/core/guard/spanList';
import { seededRandom } from '../../../src/core/seededRandom';
import { examplesOf } from './allRuleExamples';
import { unmark } from './markedExamples';
import { ruleExamples } from './ruleExamples';

function outsideMarkers(redacted: string): string[] {
  return redacted.split(/\[REDACTED:[a-z0-9-]+\]/);
}

/** `secret` stands in `part` apart from a longer name: glued to one (`…B3` in `…B3nT6y`), it is that name's, by design. */
function standsApart(part: string, secret: string): boolean {
  for (let at = part.indexOf(secret); at !== -1; at = part.indexOf(secret, at + 1)) {
    if (!/[A-Za-z0-9_]/.test(part[at - 1] ?? '') && !/[A-Za-z0-9_]/.test(part[at + secret.length] ?? '')) return true;
  }
  return false;
}

// Property: whatever the text, the redacted text contains none of the spans the redactor found
// (spans overlap, sit side by side, repeat, cross lines), and text outside them is kept as is.
// Every rule's examples are its pieces, and each rule's secrets lead a round of their own, so the texts reach every
// rule (drawn from ruleExamples alone, 400 random rounds reached 75 of 328 rules: one rule's spans left unredacted passed).
test('redacted text never contains a detected span, and keeps everything else', () => {
  const random = seededRandom(11);
  const examples = secretRules.map((rule) => examplesOf(rule.id));
  const pieces = examples.flatMap((e) => [...e.secrets.map((s) => unmark(s).text), ...e.clean]);
  const leads = examples.flatMap((e) => e.secrets.map((s) => unmark(s).text));
  const glue = ['', ' ', '\n', '=', '"', ': ', ',', 'x', '\t', '://u:', '-----'];
  for (let round = 0; round < leads.length + 400; round++) {
    // (A lead on a line of its own: glued to `x`, a token is another token; 328 of 328 rules then find a span.)
    let text = round < leads.length ? `${leads[round]!}\n` : '';
    const n = Math.floor(random() * 5) + (round < leads.length ? 0 : 1);
    for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)]! + glue[Math.floor(random() * glue.length)]!;
    const spans = findSecrets(text);
    if (round < leads.length) assert.ok(spans.length > 0, `round ${round}: its lead is found`);
    const result = redactSecrets(text);
    let rebuilt = '';
    let cursor = 0;
    for (const s of spans) {
      assert.ok(s.start >= cursor && s.end > s.start, 'sorted, non-overlapping, non-empty');
      const secret = text.slice(s.start, s.end);
      // (Outside the markers: a short secret like `bot` may be a word of a marker's rule name. A
      // secret under 8 characters is not sought elsewhere by design: `password = "admin"` beside
      // `net user admin` leaves the user's name; the rebuilt text below checks its own place.
      // An occurrence glued to a longer name is that name's: see standsApart.)
      // A word found by a rule (`tigerlily` in a slot) is not sought elsewhere either, by design (secretRedactor.ts, `readsAsWord`).
      // Of a credential pair, its password is what is sought (credentialPair.ts): a word there (`user:tigerlily`) is not.
      const sought = text.slice(passwordStart(text, spanKind(s.kind), s.start, s.end), s.end);
      if (sought.length >= 8 && !readsAsWord(sought)) assert.ok(!outsideMarkers(result.text).some((part) => standsApart(part, secret)), `round ${round}: ${JSON.stringify(secret)} still in ${JSON.stringify(result.text)}`);
      rebuilt += text.slice(cursor, s.start) + `[REDACTED:${s.kind}]`;
      cursor = s.end;
    }
    assert.equal(result.text, rebuilt + text.slice(cursor));
    assert.equal(result.count, spans.length);
  }
});

// The redacted text is built in pieces of a few hundred spans: a text with more spans than that,
// and not a multiple of it, is rebuilt as the spans say, across every piece's edge.
test('a text with many secrets is redacted as its spans say, across the pieces the text is built in', () => {
  const random = seededRandom(29);
  const pieces = Object.values(ruleExamples).flatMap((e) => e.secrets.map((s) => unmark(s).text));
  for (let round = 0; round < 3; round++) {
    let text = '';
    for (let i = 0; i < 900 + round * 77; i++) text += `${pieces[Math.floor(random() * pieces.length)]!}\n`;
    const spans = findSecrets(text);
    assert.ok(spans.length > 600, `${spans.length} spans`);
    let rebuilt = '';
    let cursor = 0;
    for (const s of spans) {
      rebuilt += text.slice(cursor, s.start) + `[REDACTED:${s.kind}]`;
      cursor = s.end;
    }
    assert.equal(redactSecrets(text).text, rebuilt + text.slice(cursor));
  }
});

test('an assignment keeps its key name and loses only the value', () => {
  const result = redactSecrets('DB_PASSWORD=hunter2!x\nDB_HOST=localhost\n');
  assert.equal(result.text, 'DB_PASSWORD=[REDACTED:secret-assignment]\nDB_HOST=localhost\n');
  assert.equal(result.count, 1);
});

test('a private key block is removed whole, and counted once', () => {
  const text = 'a\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nabc\n-----END RSA PRIVATE KEY-----\nb';
  const result = redactSecrets(text);
  assert.equal(result.text, 'a\n[REDACTED:private-key]\nb');
  assert.equal(result.count, 1);
});

test('a vendor token in a secret-named assignment is named by its vendor', () => {
  const token = 'ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d';
  assert.equal(redactSecrets(`GITHUB_TOKEN=${token}`).text, 'GITHUB_TOKEN=[REDACTED:github-token]');
});

test('every occurrence of a secret goes, also where no rule would have found it', () => {
  const text = 'password = "Zx9Qm2Lp8Rt4Vw6Yb1"\n// tried Zx9Qm2Lp8Rt4Vw6Yb1 twice';
  assert.equal(redactSecrets(text).text, 'password = "[REDACTED:secret-assignment]"\n// tried [REDACTED:secret-assignment] twice');
});

test('a word found as a secret is a secret where it was found; elsewhere the word is the word', () => {
  const text = 'password = "environment"\nfrom .environment import Environment\nthe environment it runs in';
  assert.equal(redactSecrets(text).text, 'password = "[REDACTED:secret-assignment]"\nfrom .environment import Environment\nthe environment it runs in');
  // A generated value, or letters that do not pair as a word's, goes everywhere.
  const random = 'password = "qzxkvbwjfhtp"\nlog: login with qzxkvbwjfhtp';
  assert.equal(redactSecrets(random).text, 'password = "[REDACTED:secret-assignment]"\nlog: login with [REDACTED:secret-assignment]');
});

test('a secret pasted again stands apart from the run it sits in; inside a longer name it is part of that name', () => {
  const text = 'password = "Zx9Qm2Lp8Rt4Vw6Yb1"\nurl = "https://h/?t=Zx9Qm2Lp8Rt4Vw6Yb1&x=1" and (Zx9Qm2Lp8Rt4Vw6Yb1)\nconst Zx9Qm2Lp8Rt4Vw6Yb1_MASK = 3; xZx9Qm2Lp8Rt4Vw6Yb1';
  assert.equal(
    redactSecrets(text).text,
    'password = "[REDACTED:secret-assignment]"\nurl = "https://h/?t=[REDACTED:secret-assignment]&x=1" and ([REDACTED:secret-assignment])\nconst Zx9Qm2Lp8Rt4Vw6Yb1_MASK = 3; xZx9Qm2Lp8Rt4Vw6Yb1',
  );
  // After an escape written out (a string's \n, a URL's %3D) it stands apart.
  const escaped = 'password = "Zx9Qm2Lp8Rt4Vw6Yb1"\nlog("tried:\\nZx9Qm2Lp8Rt4Vw6Yb1") q=pw%3DZx9Qm2Lp8Rt4Vw6Yb1';
  assert.equal(redactSecrets(escaped).text, 'password = "[REDACTED:secret-assignment]"\nlog("tried:\\n[REDACTED:secret-assignment]") q=pw%3D[REDACTED:secret-assignment]');
});

test('two secrets on one line are both counted', () => {
  const a = 'ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d';
  const b = 'AKIA6KIAPJ4GEJRZQADW';
  const result = redactSecrets(`tokens: ${a} ${b}`);
  assert.equal(result.count, 2);
  assert.ok(!result.text.includes(a) && !result.text.includes(b));
});
