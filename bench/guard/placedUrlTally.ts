// The tally of URL probes whose URLs are written into every place of urlPlaces.ts (urlCredentialProbe's placed part,
// urlFormsProbe): a cell is read when every piece of the value as the URL writes it (between its percent-escapes) is gone,
// over-read when a part its form says is public is lost; a look-alike URL is taken when anything in it is redacted.
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import { probeArgs } from './probeArgs';
import { asWritten, placed, valuePieces } from './urlPlaces';

/** A URL and the value in it, as the URL writes it. */
export interface PlacedUrlCell {
  readonly alphabet: string;
  readonly url: string;
  readonly written: string;
}

export interface PlacedUrlForm {
  readonly id: string;
  /** Parts the form says are public: each must survive the redaction. */
  readonly keep: readonly string[];
  cells(): Iterable<PlacedUrlCell>;
}

export interface PlacedUrlTally {
  readonly read: number;
  readonly tried: number;
  readonly over: number;
  readonly taken: number;
  readonly count: number;
}

/** Runs the forms and look-alikes (`--form REGEX` filters both), prints a line per miss (`prefix` before the form's name), and returns the counts. */
export function runPlacedUrlProbe(forms: readonly PlacedUrlForm[], lookalikes: readonly (readonly [string, string])[], prefix: string): PlacedUrlTally {
  const { show, filter } = probeArgs();
  const formFilter = filter('--form');
  const lines: string[] = [];
  const byForm: string[] = [];
  let read = 0;
  let tried = 0;
  let over = 0;
  for (const form of forms) {
    if (formFilter && !formFilter.test(form.id)) continue;
    let formRead = 0;
    let formTried = 0;
    for (const { alphabet, url, written } of form.cells()) {
      for (const [place, text] of placed(url)) {
        const out = redactSecrets(text).text;
        const left = valuePieces(written).filter((piece) => out.includes(piece));
        const lost = form.keep.filter((part) => !out.includes(asWritten(place, part)));
        tried++;
        formTried++;
        if (left.length === 0) {
          read++;
          formRead++;
        }
        if (lost.length > 0) over++;
        if (left.length > 0 || lost.length > 0) lines.push(`${left.length === 0 ? 'over ' : 'left '}  ${prefix}${form.id} | ${alphabet} | ${place}${lost.length > 0 ? ` | lost ${lost.join(', ')}` : ''}${show ? `  ${JSON.stringify(text)} -> ${JSON.stringify(out)}` : ''}`);
      }
    }
    byForm.push(`${String(formRead).padStart(3)}/${String(formTried).padEnd(3)} ${prefix}${form.id}`);
  }
  let taken = 0;
  let count = 0;
  for (const [id, url] of lookalikes) {
    if (formFilter && !formFilter.test(id)) continue;
    for (const [place, text] of placed(url)) {
      count++;
      const out = redactSecrets(text).text;
      if (out === text) continue;
      taken++;
      lines.push(`taken  ${prefix}${id} | ${place}${show ? `  ${JSON.stringify(text)} -> ${JSON.stringify(out)}` : ''}`);
    }
  }
  for (const line of lines) console.log(line);
  if (process.argv.includes('--by-form')) for (const line of byForm) console.log(line);
  return { read, tried, over, taken, count };
}
