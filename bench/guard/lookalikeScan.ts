// `npx tsx bench/guard/lookalikeScan.ts [DIR…] [--system] [--show N]`: the redactor run over real
// text nobody labelled, where nearly every redaction is a false positive (test fixtures' private
// keys are the exception: a key is a key). Default: this repository's node_modules (library code,
// type definitions, source maps); --system adds this machine's source and config trees (Python's
// standard library, Go and Rust sources packaged by Debian, /etc, /usr/share/doc), those present.
// Prints per tree the files and MB read and the spans redacted per rule, and with --show the first
// N spans in context (the span between ⟦ ⟧), to read by class.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundled } from './bundledRedactor';

const { findSecrets } = bundled();

/** Source and config trees a Debian machine with Python, Go and Rust packages has. */
export const SYSTEM_TREES = ['/usr/lib/python3', '/usr/lib/python3.11', '/usr/share/gocode', '/usr/share/cargo/registry', '/etc', '/usr/share/doc'];

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt === -1 ? 0 : Number(args[showAt + 1]);
const named = args.filter((a, i) => !a.startsWith('--') && (showAt === -1 || i !== showAt + 1));
const roots = [...(named.length > 0 ? named : ['node_modules']), ...(args.includes('--system') ? SYSTEM_TREES.filter((t) => existsSync(t)) : [])];

/** Larger files are generated bundles or data; a NUL in the first 8 KB marks a binary file. */
const MAX_FILE = 2_000_000;

function* textFiles(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // a folder this user may not read
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (entry.isFile() && statSync(path).size <= MAX_FILE) yield path;
  }
}

function readable(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

const shown: string[] = [];
let allSpans = 0;
for (const root of roots) {
  let files = 0;
  let bytes = 0;
  const byRule = new Map<string, number>();
  for (const path of textFiles(root)) {
    const buffer = readable(path);
    if (!buffer || buffer.subarray(0, 8192).includes(0)) continue;
    const text = buffer.toString('utf8');
    files++;
    bytes += buffer.length;
    for (const span of findSecrets(text)) {
      byRule.set(span.kind, (byRule.get(span.kind) ?? 0) + 1);
      if (shown.length < show) {
        const around = `${text.slice(Math.max(0, span.start - 60), span.start)}⟦${text.slice(span.start, Math.min(span.end, span.start + 120))}⟧${text.slice(span.end, span.end + 30)}`;
        shown.push(`${span.kind}\t${path}\t${around.replace(/\s+/g, ' ')}`);
      }
    }
  }
  const total = [...byRule.values()].reduce((a, b) => a + b, 0);
  allSpans += total;
  console.log(`${root}: ${files} text files, ${(bytes / 1e6).toFixed(1)} MB; ${total} spans redacted`);
  for (const [kind, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${n}`);
}
if (roots.length > 1) console.log(`all trees: ${allSpans} spans redacted`);
for (const line of shown) console.log(line);
