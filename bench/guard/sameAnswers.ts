// `npx tsx bench/guard/sameAnswers.ts --base DIR [--system] [--strictness strict]`: whether this tree's redactor finds
// exactly the spans (start, end, kind) another checkout's finds, text by text, both bundled as
// shipped. A speed change must change no answer; the scores (`--quality-only --json`, the grammar
// matrix) are counts and could hide two answers traded, so this compares the spans themselves on:
// the vendor formats, the external corpus (every split; only counts are printed, never a text), the
// grammar matrix's templates filled with values of every kind a rule tells apart, every member of
// the every-line family (8 lines; and 80 lines of different values, pasted again), every repeat (16 KB), every adversarial family (1 MB) and every
// member of the generated family (512 bytes); with --system, every file lookalikeScan.ts reads.
// Prints per source the texts compared and those that differ; a differing text of our own
// corpora (not the external one) is shown, cut to 200 characters.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { adversarialUnits } from './adversarialFamily';
import { adversarialFamilies } from './adversarialInputs';
import { bundleRedactor } from './bundledRedactor';
import { vendorFormatCorpus } from './corpus/vendorFormats';
import { everyLineCandidates, VALUE } from './everyLineSecrets';
import { grammarCells } from './grammarCells';
import { fill, repeatFamilies } from './linearity';
import { readExternalCorpus } from './splitReport';
import { readText, SYSTEM_TREES, textFiles } from './textTrees';
import { seededRandom } from '../../src/core/seededRandom';
import { strictnessArg } from './strictnessArg';

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
if (baseAt === -1) throw new Error('usage: sameAnswers.ts --base DIR [--system] [--strictness strict]');
// (Both redactors at the user's strictness, strictnessArg.ts: a change must keep the strict answers too.)
const redaction = strictnessArg(args);
const base = bundleRedactor(resolve(args[baseAt + 1]!));
const own = bundleRedactor();

/** Values a rule tells apart: random of several alphabets, short, words, masks, slots, references, code, prose. */
const VALUES = [
  'aB3dE6gH9jK2', 'abc', 'x', 'password', 'secret', 'changeme', 'mypass', 'YOURPASSWORD', 'xxxxxxxxxxxx', '********', '<your-token>',
  '${TOKEN}', '$VAR', '%VAR%', '$(vault read x)', '`etcdctl get`', 'API_TOKEN', 'process.env.TOKEN', 'K9(w}e$[tR#2>pQ',
  '9d23bd4149cb979ccf3c5c94dd217e9808cb0e50', 'dGhpcyBpcyBhIHZhbHVl==', 'open sesame', 'Forgot password?', 'accessToken',
  'a1B2c3D4e5F6', 'Sunflower-Harbor-42', 'ghp_aB3dE6gH9jK2mN5pQ8sT1vW4xY7zA0bC3dE6', 'https://example.com/x', '1.2.3', '3000',
  'user:aB3dE6gH9jK2', 'KeyAlgoRSASHA256', 'sp=r&se=2024&sig=aB3dE6gH9jK2', 'Bearer aB3dE6gH9jK2mN5pQ8', 'p""q', 'AKIAIOSFODNN7EXAMPLE',
];

function spansOf(redactor: typeof own, text: string): string {
  return redactor.findSecrets(text, undefined, redaction).map((s) => `${s.kind}@${s.start}-${s.end}`).join(' ');
}

let differing = 0;

function compare(source: string, texts: Iterable<string>, show: boolean): void {
  let n = 0;
  let diff = 0;
  for (const text of texts) {
    n++;
    if (spansOf(own, text) === spansOf(base, text)) continue;
    diff++;
    if (show && diff <= 5) console.log(`  differs: ${JSON.stringify(text.slice(0, 200))}`);
  }
  differing += diff;
  console.log(`${source}: ${n} texts, ${diff} differ`);
}

function* matrixTexts(): Generator<string> {
  for (const cell of grammarCells) {
    for (const v of VALUES) yield cell.template.replace(/§S:([^§]*)§/g, '$1').replace(/§[VBE]§/g, v);
  }
}

/** Each every-line member with a different value on each of 80 lines, then the values pasted again: more secrets than a few, each found twice. */
function* distinctValueTexts(): Generator<string> {
  const random = seededRandom(17);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (const u of everyLineCandidates()) {
    const values = Array.from({ length: 80 }, () => Array.from({ length: VALUE.length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    yield values.map((v) => u.unit.split(VALUE).join(v)).join('') + values.join(' ');
  }
}

function* treeTexts(tree: string): Generator<string> {
  for (const path of textFiles(tree)) {
    const buffer = readText(path);
    if (buffer) yield buffer.toString('utf8');
  }
}

compare('vendor formats', vendorFormatCorpus().map((i) => i.text), true);
compare('external corpus (all splits, never shown)', readExternalCorpus().map((i) => i.text), false);
compare('matrix templates × values', matrixTexts(), true);
compare('every-line members × 8', everyLineCandidates().map((u) => u.unit.repeat(8)), true);
compare('every-line members, 80 values, pasted again', distinctValueTexts(), true);
compare('repeats at 16 KB', repeatFamilies().map((f) => fill(f.unit, 16384)), true);
compare('adversarial families at 1 MB', Object.values(adversarialFamilies), true);
compare('generated family at 512 B', adversarialUnits().map((u) => fill(u.unit, 512)), true);
if (args.includes('--system')) {
  for (const tree of ['node_modules', ...SYSTEM_TREES.filter((t) => existsSync(t))]) compare(`tree ${tree}`, treeTexts(tree), false);
}
console.log(differing === 0 ? 'same answers' : `${differing} texts differ`);
process.exitCode = differing === 0 ? 0 : 1;
