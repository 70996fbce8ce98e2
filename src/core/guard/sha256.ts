// SHA-256 of a short message (FIPS 180-4: §5.1.1 padding, §6.2.2 the computation, §4.2.2 the constants), for
// Base58Check's checksum: a token's 21–78 bytes hashed, then the 32-byte digest hashed again, of which the first 4
// bytes are the checksum. Computed here, not by node:crypto's `hash`: each call there makes a Buffer and normalises
// the algorithm's name, ~0.8 µs, more than the one or two blocks' rounds (a wallet dump, a WIF key every line, spent a
// third of its time in the two calls a key).

const K = Int32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);
const INITIAL = Int32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);
/** The hash's state (H) and the message schedule (W), reused. */
const H = new Int32Array(8);
const W = new Int32Array(64);
/** The padded message, reused: grown only for a message longer than any a checksum hashes. */
let padded = new Uint8Array(128);

/** The SHA-256 digest of `message`'s first `length` bytes into `out` (32 bytes). */
export function sha256(message: Uint8Array, length: number, out: Uint8Array): void {
  hashBytes(message, length);
  for (let k = 0; k < 8; k++) {
    const word = H[k]!;
    out[k * 4] = word >>> 24;
    out[k * 4 + 1] = word >>> 16;
    out[k * 4 + 2] = word >>> 8;
    out[k * 4 + 3] = word;
  }
}

/**
 * The first 4 bytes (big-endian, as a signed 32-bit number) of SHA-256 applied twice to `message`'s first `length`
 * bytes: Base58Check's checksum. The second message, the first digest, is one block whose words are the state's.
 */
export function doubleSha256Head(message: Uint8Array, length: number): number {
  hashBytes(message, length);
  W.set(H);
  // The padding of a 32-byte message: a 1 bit, zeros, and its length in bits (256).
  W[8] = 0x80000000 | 0;
  W.fill(0, 9, 15);
  W[15] = 256;
  H.set(INITIAL);
  compress();
  return H[0]!;
}

/** H = the SHA-256 state after `message`'s first `length` bytes, padded. */
function hashBytes(message: Uint8Array, length: number): void {
  const blocks = ((length + 8) >> 6) + 1;
  if (padded.length < blocks << 6) padded = new Uint8Array(blocks << 6);
  else padded.fill(0, length, blocks << 6);
  for (let i = 0; i < length; i++) padded[i] = message[i]!;
  padded[length] = 0x80;
  // The length in bits, big-endian in the last 8 bytes (a message here is far below 2^29 bytes: the high word is 0).
  const bits = length * 8;
  const end = (blocks << 6) - 4;
  padded[end] = bits >>> 24;
  padded[end + 1] = bits >>> 16;
  padded[end + 2] = bits >>> 8;
  padded[end + 3] = bits;
  H.set(INITIAL);
  for (let block = 0; block < blocks << 6; block += 64) {
    for (let t = 0; t < 16; t++) {
      const i = block + t * 4;
      W[t] = (padded[i]! << 24) | (padded[i + 1]! << 16) | (padded[i + 2]! << 8) | padded[i + 3]!;
    }
    compress();
  }
}

/** One block: W[0..15] holds its words; H is updated. */
function compress(): void {
  for (let t = 16; t < 64; t++) {
    const w15 = W[t - 15]!;
    const w2 = W[t - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[t] = (W[t - 16]! + s0 + W[t - 7]! + s1) | 0;
  }
  let a = H[0]!, b = H[1]!, c = H[2]!, d = H[3]!, e = H[4]!, f = H[5]!, g = H[6]!, h = H[7]!;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t]! + W[t]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  H[0] = (H[0]! + a) | 0;
  H[1] = (H[1]! + b) | 0;
  H[2] = (H[2]! + c) | 0;
  H[3] = (H[3]! + d) | 0;
  H[4] = (H[4]! + e) | 0;
  H[5] = (H[5]! + f) | 0;
  H[6] = (H[6]! + g) | 0;
  H[7] = (H[7]! + h) | 0;
}
