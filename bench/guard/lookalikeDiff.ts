// `npx tsx bench/guard/lookalikeDiff.ts --base DIR [DIR…] [--system] [--languages] [--strictness strict]`: the spans this tree's redactor
// finds in lookalikeScan.ts' trees and another checkout's does not, and those it no longer finds,
// each in context (the span between ⟦ ⟧): to read what a rule change adds or spares, span by span.
import { resolve } from 'node:path';
import { bundleRedactor } from './bundledRedactor';
import { scanRoots } from './languageTrees';
import { spanContext } from './spanContext';
import { readText, textFiles } from './textTrees';
import { strictnessArg } from './strictnessArg';

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
if (baseAt === -1) throw new Error('usage: lookalikeDiff.ts --base DIR [DIR…] [--system] [--languages]');
const base = bundleRedactor(resolve(args[baseAt + 1]!));
const own = bundleRedactor();
// (`--strictness strict`: this tree's redactor judges strictly, the base's as it always does: the spans strict adds.)
const redaction = strictnessArg(args);
const strictnessAt = args.indexOf('--strictness');
const named = args.filter((a, i) => !a.startsWith('--') && i !== baseAt + 1 && (strictnessAt === -1 || i !== strictnessAt + 1));
const roots = scanRoots(named, args);

let added = 0;
let gone = 0;
for (const root of roots) {
  for (const path of textFiles(root)) {
    const buffer = readText(path);
    if (!buffer) continue;
    const text = buffer.toString('utf8');
    const key = (s: { start: number; end: number; kind: string }) => `${s.start}:${s.end}:${s.kind}`;
    const before = new Set(base.findSecrets(text).map(key));
    const after = own.findSecrets(text, undefined, redaction);
    const now = new Set(after.map(key));
    for (const span of after) {
      if (before.has(key(span))) continue;
      added++;
      console.log(`+ ${span.kind}\t${path}\t${spanContext(path, text, span.start, span.end)}`);
    }
    for (const k of before) {
      if (now.has(k)) continue;
      gone++;
      const [start, end, kind] = k.split(':');
      console.log(`- ${kind}\t${path}\t${spanContext(path, text, Number(start), Number(end))}`);
    }
  }
}
console.log(`spans added ${added}, gone ${gone}`);
