// The thirty-third holdout's labeller (corpus/README.md, "The thirty-third holdout"): Home Assistant integrations' tests,
// labelled by each integration's own redaction set. An integration's diagnostics.py names the keys it redacts before a user
// shares diagnostics (`TO_REDACT = {CONF_PASSWORD, CONF_API_KEY, …}`, passed to `async_redact_data`), and its tests write
// the config entries, user inputs and device data it receives (`MockConfigEntry(data={CONF_HOST: …, CONF_PASSWORD: …})`,
// `conftest.py` fixtures, `const.py` constants, JSON fixtures). Each case is transcribed into raw/home-assistant/
// manifest.json: the test's text (a substring of the saved file), the redaction set's entry that labels it (a substring of
// that integration's saved diagnostics.py excerpt) and the literal values the text writes under keys of the set that name
// a credential (password, API key, token, PIN, key, pre-shared key), once per slot. Keys of the set that are not credentials
// (username, e-mail, latitude, serial, MAC, unique id, URL) are listed apart: a text holding only those is set apart as
// "redacted but not a credential"; a text whose values are all under keys outside the set, or whose keys in the set hold a
// name or an empty string, is clean. The build fails unless the text stands in the saved file, the set's entry in the
// integration's diagnostics excerpt (and any assertion in the saved files) and each secret in the text.
// The other notes are holdout21's.
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The one source, saved under raw/home-assistant/ (repository home-assistant/core). */
export const diagnosticsRedactionSources = ['home-assistant'] as const;

/** A case as the manifest transcribes it. */
export interface RedactionSetCase {
  /** `<integration>/<test file>#<fixture, constant or dict>`. */
  rule: string;
  /** The text as the test writes it (a substring of the saved file). */
  text: string;
  /** The entry of the integration's redaction set the labelled keys are in (a substring of its saved diagnostics.py). */
  redacted: string;
  /** The literal values the text writes under keys of the set that name a credential, once per slot; none: no credential. */
  secrets: string[];
  /** Keys of the set the text writes a value under that are not credentials (informational; sets a text apart when no secret). */
  notCredential?: string[];
  /** A check of the test that shows the value redacted or the value's role (must stand in the saved files when given). */
  asserted?: string;
}

export type ThirtyThirdNote = TwentyFirstNote | 'redacted but not a credential';

export interface ThirtyThirdItem extends Omit<TwentyFirstItem, 'note'> {
  note?: ThirtyThirdNote;
}

/** The integration a rule names (`airvisual/tests/components/…#config` → `airvisual`). */
export function integrationOf(rule: string): string {
  return rule.slice(0, rule.indexOf('/'));
}

/**
 * The items of one saved test file. The text must stand in the file, the set's entry in the integration's saved
 * diagnostics excerpt (`diagnostics` maps an integration to it), any assertion in the saved files, each secret in the
 * text. No secret: apart when the text writes a value under a non-credential key of the set, else clean. Then holdout21's
 * verdict, each value counted as often as the text writes it into a credential slot.
 */
export function labelRedactionSetCases(
  cases: readonly RedactionSetCase[],
  file: string,
  diagnostics: ReadonlyMap<string, string>,
  saved: string,
): ThirtyThirdItem[] {
  return cases.map((c) => {
    if (!file.includes(c.text)) throw new Error(`${c.rule}: its text is not in the saved file`);
    const set = diagnostics.get(integrationOf(c.rule));
    if (!set || !c.redacted || !set.includes(c.redacted)) throw new Error(`${c.rule}: its redaction set entry is not in the integration's saved diagnostics`);
    if (c.asserted !== undefined && !saved.includes(c.asserted)) throw new Error(`${c.rule}: its assertion is not in the saved files`);
    for (const s of c.secrets) if (!c.text.includes(s)) throw new Error(`${c.rule}: ${JSON.stringify(s)} is not in its text`);
    if (!c.secrets.length) {
      return c.notCredential?.length
        ? { text: c.text, secrets: [], label: 'clean', rule: c.rule, note: 'redacted but not a credential' }
        : { text: c.text, secrets: [], label: 'clean', rule: c.rule };
    }
    const slots = new Map<string, number>();
    for (const s of c.secrets) slots.set(s, (slots.get(s) ?? 0) + 1);
    return verdict(c.text, c.secrets, c.rule, slots);
  });
}
