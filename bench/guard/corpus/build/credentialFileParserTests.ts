// The twenty-eighth holdout's labeller (corpus/README.md, "The twenty-eighth holdout"): the files a credential is stored in
// (.netrc, .npmrc, .pgpass, auth.json, AWS shared credentials and config, .pypirc, gem credentials) as their own parsers'
// tests write them, and the password, token or secret those tests expect the parser to return. Each case is transcribed
// into its raw/<source>/manifest.json; the build fails unless the text the test writes and the assertion stand in the
// saved files, and each secret in the item's text (and, unless the text is derived, in what the test writes).
import { isFillerValue } from './postureCredentialChecks';
import { verdict, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const credentialFileParserSources = ['cpython-netrc', 'go-netrc', 'netrc-parser', 'registry-auth-token', 'npmcli-config', 'pgpass', 'containers-image', 'aws-sdk-js-v3', 'aws-sdk-go', 'aws-sdk-go-v2', 'twine', 'rubygems', 'go-netrc-jdx', 'tinynetrc'] as const;

/** holdout21's verdict notes (its card-data note never arises: no case names card values), and one of its own. */
export type TwentyEighthNote = TwentyFirstNote | 'the parser passes it for where it stands, not its text';

export interface TwentyEighthItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: TwentyEighthNote;
}

/** A case as a manifest transcribes it. */
export interface ParserCase {
  /** Substrings of the source's saved files: the file text as the test writes it, and the assertion on what is parsed. */
  written: string;
  asserted: string;
  text: string;
  /** The values the test expects as password, token or secret, as they stand in the text (a stored base64 form as stored). */
  secrets: string[];
  rule: string;
  /** The text is the test's literal as it evaluates (escapes, a dedent, a template filled, a base64 call), not a copy. */
  derived?: boolean;
  /** Set apart: the parser returns no credential from a text that holds one (a password without its user, a key it ignores). */
  note?: 'the parser passes it for where it stands, not its text';
}

/**
 * The items of one source: a case whose test expects a credential is a secret item (stand-ins and example values
 * taken out of it, and set apart when nothing else is left; a secret written elsewhere in its text too set apart, as
 * holdout21's verdict does); one whose test expects none is clean; a case the manifest sets apart keeps its note.
 */
export function labelParserCases(source: string, cases: readonly ParserCase[], files: string): TwentyEighthItem[] {
  return cases.map((c) => {
    for (const part of [c.written, c.asserted]) if (!files.includes(part)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(part)} is not in the saved files`);
    if (!c.derived && !c.written.includes(c.text)) throw new Error(`${source} ${c.rule}: the text is not what the test writes`);
    for (const s of c.secrets) {
      if (!c.text.includes(s) || (!c.derived && !c.written.includes(s))) throw new Error(`${source} ${c.rule}: ${JSON.stringify(s)} is not in what the test writes and its text`);
    }
    if (c.note) {
      if (c.secrets.length) throw new Error(`${source} ${c.rule}: a case set apart names no secret`);
      return { text: c.text, secrets: [], label: 'clean' as const, rule: c.rule, note: c.note };
    }
    const real = c.secrets.filter((s) => !isFillerValue(s));
    if (c.secrets.length && !real.length) return { text: c.text, secrets: [...new Set(c.secrets)], label: 'secret' as const, rule: c.rule, note: 'a documented example or filler value' as const };
    return verdict(c.text, real, c.rule);
  });
}
