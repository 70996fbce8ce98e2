// Readers whose per-character work was taken out of a call or a string a character (twenty-eighth round): the Basic
// credential decoded byte by byte, the SAS rule's segment walks read by code unit. Each held to what it replaced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBasicCredential } from '../../../src/core/guard/rules/credentialRules';
import { azureSasTokenRule } from '../../../src/core/guard/rules/azureSasTokenRule';
import { looksPlaceholder } from '../../../src/core/guard/secretRule';
import { SpanList } from '../../../src/core/guard/spanList';
import { seededRandom } from '../../../src/core/seededRandom';

/** The reading it replaces: Buffer's decoding, as UTF-8, all printable ASCII, a colon, the password no placeholder. */
function basicByBuffer(base64: string): boolean {
  const d = Buffer.from(base64, 'base64').toString('utf8');
  return /^[\x20-\x7e]+$/.test(d) && d.includes(':') && !looksPlaceholder(d.slice(d.indexOf(':') + 1));
}

test('isBasicCredential answers as Buffer decoding does: pairs, cut, padded, other alphabets and bytes', () => {
  const random = seededRandom(40);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const plainChars = [...'abcXYZ0129:::@-_ !~{}', '\x7f', '\x01', '\t', 'é', '€'];
  const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'];
  const odd = ['=', '-', '_', ' ', '\n', 'é', '.', '%'];
  for (let round = 0; round < 30_000; round++) {
    let base64: string;
    if (round % 2 === 0) {
      let plain = '';
      for (let i = Math.floor(random() * 40); i > 0; i--) plain += pick(plainChars);
      base64 = Buffer.from(plain).toString('base64');
      if (random() < 0.3) base64 = base64.replace(/=+$/, '');
      if (random() < 0.2) base64 = base64.slice(0, Math.floor(random() * (base64.length + 1)));
      if (random() < 0.2) base64 += '='.repeat(Math.floor(random() * 4));
    } else {
      base64 = '';
      for (let i = Math.floor(random() * 30); i > 0; i--) base64 += pick(alphabet);
    }
    if (random() < 0.15) {
      const at = Math.floor(random() * (base64.length + 1));
      base64 = base64.slice(0, at) + pick(odd) + base64.slice(at);
    }
    assert.equal(isBasicCredential(base64), basicByBuffer(base64), JSON.stringify(base64));
  }
  for (const length of [300, 700, 3000]) {
    const pair = Buffer.from(`deploy:${'aB3dE6gH9jK2'.repeat(length / 12)}`).toString('base64');
    assert.equal(isBasicCredential(pair), basicByBuffer(pair), String(length));
  }
});

/** The rule as it read segments before: a one-character string and `SEGMENT_END` per character. */
function sasSpansByExpression(text: string): number[] {
  const SIGNATURE = /[?&]sig=([A-Za-z0-9%+/]{30,120}(?:%3D|=){0,2})/dg;
  const NAMES = 'sv|ss|srt|sp|se|st|spr|sip|sr|sig|si|sdd|skoid|sktid|skt|ske|sks|skv|saoid|suoid|scid|ses|rscc|rscd|rsce|rscl|rsct';
  const WHOLE = new RegExp(`^(?:${NAMES})=[^=]*$`);
  const ENDING = new RegExp(`(?:^|[=:])((?:${NAMES})=[^=]*)$`, 'd');
  const SEGMENT_END = /[&?\s'"<>]/;
  const spans: number[] = [];
  let redactedUpTo = 0;
  for (let m = SIGNATURE.exec(text); m; m = SIGNATURE.exec(text)) {
    const signature = m[1]!;
    if (looksPlaceholder(signature)) continue;
    let start = m.index + 1;
    for (let n = 0, amp = m.index; n < 32 && text[amp] === '&'; n++) {
      let j = amp - 1;
      while (j >= redactedUpTo && amp - j <= 200 && !SEGMENT_END.test(text[j]!)) j--;
      const parameter = ENDING.exec(text.slice(j + 1, amp));
      if (!parameter) break;
      start = j + 1 + parameter.indices![1]![0];
      if (parameter.indices![1]![0] > 0) break;
      amp = j;
    }
    let end = m.indices![1]![1];
    for (let n = 0; n < 32 && text[end] === '&'; n++) {
      let k = end + 1;
      while (k < text.length && k - end <= 200 && !SEGMENT_END.test(text[k]!)) k++;
      if (!WHOLE.test(text.slice(end + 1, k))) break;
      end = k;
    }
    spans.push(start, end);
    redactedUpTo = end;
    SIGNATURE.lastIndex = end;
  }
  return spans;
}

test('the SAS rule grows a signature over the same segments as the expression it replaces, every segment end', () => {
  const random = seededRandom(28);
  const ends = [...'&?\'"<> \t\n\v\f\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', 'é', '😀', '=', ':', '%'];
  const segments = ['sv=2022-11-02', 'sp=r', 'se=2030-01-01', 'sig=WSdF9YeZhvrbs%2B%2B1f8ZdDBzEe7fBJ%2BenuaXQ%2BJ9WOw0%3D', 'x=1', 'SAS_TOKEN=sp=rw', 'skoid=a b'];
  for (let round = 0; round < 4_000; round++) {
    let text = '';
    for (let i = 1 + Math.floor(random() * 12); i > 0; i--) {
      text += random() < 0.6 ? '&' : ends[Math.floor(random() * ends.length)]!;
      text += segments[Math.floor(random() * segments.length)]!;
    }
    const found = new SpanList();
    azureSasTokenRule.find(text, found, undefined);
    const spans: number[] = [];
    for (let i = 0; i < found.length; i++) spans.push(found.start(i), found.end(i));
    // (The rule also asks the signature's entropy: every signature here is the same high-entropy one.)
    assert.deepEqual(spans, sasSpansByExpression(text), JSON.stringify(text));
  }
});
