// The thirty-fourth holdout's labeller (corpus/README.md, "The thirty-fourth holdout"): Jenkins configuration-as-code
// (JCasC) test resources, labelled by the Java type of the field each YAML key sets. JCasC binds a key to a constructor
// parameter or setter of a named class; the credential classes declare their secret fields `hudson.util.Secret` or
// `SecretBytes` (so Jenkins encrypts and masks them), the rest (`id`, `username`, `description`, URLs) plain `String`.
// Each case is transcribed into its raw/<source>/manifest.json: one YAML block as the test resource writes it (a
// credential entry or one configurator's block), the field declarations that type its slots (each a substring of the
// split's saved class excerpts, under any of its sources) and what its slots hold: literal values of `Secret` /
// `SecretBytes` slots (`secrets`, once per slot), JCasC variable references (`references`), Jenkins' encrypted form
// (`encrypted`), credential values a class keeps in a plain `String` (`stringTyped`) and values that are only their
// slot's own name (`ownName`). The build fails unless the text stands in the saved file, every cited field in the saved
// class excerpts, every value in the text, and a `Secret` field is cited for a `Secret` slot.
// The notes are holdout21's plus four: a reference is resolved at load time (its value is not in the text); Jenkins'
// `{AQAAAB…}` form is what JCasC's export writes for a Secret (its documentation calls it the masked form, readable only
// on the instance that wrote it: not the plain credential, scored apart); a `String`-typed credential is not labelled by
// its type; a value that is its own slot's name (`clientSecret: clientSecret`) fills a slot, it is no credential.
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const jcascSources = [
  'jcasc', 'jenkins-credentials', 'jenkins-plain-credentials', 'jenkins-ssh-credentials', 'jenkins-aws-credentials', 'jenkins-ldap',
  'jenkins-mailer', 'jenkins-email-ext', 'jenkins-gitlab', 'jenkins-gitlab-branch-source', 'jenkins-docker-commons',
  'jenkins-hashicorp-vault', 'jenkins-active-directory', 'jenkins-kubernetes-credentials', 'jenkins-kubernetes',
  'jenkins-openstack-cloud', 'jenkins-slack', 'jenkins-oic-auth', 'jenkins-aws-secrets-manager', 'jenkins-azure-ad',
  'jenkins-azure-credentials', 'jenkins-azure-keyvault', 'jenkins-azure-storage', 'jenkins-github', 'jenkins-google-oauth',
  'jenkins-entra-oauth', 'jenkins-sonar-quality-gates',
] as const;

/** A case as a manifest transcribes it. */
export interface JcascCase {
  rule: string;
  /** One YAML block as the test resource writes it (a substring of the saved file). */
  text: string;
  /** The field declarations (or constructor) that type the block's slots, as the saved class excerpts hold them. */
  fields: string[];
  /** Literal values of `Secret` / `SecretBytes` slots, once per slot; none: no literal credential. */
  secrets: string[];
  /** JCasC variable references (`${…}`) in `Secret` slots. */
  references?: string[];
  /** Jenkins' encrypted form (`{AQAAAB…}`) in `Secret` slots. */
  encrypted?: string[];
  /** Credential values a class keeps in a plain `String` field. */
  stringTyped?: string[];
  /** Values that are only their slot's own name. */
  ownName?: string[];
}

export type ThirtyFourthNote =
  | TwentyFirstNote
  | 'a JCasC variable reference in a Secret slot (resolved at load time, not in its text)'
  | "Jenkins' encrypted form of a Secret (JCasC's masked export form)"
  | 'a credential a class keeps in a plain String (its type does not label it)'
  | "a value that is its own slot's name";

export interface ThirtyFourthItem extends Omit<TwentyFirstItem, 'note'> {
  note?: ThirtyFourthNote;
}

const SECRET_TYPE = /\bSecret(?:Bytes)?\b/;
const REFERENCE = /^\$\{.+\}$/s;
const ENCRYPTED = /^\{AQAAAB[A-Za-z0-9+/=]+\}$/;

/**
 * The items of one saved file. The text must stand in the file, each cited field in `classes` (the split's saved class
 * excerpts) and each value in the text; a case with a value in a Secret slot must cite a Secret field, one with a
 * String-typed credential a String one. Then: literal secrets take holdout21's verdict, each value counted as often as
 * the block writes it into a slot (a stand-in or a value written elsewhere in the text too apart); with none, an
 * encrypted value, a String-typed credential or an own-name value is set apart as a secret item, a reference as a clean
 * one, and a block with nothing in its Secret slots is clean.
 */
export function labelJcascCases(source: string, cases: readonly JcascCase[], file: string, classes: string): ThirtyFourthItem[] {
  return cases.map((c) => {
    const fail = (why: string) => new Error(`${source} ${c.rule}: ${why}`);
    if (!file.includes(c.text)) throw fail('its text is not in the saved file');
    if (!c.fields.length) throw fail('no field cited');
    for (const f of c.fields) if (!classes.includes(f)) throw fail(`${JSON.stringify(f)} is not in the saved class excerpts`);
    const references = c.references ?? [], encrypted = c.encrypted ?? [], stringTyped = c.stringTyped ?? [], ownName = c.ownName ?? [];
    for (const v of [...c.secrets, ...references, ...encrypted, ...stringTyped, ...ownName]) if (!v || !c.text.includes(v)) throw fail(`${JSON.stringify(v)} is not in its text`);
    if (references.some((r) => !REFERENCE.test(r))) throw fail('a reference that is not ${…}');
    if (encrypted.some((e) => !ENCRYPTED.test(e))) throw fail('an encrypted value that is not {AQAAAB…}');
    if ([...c.secrets, ...references, ...encrypted, ...ownName].length && !c.fields.some((f) => SECRET_TYPE.test(f))) throw fail('a Secret slot without a Secret field cited');
    if (stringTyped.length && !c.fields.some((f) => /\bString\b/.test(f))) throw fail('a String-typed credential without a String field cited');
    if (c.secrets.length) {
      const slots = new Map<string, number>();
      for (const s of c.secrets) slots.set(s, (slots.get(s) ?? 0) + 1);
      return verdict(c.text, c.secrets, c.rule, slots);
    }
    const apart = (values: string[], note: ThirtyFourthNote): ThirtyFourthItem => ({ text: c.text, secrets: [...new Set(values)], label: 'secret', rule: c.rule, note });
    if (encrypted.length) return apart(encrypted, "Jenkins' encrypted form of a Secret (JCasC's masked export form)");
    if (stringTyped.length) return apart(stringTyped, 'a credential a class keeps in a plain String (its type does not label it)');
    if (ownName.length) return apart(ownName, "a value that is its own slot's name");
    if (references.length) return { text: c.text, secrets: [], label: 'clean', rule: c.rule, note: 'a JCasC variable reference in a Secret slot (resolved at load time, not in its text)' };
    return { text: c.text, secrets: [], label: 'clean', rule: c.rule };
  });
}
