// The fifty-seventh holdout's labeller (corpus/README.md, "The fifty-seventh holdout"): AI and SaaS vendors' SDKs' own
// client tests, which hand the client a key or token the way a user's code does (a constructor's `api_key=` / `token`,
// an environment variable the test sets, a header the test expects sent, a config section the client reads) and
// assert what the client holds or sent. Each case is transcribed into its raw/<source>/manifest.json as holdout30's are
// (the text, a substring of the saved file; the assertion, a substring of the source's saved files; the values the SDK's
// parameter or header names as the key or token, each in the text), keyed by the saved file's name (a file may be saved
// as several excerpts). The verdict is holdout30's, with the placeholder policy both ways: a value the build's
// `placeholderValue` passes (a documented EXAMPLE, a filler run, the slot's own name) is a stand-in too.
import { labelClientAuthCases, type ClientAuthCase } from './clientAuthTests';
import { placeholderValue } from './passwordCheckTests';
import type { TwentyFirstItem } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const sdkClientSources = [
  'hf-hub', 'python-gitlab', 'pygithub', 'twilio-python', 'sendgrid-python', 'slack-python-sdk', 'slack-node-sdk',
  'openai-python', 'anthropic-python', 'replicate-python', 'stripe-python', 'cohere-python',
] as const;

export type FiftySeventhNote = 'a documented example or filler value' | 'a secret written elsewhere in its text too';

/**
 * The items of one saved file: holdout30's checks and verdict (no secret clean; a stand-in the redactor's policy passes
 * set apart; a value written twice in its text set apart), and a value `placeholderValue` passes taken out of its
 * item's secrets, an item left with none set apart as a stand-in.
 */
export function labelSdkClientCases(source: string, cases: readonly ClientAuthCase[], file: string, saved: string): TwentyFirstItem[] {
  return cases.map((c) => {
    const kept = c.secrets.filter((s) => !placeholderValue(s));
    const [item] = labelClientAuthCases(source, [{ ...c, secrets: kept.length ? kept : c.secrets }], file, saved);
    return kept.length || !c.secrets.length ? item! : { ...item!, note: 'a documented example or filler value' };
  });
}
