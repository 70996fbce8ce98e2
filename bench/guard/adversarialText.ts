// Text builders for the adversarial families: a unit repeated to 1 MB, and lines each with a value drawn anew (seeded), so
// a redactor that seeks a found value again meets a new one on every line.
import { fill as fillTo } from './linearity';
import { seededRandom } from '../../src/core/seededRandom';
import { secretRules } from '../../src/core/guard/secretRedactor';
import { wif } from './corpus/vendorFormats';

export const MB = 1_000_000;

/** `unit` repeated to 1 MB. */
export function fill(unit: string): string {
  return fillTo(unit, MB);
}

/** Line `i` made of `i` and a value of 10 characters drawn anew each line (seeded), to 1 MB. */
export function linesNumbered(line: (i: number, value: string) => string): string {
  const random = seededRandom(0x5eed);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let text = '';
  for (let i = 0; text.length < MB; i++) {
    let value = '';
    for (let k = 0; k < 10; k++) value += alphabet[Math.floor(random() * alphabet.length)];
    text += `${line(i, value)}\n`;
  }
  return text.slice(0, MB);
}


/** `key` and a different mixed value of `length` characters a line (seeded), to 1 MB. */
export function linesOfDifferentValues(key: string, valueLength = 12): string {
  const random = seededRandom(0x5eed);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const lines: string[] = [];
  for (let length = 0; length < MB; ) {
    let value = '';
    for (let i = 0; i < valueLength; i++) value += alphabet[Math.floor(random() * alphabet.length)];
    const line = `${key}${value}\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('').slice(0, MB);
}

/** A different PKCS#8 Ed25519 key in base64 on each line (seeded), to 1 MB. */
export function encodedKeyLines(): string {
  const random = seededRandom(0x5eed);
  let text = '';
  while (text.length < MB) {
    const key = Buffer.alloc(32);
    for (let i = 0; i < 32; i++) key[i] = Math.floor(random() * 256);
    text += `${Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), key]).toString('base64')}\n`;
  }
  return text.slice(0, MB);
}

/** A `dumpwallet` file: a different WIF key a line (seeded, compressed and not in turn), to 1 MB. */
export function walletDump(): string {
  const random = seededRandom(0x5eed);
  const lines: string[] = [];
  for (let length = 0; length < MB; ) {
    let key = '';
    for (let i = 0; i < 64; i++) key += '0123456789abcdef'[Math.floor(random() * 16)];
    const line = `${wif(key, lines.length % 2 === 0)} 2019-01-01T00:00:00Z reserve=1 # addr=1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('').slice(0, MB);
}

/** Lines as a rule file writes them, `keywords: ['…', …],` a rule (every rule's own list), repeated to `size` characters. */
export function ruleKeywordLines(size: number): string {
  const lines = secretRules.filter((rule) => rule.keywords.length > 0).map((rule) => `  keywords: [${rule.keywords.map((k) => `'${k}'`).join(', ')}],\n`);
  let text = '';
  while (text.length < size) text += lines.join('');
  return text.slice(0, text.lastIndexOf('\n', size) + 1);
}
