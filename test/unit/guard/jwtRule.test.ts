import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IV_LENGTHS, JOSE_HEADER, TAG_LENGTHS, jwtRule } from '../../../src/core/guard/rules/jwtRule';
import { looksPlaceholder } from '../../../src/core/guard/secretRule';
import { SpanList } from '../../../src/core/guard/spanList';
import { shannonEntropy } from '../../../src/core/guard/stringEntropy';
import { seededRandom } from '../../../src/core/seededRandom';

function lengths(ns: readonly number[]): string {
  return ns.map((n) => `[A-Za-z0-9_-]{${n}}`).join('|');
}

// The expression the scanner reads by hand, with the same entropy floor and placeholder test:
// the reference it is held to.
const JWT = new RegExp(
  `(?<![A-Za-z0-9_])(?:(?=${JOSE_HEADER.join('|')})eyJ[A-Za-z0-9_-]{10,4000}\\.[A-Za-z0-9_-]{0,2000}\\.(?:${lengths(IV_LENGTHS)})\\.[A-Za-z0-9_-]+\\.(?:${lengths(TAG_LENGTHS)})(?![A-Za-z0-9_-])` +
    '|eyJ[A-Za-z0-9_-]{10,4000}\\.eyJ[A-Za-z0-9_-]{4,8000}\\.[A-Za-z0-9_-]{0,2000}(?![A-Za-z0-9_-])' +
    `|(?=${JOSE_HEADER.join('|')})eyJ[A-Za-z0-9_-]{10,4000}\\.[A-Za-z0-9_-]{4,8000}\\.[A-Za-z0-9_-]{16,2000}(?![A-Za-z0-9_-]))`,
  'g'
);

function byExpression(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    JWT.lastIndex = at;
    const m = JWT.exec(text);
    if (!m) break;
    if (!looksPlaceholder(m[0]) && shannonEntropy(m[0]) >= 3) {
      out.push(`${m.index}-${m.index + m[0].length}`);
      at = m.index + m[0].length;
    } else {
      at = m.index + 1; // a rejected match may hide a token that starts inside it
    }
  }
  return out;
}

function byScanner(text: string): string[] {
  const found = new SpanList();
  jwtRule.find(text, found);
  return found.toSpans().map((s) => `${s.start}-${s.end}`);
}

test('finds signed and unsigned tokens, whole', () => {
  const signed = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Esb7yeuCjVr5mXcj5RPD9oUsQChx5s4tI10FtdILQvH';
  const unsigned = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.';
  assert.deepEqual(byScanner(`Bearer ${signed} x`), [`7-${7 + signed.length}`]);
  assert.deepEqual(byScanner(`t=${unsigned}`), [`2-${2 + unsigned.length}`]);
  assert.deepEqual(byScanner(`-${unsigned}`), [`1-${1 + unsigned.length}`], 'a dash before the token is not part of a word');
});

test('finds a JWS whose payload is not JSON when its header opens with a registered header parameter', () => {
  const signature = 'Esb7yeuCjVr5mXcj5RPD9oUsQChx5s4tI10FtdILQvH';
  // {"alg":"HS256"} . base64url("detached octets") . signature; {"typ":"JWT","alg":"HS256"} first; {"b64":false,…} (RFC 7797)
  for (const header of ['eyJhbGciOiJIUzI1NiJ9', 'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9', 'eyJiNjQiOmZhbHNlLCJhbGciOiJIUzI1NiJ9']) {
    const token = `${header}.ZGV0YWNoZWQgb2N0ZXRz.${signature}`;
    assert.deepEqual(byScanner(`token: '${token}'`), [`8-${8 + token.length}`], token);
  }
  // {"foo":"bar"} is no JOSE header; a signature under 16 characters; no signature.
  for (const text of [`eyJmb28iOiJiYXIifQ.ZGV0YWNoZWQgb2N0ZXRz.${signature}`, 'eyJhbGciOiJIUzI1NiJ9.ZGV0YWNoZWQgb2N0ZXRz.Esb7yeuCjVr5mXc', 'eyJhbGciOiJIUzI1NiJ9.ZGV0YWNoZWQgb2N0ZXRz.']) {
    assert.deepEqual(byScanner(text), [], text);
  }
});

test('leaves what only starts like a token', () => {
  for (const text of ['eyJ is base64 for {"', 'eyJabcdefgh.eyJ', 'xeyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.sig.more'.replace('.more', '!'), `eyJ${'a'.repeat(4001)}.eyJzdWIiOiJhZG1pbiJ9.`]) {
    assert.deepEqual(byScanner(text), byExpression(text), text);
  }
  assert.deepEqual(byScanner(`eyJ${'a'.repeat(4001)}.eyJzdWIiOiJhZG1pbiJ9.`), [], 'a header longer than 4000 characters is no token');
});

test('finds what the expression finds, on random texts made of the tokens\' own pieces', () => {
  agreesOnRandomTexts(11, ['eyJ', 'eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiJhZG1pbiJ9', 'eyJ0eXAi', '.', '.', '-', '_', 'a', 'Zx9Qm2', ' ', 'x', 'Esb7yeuCjVr5mXcj5RPD9oU']);
});

test('finds what the expression finds, on random texts made of a JWE\'s pieces', () => {
  // A `dir` header and a dot, an IV of 16 and a tag of 22 characters with their dots, and runs of other lengths.
  const found = agreesOnRandomTexts(12, ['eyJhbGciOiJkaXIifQ.', 'eyJhbGciOiJIUzI1NiJ9', '.', '..', '.48V1_ALb6US04U3b.', '.XFBoMYUZodetZdvTiFvSkQ', 'Zx9Qm2', '-', ' ', 'c']);
  assert.ok(found.some((t) => t.split('.').length === 5), 'no text held a whole JWE');
});

/** Asserts the scanner finds what the expression finds on 3000 texts joined from `pieces`; the tokens found. */
function agreesOnRandomTexts(seed: number, pieces: readonly string[]): string[] {
  const random = seededRandom(seed);
  const tokens: string[] = [];
  let withToken = 0;
  for (let n = 0; n < 3000; n++) {
    let text = '';
    const length = 1 + Math.floor(random() * 24);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    const found = byScanner(text);
    assert.deepEqual(found, byExpression(text), JSON.stringify(text));
    if (found.length > 0) withToken++;
    for (const span of found) tokens.push(text.slice(...(span.split('-').map(Number) as [number, number])));
  }
  assert.ok(withToken > 100, `only ${withToken} texts held a token: the comparison says little`);
  return tokens;
}

// RFC 7516 Appendix A.1's JWE (RSA-OAEP, A256GCM): header, encrypted key, IV, ciphertext, tag.
const JWE_A1 =
  'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGeipsEdY3mx_etLbbWSrFr05kLzcSr4qKAq7YN7e9jwQRb23nfa6c9d-StnImGyFDbSv04uVuxIp5Zms1gNxKKK2Da14B8S4rzVRltdYwam_lDp5XnZAYpQdb76FdIKLaVmqgfwX7XWRxv2322i-vDxRfqNzo_tETKzpVLzfiwQyeyPGLBIO56YJ7eObdv0je81860ppamavo35UgoRdbYaBcoh9QcfylQr66oc6vFWXRcZ_ZT2LawVCWTIy3brGPi6UklfCpIMfIjf7iGdXKHzg.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A.XFBoMYUZodetZdvTiFvSkQ';
// {"alg":"dir","enc":"A128GCM"}: no encrypted key, so the second segment is empty (RFC 7518 §4.5).
const JWE_DIR = `${Buffer.from('{"alg":"dir","enc":"A128GCM"}').toString('base64url')}..refa467QzzKx6QAB.JW_i_f52hww_ELQPGaYyeAB6HYGcR559l9TYnSovc23XJoBcW29rHP8yZOZG7YhLpT1bjFuvZPjQS.vbb32Xvllea2OtmHAdccRQ`;
const JWS = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Esb7yeuCjVr5mXcj5RPD9oUsQChx5s4tI10FtdILQvH';

test('takes a whole JWE, all five segments, the encrypted key empty or not', () => {
  for (const jwe of [JWE_A1, JWE_DIR]) {
    assert.deepEqual(byScanner(`token=${jwe}`), [`6-${6 + jwe.length}`]);
    assert.deepEqual(byScanner(`The reply carried ${jwe} in its body.`), [`18-${18 + jwe.length}`]);
    assert.deepEqual(byScanner(`"${jwe}"`), byExpression(`"${jwe}"`));
  }
});

test('a token at the end of a sentence leaves the full stop and the next word', () => {
  for (const token of [JWS, JWE_A1, JWE_DIR, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.']) {
    for (const after of ['. Then call again.', '.Then call again.', '.then.more', '.\n']) {
      const text = `Use ${token}${after}`;
      assert.deepEqual(byScanner(text), [`4-${4 + token.length}`], text);
      assert.deepEqual(byScanner(text), byExpression(text), text);
    }
  }
});

test('leaves what is only dotted like a JWE', () => {
  const dirHeader = JWE_DIR.slice(0, JWE_DIR.indexOf('.'));
  for (const text of [
    'version 1.2.3.4.5',
    'import com.example.payments.gateway.internal.Client;',
    'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ', // a JOSE header alone
    `${dirHeader}.`, // a header and a dot
    `${dirHeader}..refa467QzzKx6QAB.JW_i_f52hww.vbb32Xvl`, // a tag of no algorithm's length
    `${dirHeader}..refa467QzzKx6QAB.JW_i_f52hww.vbb32Xvllea2OtmHAdccR`,
    'eyJhbGciOiJIUzI1NiJ9.x-y.eyJhbGciOiJIUzI1NiJ9.x-y.eyJhbGciOiJIUzI1NiJ9', // JWS headers joined by dots: no IV, no tag
    `${dirHeader}..refa467QzzKx6QAB..vbb32Xvllea2OtmHAdccRQ`, // no ciphertext
    `${dirHeader}..refa467Q.JW_i_f52hww.vbb32Xvllea2OtmHAdccRQ`, // an IV of no algorithm's length
  ]) {
    assert.deepEqual(byScanner(text), [], text);
    assert.deepEqual(byScanner(text), byExpression(text), text);
  }
});
