// The dumb controls' worst shapes, 1 MB each: the texts a keyword window, an entropy run or a literal scan could
// backtrack on (a secret word repeated glued or spaced, a run with no end, quotes and escapes). The unit test reads each
// control's answer on them; `npx tsx bench/guard/controlWorstShapes.ts` times them (CPU ms per MB, 1x and 4x), since
// speed is a bench's figure, never a timed assert.
import { DUMB_CONTROLS } from './dumbControls';

/** Each shape at `scale` times its 1 MB size. */
export function controlWorstShapes(scale = 1): string[] {
  const n = (count: number) => count * scale;
  return ['key'.repeat(n(350_000)), 'key '.repeat(n(250_000)), `pass${'x'.repeat(n(1_000_000))}`, '='.repeat(n(1_000_000)),
    '=\t'.repeat(n(500_000)), '"'.repeat(n(1_000_000)), `"${'\\'.repeat(n(1_000_000) - 1)}`, 'Zx8Kq2Lm9Pw4Rt7Y'.repeat(n(62_500)),
    'a '.repeat(n(500_000))];
}

function cpuMsPerMb(spans: (text: string) => unknown, text: string): number {
  const t0 = process.cpuUsage();
  spans(text);
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000 / (Buffer.byteLength(text, 'utf8') / 1_000_000);
}

if (require.main === module) {
  const small = controlWorstShapes(1);
  const large = controlWorstShapes(4);
  for (const c of DUMB_CONTROLS) {
    small.forEach((text, i) => {
      const one = cpuMsPerMb(c.spans, text);
      const four = cpuMsPerMb(c.spans, large[i]!);
      console.log(`${c.name}\t${JSON.stringify(text.slice(0, 12))}…\t${one.toFixed(1)} ms/MB at 1x\t${four.toFixed(1)} ms/MB at 4x\tgrowth ${(four / Math.max(one, 0.01)).toFixed(2)}`);
    });
  }
}
