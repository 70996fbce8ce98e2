// `npm run bench:guard -- [--corpus FILE] [--json]`: redaction quality and speed.
// With --corpus, FILE is JSON lines {"text", "secrets", "label": "secret"|"clean"|"stress"};
// without it, the corpus built from vendors' documented token formats (corpus/vendorFormats).
// Always adds one adversarial input of ~1 MB per pattern family. Speed is the slowest item's
// redaction time per MB (median of 3 runs for each item). With --json the last line is
// {"items":N,"recall":…,"precision":…,"clean_fp_rate":…,"max_ms_per_mb":…}.
import { readFileSync } from 'node:fs';
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { adversarialFamilies, adversarialItems } from './adversarialInputs';
import { vendorFormatCorpus, vendorFormatCount } from './corpus/vendorFormats';
import { scoreRedaction, type CorpusItem } from './redactionScore';

const args = process.argv.slice(2);
const json = args.includes('--json');
const corpusAt = args.indexOf('--corpus');
const corpusFile = corpusAt !== -1 ? args[corpusAt + 1] : undefined;
if (corpusAt !== -1 && !corpusFile) {
  console.error('--corpus needs a file of JSON lines');
  process.exit(2);
}

const corpus = corpusFile ? readCorpus(corpusFile) : vendorFormatCorpus();
const items = [...corpus, ...adversarialItems()];
const score = scoreRedaction(items);

// Speed over every item (the small ones measure overhead; the 1 MB ones measure the patterns).
let maxMsPerMb = 0;
let slowest = '';
const familyNames = Object.keys(adversarialFamilies);
const stressStart = corpus.length;
const familyTimes: string[] = [];
items.forEach((item, i) => {
  const mb = Math.max(Buffer.byteLength(item.text, 'utf8'), 1) / 1_000_000;
  const times = [0, 1, 2].map(() => {
    const t0 = performance.now();
    redactSecrets(item.text);
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  // Small items are timed on their own size but at least 10 KB, so timer noise is not "per MB".
  const msPerMb = times[1]! / Math.max(mb, 0.01);
  if (i >= stressStart) familyTimes.push(`  ${familyNames[i - stressStart]}: ${msPerMb.toFixed(1)} ms/MB`);
  if (msPerMb > maxMsPerMb) {
    maxMsPerMb = msPerMb;
    slowest = i >= stressStart ? familyNames[i - stressStart]! : item.text.slice(0, 60).replace(/\n/g, '⏎');
  }
});

console.log(`corpus: ${corpusFile ?? `vendor formats (${vendorFormatCount} documented formats, seed 7)`}; ${items.length} items`);
console.log(`secret items ${score.secretItems}: redacted ${score.redacted} (recall ${score.recall.toFixed(4)})`);
console.log(`clean items ${score.cleanItems}: false positives ${score.falsePositives} (rate ${score.cleanFpRate.toFixed(4)}); precision ${score.precision.toFixed(4)}`);
for (const miss of score.misses.slice(0, 30)) console.log(`  missed: ${miss}`);
for (const alarm of score.falseAlarms.slice(0, 30)) console.log(`  false positive: ${alarm}`);
console.log('adversarial inputs (~1 MB each):');
for (const line of familyTimes) console.log(line);
console.log(`slowest: ${maxMsPerMb.toFixed(1)} ms/MB (${slowest})`);
if (json) {
  console.log(JSON.stringify({ items: items.length, recall: score.recall, precision: score.precision, clean_fp_rate: score.cleanFpRate, max_ms_per_mb: maxMsPerMb }));
}

function readCorpus(file: string): CorpusItem[] {
  const out: CorpusItem[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${n + 1}: not JSON`);
    }
    const i = item as Partial<CorpusItem>;
    if (typeof i.text !== 'string' || !Array.isArray(i.secrets) || !['secret', 'clean', 'stress'].includes(i.label as string)) {
      throw new Error(`${file}:${n + 1}: expected {"text": string, "secrets": string[], "label": "secret" | "clean" | "stress"}`);
    }
    out.push({ text: i.text, secrets: i.secrets.map(String), label: i.label as CorpusItem['label'] });
  });
  return out;
}
