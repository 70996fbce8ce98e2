// The eighteenth holdout's first labeller: ggshield's recorded secret scans (corpus/README.md, "The eighteenth holdout").
// Each cassette sends documents to GitGuardian's detection API and records, per document, the policy breaks its engine
// found and every match's type and text. A document with no policy break is clean; one with a secrets-detection break is
// a secret item whose secrets are the matches of a credential's type (an account's or a place's — host, port, username,
// client id — named beside it is not one); one whose breaks hold no credential is set apart.
import { describesStandIn } from '../../../../src/core/guard/standInWords';

export type EighteenthNote =
  | 'a documented example or filler value'
  | 'the engine reports no credential in it'
  | "the verdict turns on the repository, not the text"
  | 'masks no credential'
  | 'a template variable';

export interface EighteenthItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: EighteenthNote;
}

export interface CassetteMatch {
  type: string;
  match: string;
  index_start: number;
  index_end: number;
}

/** A cassette as the manifest transcribes it: each scan's documents and, in the same order, the engine's result for each. */
export interface Cassette {
  path: string;
  scans: {
    uri: string;
    documents: { filename: string; document: string }[];
    results: { policy_break_count: number; policy_breaks: { type: string; policy: string; matches: CassetteMatch[] }[] }[];
  }[];
}

export function labelGgshieldCassettes(cassettes: readonly Cassette[], identifierTypes: readonly string[], report: string[]): EighteenthItem[] {
  const items: EighteenthItem[] = [];
  for (const { path, scans } of cassettes) {
    for (const { documents, results } of scans) {
      if (documents.length !== results.length) throw new Error(`ggshield ${path}: ${documents.length} documents, ${results.length} results`);
      documents.forEach(({ filename, document }, k) => {
        const { policy_break_count: count, policy_breaks: breaks } = results[k]!;
        const rule = `${path}#${filename}`;
        if (count === 0 && breaks.length === 0) {
          items.push({ text: document, secrets: [], label: 'clean', rule });
          return;
        }
        const matches = breaks.filter((b) => /^secrets detection$/i.test(b.policy)).flatMap((b) => b.matches);
        for (const m of matches) {
          // The engine's offsets are inclusive at both ends.
          if (document.slice(m.index_start, m.index_end + 1) !== m.match) throw new Error(`ggshield ${rule}: a match is not at its offsets`);
        }
        const secrets = [...new Set(matches.filter((m) => !identifierTypes.includes(m.type)).map((m) => m.match))];
        if (secrets.length === 0) {
          report.push(`ggshield ${rule}: policy breaks without a credential's match, set apart`);
          items.push({ text: document, secrets: [], label: 'clean', rule, note: 'the engine reports no credential in it' });
          return;
        }
        items.push(credentialItem(document, secrets, rule));
      });
    }
  }
  return items;
}

/** A reported text's item: apart when the placeholder policy passes every value it holds (the project's `describesStandIn`). */
export function credentialItem(text: string, values: readonly string[], rule: string): EighteenthItem {
  const secrets = values.filter((v) => !describesStandIn(v));
  return secrets.length ? { text, secrets, label: 'secret', rule } : { text, secrets: [...values], label: 'secret', rule, note: 'a documented example or filler value' };
}
