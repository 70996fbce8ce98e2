// `npm run bench:guard [-- --json]`: redaction quality (precision, recall) over several seeds of
// the corpus, and redaction speed on a code-sized input. With --json the last line is
// {"precision":…,"recall":…}.
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { buildCorpus } from './redactionCorpus';
import type { CorpusCase } from './redactionCorpus';
import { scoreRedaction } from './redactionScore';

const json = process.argv.includes('--json');
const cases: CorpusCase[] = [];
for (let seed = 1; seed <= 20; seed++) cases.push(...buildCorpus(seed));
const score = scoreRedaction(cases);

// Speed: a 200 KB mix of the corpus and ordinary code.
const sample = cases.map((c) => c.text).join('\n') + '\nfunction add(a: number, b: number) { return a + b; }\n';
const big = sample.repeat(Math.ceil(200_000 / sample.length)).slice(0, 200_000);
const runs = 10;
const t0 = performance.now();
for (let i = 0; i < runs; i++) redactSecrets(big);
const msPer100k = (performance.now() - t0) / runs / 2;

console.log(`cases: ${cases.length} (secrets ${score.truePositives + score.falseNegatives})`);
console.log(`precision ${score.precision.toFixed(4)}  recall ${score.recall.toFixed(4)}`);
console.log(`false positives ${score.falsePositives}, false negatives ${score.falseNegatives}`);
for (const miss of new Set(score.misses)) console.log(`  missed: ${miss}`);
for (const alarm of score.falseAlarms.slice(0, 20)) console.log(`  false alarm: ${alarm}`);
console.log(`redaction speed: ${msPer100k.toFixed(2)} ms per 100 KB`);
if (json) console.log(JSON.stringify({ precision: score.precision, recall: score.recall, msPer100k }));
