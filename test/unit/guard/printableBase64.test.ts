// The hand reading of a canonical base64 run gives Buffer's answer (its UTF-8 text when every
// character is printable ASCII), and leaves every other run to Buffer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printableBase64 } from '../../../src/core/guard/printableBase64';

function viaBuffer(base64: string): string | undefined {
  const text = Buffer.from(base64, 'base64').toString('utf8');
  return /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}

test('canonical runs read as Buffer reads them; others are left to it', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.~ ';
  let canonical = 0;
  for (let t = 0; t < 30_000; t++) {
    // Half of them base64 of printable text (user:password), the rest random characters.
    let run: string;
    if (t % 2 === 0) {
      let plain = '';
      const length = 1 + Math.floor(random() * 40);
      for (let i = 0; i < length; i++) plain += String.fromCharCode(t % 6 === 0 ? Math.floor(random() * 256) : 0x20 + Math.floor(random() * 95));
      run = Buffer.from(plain, 'latin1').toString('base64');
    } else {
      run = '';
      const length = Math.floor(random() * 48);
      const letters = t % 3 === 0 ? 66 : 64;
      for (let i = 0; i < length; i++) run += alphabet[Math.floor(random() * (t % 5 === 0 ? alphabet.length : letters))];
    }
    const read = printableBase64(run);
    if (read === null) continue;
    canonical++;
    assert.equal(read, viaBuffer(run), run);
  }
  assert.ok(canonical > 15_000, `${canonical} canonical runs`);
  for (const run of ['', 'QQ', 'QQ=', 'A===', '====', 'AB=C', 'YX-w', 'YX_w', 'YXBw OmFi', 'a'.repeat(404)]) assert.equal(printableBase64(run), null, run);
  assert.equal(printableBase64('YXBwOmFCM2RFNmdIOWpLMg=='), 'app:aB3dE6gH9jK2');
  assert.equal(printableBase64('dXNlcjpwYXNz'), 'user:pass');
  assert.equal(printableBase64('/w=='), undefined);
});
