// A probe's look-alikes, each a text nothing may be redacted in: how many the redactor took, and a line for each.
import { redactSecrets } from '../../src/core/guard/secretRedactor';

export interface LookalikesTaken {
  readonly taken: number;
  /** The look-alikes the filter kept. */
  readonly count: number;
  /** `taken  ID` for each taken (with its text and redaction under `show`). */
  readonly lines: readonly string[];
}

export function lookalikesTaken(lookalikes: ReadonlyArray<readonly [string, string]>, filter: RegExp | undefined, show: boolean): LookalikesTaken {
  const kept = filter ? lookalikes.filter(([id]) => filter.test(id)) : lookalikes;
  const lines: string[] = [];
  for (const [id, text] of kept) {
    const result = redactSecrets(text);
    if (result.count > 0) lines.push(`taken  ${id}${show ? `  ${JSON.stringify(text)} -> ${JSON.stringify(result.text)}` : ''}`);
  }
  return { taken: lines.length, count: kept.length, lines };
}
