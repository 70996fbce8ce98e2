// `npx tsx bench/guard/lookalikeScan.ts [DIR] [--show N]`: the redactor run over real text
// nobody labelled (default: this repository's node_modules: library code, type definitions,
// source maps), where nearly every redaction is a false positive. Prints the files and MB read,
// the spans redacted per rule, and with --show the first N spans in context, to read by class.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findSecrets } from '../../src/core/guard/secretRedactor';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt === -1 ? 0 : Number(args[showAt + 1]);
const root = args.find((a, i) => !a.startsWith('--') && i !== showAt + 1) ?? 'node_modules';

/** Larger files are generated bundles or data; a NUL in the first 8 KB marks a binary file. */
const MAX_FILE = 2_000_000;

function* textFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (entry.isFile() && statSync(path).size <= MAX_FILE) yield path;
  }
}

let files = 0;
let bytes = 0;
const byRule = new Map<string, number>();
const shown: string[] = [];
for (const path of textFiles(root)) {
  const buffer = readFileSync(path);
  if (buffer.subarray(0, 8192).includes(0)) continue;
  const text = buffer.toString('utf8');
  files++;
  bytes += buffer.length;
  for (const span of findSecrets(text)) {
    byRule.set(span.kind, (byRule.get(span.kind) ?? 0) + 1);
    if (shown.length < show) {
      const line = text.slice(Math.max(0, span.start - 60), span.end + 30).replace(/\s+/g, ' ');
      shown.push(`${span.kind}\t${path}\t${line}`);
    }
  }
}
const total = [...byRule.values()].reduce((a, b) => a + b, 0);
console.log(`${root}: ${files} text files, ${(bytes / 1e6).toFixed(1)} MB; ${total} spans redacted`);
for (const [kind, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${n}`);
for (const line of shown) console.log(line);
