// The text of a canonical base64 run, read by hand: `Buffer.from(…, 'base64')` allocates a buffer and
// then a string for every `Basic …` credential, two rules a header line (the assignment rule's
// scheme and basic-auth-header's), most of a file of such lines. Only a canonical run is read here
// (`[A-Za-z0-9+/]`, whole groups of four, at most two `=` ending it); any other is left to Buffer,
// whose forgiving reading (`-`, `_`, a missing `=`, blanks) this does not copy.

const SEXTETS = new Int8Array(128).fill(-1);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
for (let i = 0; i < ALPHABET.length; i++) SEXTETS[ALPHABET.charCodeAt(i)] = i;
const LONGEST = 400;

/**
 * The decoded text where every byte is printable ASCII (0x20–0x7e), undefined where one is not
 * (Buffer's UTF-8 reading of such bytes holds a character outside that range too), null where the
 * run is not canonical base64 (or longer than 400 characters): then the caller asks Buffer.
 */
export function printableBase64(base64: string): string | undefined | null {
  const n = base64.length;
  if (n === 0 || (n & 3) !== 0 || n > LONGEST) return null;
  const pad = base64.charCodeAt(n - 1) === 61 ? (base64.charCodeAt(n - 2) === 61 ? 2 : 1) : 0;
  let text = '';
  let printable = true;
  for (let i = 0; i < n; i += 4) {
    const last = i + 4 === n;
    const a = sextet(base64.charCodeAt(i));
    const b = sextet(base64.charCodeAt(i + 1));
    const c = last && pad === 2 ? 0 : sextet(base64.charCodeAt(i + 2));
    const d = last && pad >= 1 ? 0 : sextet(base64.charCodeAt(i + 3));
    if ((a | b | c | d) < 0) return null;
    const group = (a << 18) | (b << 12) | (c << 6) | d;
    const x = group >> 16;
    const y = (group >> 8) & 255;
    const z = group & 255;
    const count = last ? 3 - pad : 3;
    printable &&= isPrintable(x) && (count < 2 || isPrintable(y)) && (count < 3 || isPrintable(z));
    // (Built only while printable: the answer is then undefined, the rest is read for canonical form alone.)
    if (printable) text += count === 3 ? String.fromCharCode(x, y, z) : count === 2 ? String.fromCharCode(x, y) : String.fromCharCode(x);
  }
  return printable ? text : undefined;
}

function isPrintable(byte: number): boolean {
  return byte >= 0x20 && byte <= 0x7e;
}

function sextet(c: number): number {
  return c < 128 ? SEXTETS[c]! : -1;
}
