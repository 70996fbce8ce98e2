// The key-name memos must not keep the prompts their keys were cut from alive: a long session redacts
// thousands of prompts, and an entry that pins its prompt holds it for as long as the entry lives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

test('redacting many large texts with distinct key names leaves none of the texts alive', () => {
  const texts = 40;
  const filler = ' '.repeat(1 << 20);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < texts; i++) {
    // A key of 13 characters or more is a view into its text when sliced; each text is ~1 MB.
    const text = `${filler}\nDATABASE_PASSWORD_${i}_OF_RUN = "Xk9#mQ2vL7pW${i}"\nSERVICE_API_TOKEN_${i} = "${i}"\n`;
    assert.notEqual(redactSecrets(text).count, 0);
  }
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  // Without copies the memos held every text: 40 MB and more. With them, a few entries' worth.
  assert.ok(grown < 8 * 2 ** 20, `heap grew by ${(grown / 2 ** 20).toFixed(1)} MB over ${texts} texts of 1 MB`);
});
