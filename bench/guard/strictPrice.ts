// `npx tsx bench/guard/strictPrice.ts [DIR…] [--system] [--languages] [--sample N] [--seed S] [--top K]`: the strict
// setting's price on lookalikeScan.ts' real-code trees, in the terms a user meets it — of the files a user would send to
// a cloud model, how many each setting changes at all, spans per changed file, the files strict alone changes, the
// strict-only spans by rule and the K files with most of them, and a seeded random sample of N strict-only spans in
// context (the span between ⟦ ⟧; default 200, seed 37) to read and classify by what they are. Both settings run on this
// tree's bundled redactor. Real code only: no held-out item is read (the held-out sources Debian ships, spanContext.ts,
// are counted but never sampled: their text is withheld).
import { bundled } from './bundledRedactor';
import { scanRoots } from './languageTrees';
import { isHeldOutSourceFile, spanContext } from './spanContext';
import { emptyTally, seededSample, tallyFile, type PriceTally } from './strictPriceCount';
import { readText, textFiles } from './textTrees';

const { findSecrets } = bundled();
const args = process.argv.slice(2);
const valued = ['--sample', '--seed', '--top'];
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const named = args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));
const roots = scanRoots(named, args);

const median = (xs: number[]) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const line = (label: string, t: PriceTally, balancedPerFile: number[], strictPerFile: number[]) =>
  `${label}: ${t.files} files; changed balanced ${t.balancedFiles} (${t.balancedSpans} spans, median ${median(balancedPerFile)} a changed file), ` +
  `strict ${t.strictFiles} (${t.strictSpans} spans, median ${median(strictPerFile)}); strict alone changes ${t.strictOnlyFiles} files; ` +
  `strict-only spans ${t.strictOnlySpans}`;

const all = emptyTally();
const allBalanced: number[] = [];
const allStrict: number[] = [];
const byRule = new Map<string, number>();
const byFile = new Map<string, number>();
const onlySpans: string[] = [];
let withheld = 0;
for (const root of roots) {
  const tally = emptyTally();
  const balancedPerFile: number[] = [];
  const strictPerFile: number[] = [];
  for (const path of textFiles(root)) {
    const buffer = readText(path);
    if (!buffer) continue;
    const text = buffer.toString('utf8');
    const balanced = findSecrets(text);
    const strict = findSecrets(text, undefined, { strictness: 'strict' });
    tallyFile(all, balanced, strict);
    const only = tallyFile(tally, balanced, strict);
    if (balanced.length > 0) balancedPerFile.push(balanced.length);
    if (strict.length > 0) strictPerFile.push(strict.length);
    if (only.length > 0) byFile.set(path, only.length);
    for (const span of only) {
      byRule.set(span.kind, (byRule.get(span.kind) ?? 0) + 1);
      if (isHeldOutSourceFile(path)) withheld++;
      else onlySpans.push(`${span.kind}\t${path}\t${spanContext(path, text, span.start, span.end)}`);
    }
  }
  allBalanced.push(...balancedPerFile);
  allStrict.push(...strictPerFile);
  console.log(line(root, tally, balancedPerFile, strictPerFile));
}
if (roots.length > 1) console.log(line('all trees', all, allBalanced, allStrict));
console.log('strict-only spans by rule:');
for (const [kind, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${n}`);
const top = option('--top', 15);
console.log(`the ${top} files with most strict-only spans (${byFile.size} files have any):`);
for (const [path, n] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${n}\t${path}`);
const sample = seededSample(onlySpans, option('--sample', 200), option('--seed', 37));
console.log(`a random sample of ${sample.length} strict-only spans (of ${onlySpans.length}; ${withheld} in held-out sources' files not sampled):`);
for (const s of sample) console.log(s);
