// Scores the redactor on a corpus, as the bench's contract says: a `secret` item counts as
// redacted only when every occurrence of each listed secret is at least 90% covered by
// redactions and none appears verbatim in the redacted text; a `clean` item is a false positive
// when anything in it is redacted; a `stress` item is only timed.
import { redactSecrets } from '../../src/core/guard/secretRedactor';
import type { RedactionOptions } from '../../src/core/guard/redactionStrictness';

export interface CorpusItem {
  readonly text: string;
  readonly secrets: readonly string[];
  readonly label: 'secret' | 'clean' | 'stress';
}

export interface RedactionScore {
  readonly secretItems: number;
  readonly redacted: number;
  readonly cleanItems: number;
  readonly falsePositives: number;
  readonly recall: number;
  readonly precision: number;
  readonly cleanFpRate: number;
  readonly misses: readonly string[];
  readonly falseAlarms: readonly string[];
}

export function scoreRedaction(items: readonly CorpusItem[], options?: RedactionOptions): RedactionScore {
  let secretItems = 0;
  let redacted = 0;
  let cleanItems = 0;
  let falsePositives = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const item of items) {
    if (item.label === 'stress') continue;
    const result = redactSecrets(item.text, options);
    if (item.label === 'clean') {
      cleanItems++;
      if (result.count > 0) {
        falsePositives++;
        falseAlarms.push(`${short(item.text)} → ${short(result.text)}`);
      }
      continue;
    }
    secretItems++;
    if (isRedacted(item, result)) redacted++;
    else misses.push(`${short(item.text)} → ${short(result.text)}`);
  }
  const recall = secretItems === 0 ? 1 : redacted / secretItems;
  const precision = redacted + falsePositives === 0 ? 1 : redacted / (redacted + falsePositives);
  return { secretItems, redacted, cleanItems, falsePositives, recall, precision, cleanFpRate: cleanItems === 0 ? 0 : falsePositives / cleanItems, misses, falseAlarms };
}

// The marker a redaction leaves (`[REDACTED:secret-assignment]`): a secret spelled inside one (`secret`, `token`) is
// the redactor's word, not the user's text surviving.
const MARKER = /\[REDACTED:[a-z0-9-]+\]/g;

export function isRedacted(item: CorpusItem, result: Pick<ReturnType<typeof redactSecrets>, 'text' | 'redactions'>): boolean {
  const shown = result.text.replace(MARKER, '\u0000');
  for (const secret of item.secrets) {
    if (secret === '' || shown.includes(secret)) return false;
    for (let at = item.text.indexOf(secret); at !== -1; at = item.text.indexOf(secret, at + 1)) {
      let covered = 0;
      for (const r of result.redactions) covered += Math.max(0, Math.min(r.end, at + secret.length) - Math.max(r.start, at));
      if (covered < 0.9 * secret.length) return false;
    }
  }
  return item.secrets.length > 0;
}

function short(text: string): string {
  const one = text.replace(/\n/g, '⏎');
  return one.length > 140 ? `${one.slice(0, 137)}…` : one;
}
