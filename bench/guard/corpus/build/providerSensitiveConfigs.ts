// The thirty-first holdout's labeller (corpus/README.md, "The thirty-first holdout"): Terraform providers' acceptance-test
// configurations, labelled by the provider's own schema. An acceptance test writes the HCL a user writes
// (`resource "aws_docdb_cluster" "test" { master_password = "…" }`) and the provider's schema marks which attributes are
// credentials (`Sensitive: true`). Each case is transcribed into its raw/<source>/manifest.json: the config as the test's
// Go string holds it (format verbs such as `%[1]q` left as written; one resource block when the config is long), the
// schema attribute that labels it (a substring of the source's saved schema excerpts) and the literal values the config
// writes into that attribute, once per slot. A Sensitive slot holding a verb the test fills at run time is set apart (the
// value is not in the text). The build fails unless the text stands in the saved file, the schema attribute in the
// source's saved files and each secret in the text.
// The notes are holdout21's, plus the run-time one.
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const providerSensitiveSources = ['tf-aws', 'tf-azurerm', 'tf-postgresql', 'tf-rabbitmq'] as const;

/** A case as a manifest transcribes it. */
export interface ProviderConfigCase {
  rule: string;
  /** The HCL as the test's Go string holds it (a substring of the saved file). */
  text: string;
  /** The schema attribute marked `Sensitive: true` that the config's credential slot is (in the source's saved files). */
  sensitive: string;
  /** The literal values the config writes into Sensitive attributes, once per slot; none: no literal credential. */
  secrets: string[];
  /** Why the Sensitive slot's value is not in the text (a format verb the test fills at run time). */
  builtAtRunTime?: string;
  /** A check of the test that also names the value (informational; must stand in the saved files when given). */
  asserted?: string;
}

export type ThirtyFirstNote = TwentyFirstNote | 'a value the test builds at run time (not in its text)';

export interface ThirtyFirstItem extends Omit<TwentyFirstItem, 'note'> {
  note?: ThirtyFirstNote;
}

/**
 * The items of one saved file. The text must stand in the file, the schema attribute (and any assertion) in the source's
 * saved files and each secret in the text; a run-time value is set apart; then holdout21's verdict, each value counted
 * as often as the config writes it into a Sensitive slot: no secret clean, a stand-in or a value written elsewhere in
 * the text too set apart, the rest secret.
 */
export function labelProviderConfigs(source: string, cases: readonly ProviderConfigCase[], file: string, saved: string): ThirtyFirstItem[] {
  return cases.map((c) => {
    if (!file.includes(c.text)) throw new Error(`${source} ${c.rule}: its text is not in the saved file`);
    if (!saved.includes(c.sensitive) || !/Sensitive:\s+true/.test(c.sensitive)) throw new Error(`${source} ${c.rule}: its Sensitive attribute is not in the saved files`);
    if (c.asserted !== undefined && !saved.includes(c.asserted)) throw new Error(`${source} ${c.rule}: its assertion is not in the saved files`);
    for (const s of c.secrets) if (!c.text.includes(s)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(s)} is not in its text`);
    if (c.builtAtRunTime) {
      if (c.secrets.length) throw new Error(`${source} ${c.rule}: a run-time value with literal secrets`);
      return { text: c.text, secrets: [], label: 'clean', rule: c.rule, note: 'a value the test builds at run time (not in its text)' };
    }
    const slots = new Map<string, number>();
    for (const s of c.secrets) slots.set(s, (slots.get(s) ?? 0) + 1);
    return verdict(c.text, c.secrets, c.rule, slots);
  });
}
