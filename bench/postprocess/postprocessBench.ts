// Post-processing benchmark: prefix/suffix/raw-model-output cases through the editor's own
// pipeline (stream reader with tree-sitter truncation, post-processing, the multi-line
// decision), in two modes: the mode each case states, and Flywheel's own decision.
//   npm run bench:postprocess -- [--cases FILE] [--json] [--failures]
// Rates come with a 95% bootstrap interval over the cases (2,000 resamples, fixed seed).
// Goal on case sets we did not write: ≥ 90% stated, ≥ 85% auto, no language under 75%.
import { join } from 'node:path';
import { SyntaxService } from '../../src/core/syntax/syntaxService';
import { languageIdOf, readCases, statedMultiline } from './postprocessCases';
import type { PostprocessCase } from './postprocessCases';
import { CaseRunner } from './postprocessRunner';
import type { CaseOutcome } from './postprocessRunner';
import { flag, option } from '../commandLine';

const asJson = flag('--json');
const showFailures = flag('--failures');
const casesPath = option('--cases') ?? join(__dirname, 'cases.json');

interface Row {
  readonly c: PostprocessCase;
  readonly language: string;
  readonly stated: CaseOutcome;
  readonly auto: CaseOutcome;
}

function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** Pass rate and its 95% percentile-bootstrap interval. */
function rateWithInterval(passes: readonly boolean[], resamples = 2_000): { rate: number; low: number; high: number } {
  const n = passes.length;
  if (n === 0) return { rate: NaN, low: NaN, high: NaN };
  const rate = passes.filter(Boolean).length / n;
  const random = seeded(12_345 + n);
  const rates: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let k = 0;
    for (let i = 0; i < n; i++) if (passes[Math.floor(random() * n)]) k++;
    rates.push(k / n);
  }
  rates.sort((a, b) => a - b);
  return { rate, low: rates[Math.floor(resamples * 0.025)]!, high: rates[Math.ceil(resamples * 0.975) - 1]! };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function show(text: string): string {
  return JSON.stringify(text);
}

async function main(): Promise<void> {
  let cases: PostprocessCase[];
  try {
    cases = readCases(casesPath);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  const syntax = await SyntaxService.create();
  const runner = new CaseRunner(syntax);
  const rows: Row[] = [];
  try {
    for (const c of cases) {
      const stated = await runner.run(c, statedMultiline(c) ? 'multi' : 'single');
      const auto = await runner.run(c, 'auto');
      rows.push({ c, language: languageIdOf(c.language), stated, auto });
    }
  } finally {
    runner.dispose();
    syntax.dispose();
  }

  const languages = [...new Set(rows.map((r) => r.language))].sort();
  const byLanguage = Object.fromEntries(
    languages.map((language) => {
      const mine = rows.filter((r) => r.language === language);
      const stated = rateWithInterval(mine.map((r) => r.stated.pass));
      const auto = rateWithInterval(mine.map((r) => r.auto.pass));
      return [language, { cases: mine.length, stated_pass: round(stated.rate), auto_pass: round(auto.rate), stated_ci: [round(stated.low), round(stated.high)], auto_ci: [round(auto.low), round(auto.high)] }];
    }),
  );
  const stated = rateWithInterval(rows.map((r) => r.stated.pass));
  const auto = rateWithInterval(rows.map((r) => r.auto.pass));
  const modeAgreement = rows.filter((r) => r.auto.multiline === statedMultiline(r.c) || r.auto.text === '').length / Math.max(1, rows.length);

  if (!asJson || showFailures) {
    if (showFailures) {
      for (const r of rows) {
        if (r.stated.pass && r.auto.pass) continue;
        console.log(`\n✗ [${r.language}] ${r.c.name ?? '(unnamed)'}${r.stated.pass ? '' : ' stated'}${r.auto.pass ? '' : ' auto'}`);
        console.log(`  expected ${show(r.c.expected.trimEnd())}`);
        if (!r.stated.pass) console.log(`  stated   ${show(r.stated.text)}${r.stated.replaces ? ` (replaces ${r.stated.replaces})` : ''}`);
        if (!r.auto.pass) console.log(`  auto     ${show(r.auto.text)}${r.auto.replaces ? ` (replaces ${r.auto.replaces})` : ''} [${r.auto.multiline ? 'multi' : 'single'}]`);
      }
    }
    if (!asJson) {
      console.log(`\nPost-processing benchmark: ${rows.length} cases from ${casesPath}`);
      console.log(`${'language'.padEnd(18)}${'cases'.padStart(6)}${'stated'.padStart(9)}${'auto'.padStart(9)}`);
      for (const language of languages) {
        const l = byLanguage[language]!;
        console.log(`${language.padEnd(18)}${String(l.cases).padStart(6)}${pct(l.stated_pass).padStart(9)}${pct(l.auto_pass).padStart(9)}`);
      }
      console.log(`\nstated mode: ${pct(stated.rate)} (95% bootstrap interval ${pct(stated.low)}–${pct(stated.high)})`);
      console.log(`auto mode:   ${pct(auto.rate)} (95% bootstrap interval ${pct(auto.low)}–${pct(auto.high)})`);
      console.log(`multi-line decision agrees with the stated mode on ${pct(modeAgreement)} of cases`);
      const weakest = languages.map((l) => [l, Math.min(byLanguage[l]!.stated_pass, byLanguage[l]!.auto_pass)] as const).sort((a, b) => a[1] - b[1])[0];
      if (weakest) console.log(`weakest language: ${weakest[0]} at ${pct(weakest[1])}`);
      console.log('Goal on unseen sets: ≥ 90% stated, ≥ 85% auto, no language under 75%.');
    }
  }
  if (asJson) {
    console.log(JSON.stringify({
      cases: rows.length, stated_pass: round(stated.rate), auto_pass: round(auto.rate),
      stated_ci: [round(stated.low), round(stated.high)], auto_ci: [round(auto.low), round(auto.high)],
      mode_agreement: round(modeAgreement), by_language: byLanguage,
    }));
  }
}

void main();
