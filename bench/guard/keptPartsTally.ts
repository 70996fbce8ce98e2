// The tally two probes share (urlCredentialProbe.ts, dsnProbe.ts): each cell is a text holding a credential `value` whose
// form names parts that are public; a cell is read when the value is gone from the redacted text, over-read when a public
// part went with it. Look-alikes must come through untouched (probeLookalikes.ts, as every probe counts them).
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { probeArgs } from './probeArgs';
import { lookalikesTaken } from './probeLookalikes';

export interface KeptPartsCell {
  readonly alphabet: string;
  readonly text: string;
  readonly value: string;
}

export class KeptPartsTally {
  read = 0;
  tried = 0;
  overRead = 0;
  readonly lines: string[] = [];
  readonly byForm: string[] = [];

  constructor(private readonly show: boolean) {}

  /** One form's cells, `keep` the parts it says are public. */
  form(id: string, keep: readonly string[], cells: Iterable<KeptPartsCell>): void {
    let formRead = 0;
    let formTried = 0;
    for (const { alphabet, text, value } of cells) {
      const redacted = redactSecrets(text).text;
      const gone = !redacted.includes(value);
      const lost = keep.filter((part) => !redacted.includes(part));
      this.tried++;
      formTried++;
      if (gone) {
        this.read++;
        formRead++;
      }
      if (lost.length > 0) this.overRead++;
      if (!gone || lost.length > 0) this.lines.push(`${gone ? 'over ' : 'left '}  ${id} | ${alphabet}${lost.length > 0 ? ` | lost ${lost.join(', ')}` : ''}${this.show ? `  ${JSON.stringify(text)} -> ${JSON.stringify(redacted)}` : ''}`);
    }
    this.byForm.push(`${String(formRead).padStart(3)}/${String(formTried).padEnd(3)} ${id}`);
  }

  /** The lines, the per-form counts with `--by-form`, then `summary` given the totals. */
  print(summary: (t: KeptPartsTally) => string): void {
    for (const line of this.lines) console.log(line);
    if (process.argv.includes('--by-form')) for (const line of this.byForm) console.log(line);
    console.log(summary(this));
  }
}

/**
 * A probe's run: `--form REGEX` picks forms and look-alikes by id, `--show` prints each cell's text, `--by-form` the
 * counts per form; the last line names the cells `what`.
 */
export function runKeptPartsProbe<F extends { readonly id: string; readonly keep: readonly string[] }>(
  forms: readonly F[],
  lookalikes: readonly (readonly [string, string])[],
  cellsOf: (form: F) => Iterable<KeptPartsCell>,
  what: string,
): void {
  const { show, filter } = probeArgs();
  const formFilter = filter('--form');
  const tally = new KeptPartsTally(show);
  for (const form of forms) if (!formFilter || formFilter.test(form.id)) tally.form(form.id, form.keep, cellsOf(form));
  const looks = lookalikesTaken(lookalikes, formFilter, show);
  tally.lines.push(...looks.lines);
  tally.print((t) => `${what} read ${t.read}/${t.tried} (over-read, a public part lost: ${t.overRead}); look-alikes taken ${looks.taken}/${looks.count}`);
}
