// The twenty-fifth holdout's labeller (corpus/README.md, "The twenty-fifth holdout"): tools that redact credentials from
// URLs, traces and recorded HTTP by default — pip, Go's net/url, go-getter, ansible-core, client-go, Sourcegraph's
// gitserver, git, GitHub CLI, conda — whose tests give an input and the output the redaction must give. What the output
// removes is a secret; an input it leaves (or where it removes nothing) is clean. The cases are transcribed into each
// raw/<source>/manifest.json; the build fails unless each case's input and output stand in the saved files.
import { verdict, type TwentyFirstNote } from './scrubberDefaultTests';

/** holdout21's verdict notes (its card-data note never arises here: no case names card values), and two of its own. */
export type TwentyFifthNote =
  | TwentyFirstNote
  | 'masks no credential'
  | 'the tool passes it for its context, not its text';

export interface TwentyFifthItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: TwentyFifthNote;
}

/** A case as a manifest transcribes it. */
export interface RedactorCase {
  /** Substrings of the source's saved files: the test's input and the output (or assertion) that gives the verdict. */
  input: string;
  output: string;
  text: string;
  secrets: string[];
  rule: string;
  /** The text is written from the test's parts (a URL struct's String(), a repr(), a marshalled config), not copied. */
  derived?: boolean;
  /** How often the output masks a secret when more than once. */
  masked?: Record<string, number>;
  /** Set apart: the output masks only a user name, or the tool passes a credential for where it stands. */
  note?: 'masks no credential' | 'the tool passes it for its context, not its text';
}

/**
 * The items of one source. Each case's input and output must stand in the saved files, each secret in its text (and,
 * unless the text is derived, in its input); a case the manifest sets apart keeps its note (label clean: the tool's
 * verdict says nothing of a credential), the others go through holdout21's verdict (stand-ins and secrets written more
 * often than masked set apart).
 */
export function labelRedactorCases(source: string, cases: readonly RedactorCase[], files: string): TwentyFifthItem[] {
  return cases.map((c) => {
    for (const part of [c.input, c.output]) if (!files.includes(part)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(part)} is not in the saved files`);
    for (const s of c.secrets) {
      if (!c.text.includes(s) || (!c.derived && !c.input.includes(s))) throw new Error(`${source} ${c.rule}: ${JSON.stringify(s)} is not in its input and text`);
    }
    if (c.note) {
      if (c.secrets.length) throw new Error(`${source} ${c.rule}: a case set apart names no secret`);
      return { text: c.text, secrets: [], label: 'clean' as const, rule: c.rule, note: c.note };
    }
    return verdict(c.text, c.secrets, c.rule, new Map(Object.entries(c.masked ?? {})));
  });
}
