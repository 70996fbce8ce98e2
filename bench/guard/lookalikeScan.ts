// `npx tsx bench/guard/lookalikeScan.ts [DIR…] [--system] [--languages] [--show N] [--strictness strict]`: the redactor run over real
// text nobody labelled, where nearly every redaction is a false positive (test fixtures' private
// keys are the exception: a key is a key). Default: this repository's node_modules (library code,
// type definitions, source maps); --system adds this machine's source and config trees (Python's
// standard library, Go and Rust sources packaged by Debian, /etc, /usr/share/doc), those present;
// --languages adds Debian's source in the code analysers' languages (languageTrees.ts: Ruby's
// standard library, Rails, Devise; Laravel, Symfony, phpMyAdmin; the JDK's source, Tomcat's
// examples; Go's x/oauth2 and x/crypto; Express; Perl's core modules), an absent tree skipped
// with the packages it expects named; --languages alone reads those trees only.
// Prints per tree the files and MB read and the spans redacted per rule, and with --show the first
// N spans in context (the span between ⟦ ⟧), to read by class.
import { bundled } from './bundledRedactor';
import { scanRoots } from './languageTrees';
import { spanContext } from './spanContext';
import { readText, textFiles } from './textTrees';
import { strictnessArg } from './strictnessArg';

const { findSecrets } = bundled();

const args = process.argv.slice(2);
// (`--strictness strict`: the spans the user's strict redaction takes, strictnessArg.ts.)
const redaction = strictnessArg(args);
const showAt = args.indexOf('--show');
const show = showAt === -1 ? 0 : Number(args[showAt + 1]);
const strictnessAt = args.indexOf('--strictness');
const named = args.filter((a, i) => !a.startsWith('--') && (showAt === -1 || i !== showAt + 1) && (strictnessAt === -1 || i !== strictnessAt + 1));
const roots = scanRoots(named, args);

const shown: string[] = [];
let allSpans = 0;
for (const root of roots) {
  let files = 0;
  let bytes = 0;
  const byRule = new Map<string, number>();
  for (const path of textFiles(root)) {
    const buffer = readText(path);
    if (!buffer) continue;
    const text = buffer.toString('utf8');
    files++;
    bytes += buffer.length;
    for (const span of findSecrets(text, undefined, redaction)) {
      byRule.set(span.kind, (byRule.get(span.kind) ?? 0) + 1);
      if (shown.length < show) {
        shown.push(`${span.kind}\t${path}\t${spanContext(path, text, span.start, span.end)}`);
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
