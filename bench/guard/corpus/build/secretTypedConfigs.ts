// The thirty-second holdout's labeller (corpus/README.md, "The thirty-second holdout"): the Prometheus ecosystem's test
// configurations, labelled by the Go type `Secret`. Prometheus, Alertmanager, prometheus/common and VictoriaMetrics
// declare every credential field of their YAML configuration with a dedicated type (`config.Secret`, Alertmanager's
// `Secret` and `SecretURL`, VictoriaMetrics' `*promauth.Secret`), which the config marshals as `<secret>`; their tests
// load YAML (files, or inline in `*_test.go`) that writes values into those fields. Each case is transcribed into its
// raw/<source>/manifest.json: the configuration as the test file holds it (the whole file, or one scrape job / receiver /
// global block of a long one), and each slot the text fills with a literal — the YAML key, the value, and the Go
// declaration (a line of the saved schema excerpts) whose type is the secret type. A field of a plain type beside it
// (username, access_key, client_id, a `*_file` path, VictorOps' routing_key) is not a slot. The build fails unless the
// text stands in the saved file, each declaration in the saved schema excerpts, declares that key with a secret type,
// and the text writes that key with that value.
// The notes are holdout21's, plus the credential-file one.
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const secretTypedSources = ['alertmanager', 'prometheus', 'prometheus-common', 'victoriametrics'] as const;

/** A YAML key the text fills with a literal, and the Go declaration that types it as a secret. */
export interface SecretSlot {
  field: string;
  value: string;
  /** One struct field line of the saved schema excerpts: `Name <…Secret|…SecretURL> \`yaml:"field…"\``. */
  declared: string;
}

/** A case as a manifest transcribes it. */
export interface SecretTypedCase {
  rule: string;
  /** The configuration as the test file holds it (a substring of the saved file). */
  text: string;
  /** Each secret-typed field the text fills with a literal, once per slot; none: no literal credential. */
  slots: SecretSlot[];
  /** `*_file` keys the text writes: the credential is read from the file they name, not written in the text. */
  credentialFiles?: string[];
}

export type ThirtySecondNote = TwentyFirstNote | 'a credential file path, not the credential (the secret is read from it)';

export interface ThirtySecondItem extends Omit<TwentyFirstItem, 'note'> {
  note?: ThirtySecondNote;
}

const secretDeclaration = /^\t\w+\s+\*?(?:\w+\.)?Secret(?:URL)?\s+`yaml:"(\w+)[,"]/;
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text writes `field: value` (plain, single- or double-quoted) on a line of its own. */
function writes(text: string, field: string, value: string): boolean {
  return new RegExp(`(?:^|\\n)[ \\t]*(?:- )?${escaped(field)}:[ \\t]*(['"]?)${escaped(value)}\\1[ \\t]*(?:\\n|$)`).test(text);
}

/**
 * The items of one saved test file. The text must stand in the file, each slot's declaration in the saved schema
 * excerpts and declare the slot's key with a secret type, and the text must write that key with that value. A text
 * with no slot whose credential lives in a file it names is set apart; then holdout21's verdict, each value counted as
 * often as the text fills a slot with it: no slot clean, a stand-in or a value written elsewhere in the text too set
 * apart, the rest secret.
 */
export function labelSecretTypedConfigs(source: string, cases: readonly SecretTypedCase[], file: string, schema: string): ThirtySecondItem[] {
  return cases.map((c) => {
    if (!file.includes(c.text)) throw new Error(`${source} ${c.rule}: its text is not in the saved file`);
    for (const s of c.slots) {
      if (!schema.includes(s.declared)) throw new Error(`${source} ${c.rule}: ${s.field}'s declaration is not in the saved schema excerpts`);
      if (secretDeclaration.exec(s.declared)?.[1] !== s.field) throw new Error(`${source} ${c.rule}: ${JSON.stringify(s.declared)} does not declare ${s.field} as a secret`);
      if (!writes(c.text, s.field, s.value)) throw new Error(`${source} ${c.rule}: the text does not write ${s.field}: ${JSON.stringify(s.value)}`);
    }
    for (const f of c.credentialFiles ?? []) if (!/_file$/.test(f) || !new RegExp(`(?:^|\\n)[ \\t]*(?:- )?${escaped(f)}:[ \\t]*\\S`).test(c.text)) throw new Error(`${source} ${c.rule}: no ${f} in its text`);
    if (!c.slots.length && c.credentialFiles?.length) return { text: c.text, secrets: [], label: 'clean', rule: c.rule, note: 'a credential file path, not the credential (the secret is read from it)' };
    const slots = new Map<string, number>();
    for (const s of c.slots) slots.set(s.value, (slots.get(s.value) ?? 0) + 1);
    return verdict(c.text, c.slots.map((s) => s.value), c.rule, slots);
  });
}
