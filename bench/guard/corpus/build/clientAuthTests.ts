// The thirtieth holdout's labeller (corpus/README.md, "The thirtieth holdout"): client libraries' own authentication
// tests — HTTP, mail, SSH and API clients — which hand the client a password or token the way a user writes the call (an
// `auth` option, `.auth(user, pass)`, `SetBasicAuth`, `login`, `auth_password`, a bearer token) and assert what went on
// the wire or what the test server accepted (the Basic header, the AUTH line, the digest, the password the server checks).
// Each case is transcribed into its raw/<source>/manifest.json: the code that holds the credential as the test writes it
// (the item's text, a substring of the saved file), the assertion or server check that labels it (a substring of the
// source's saved files) and the values that assertion says were sent or used as the password or token. The build fails
// unless both stand in the saved files and each secret in the text.
// The notes are holdout21's (its card-data note never arises here: no case names card values).
import { verdict, type TwentyFirstItem } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const clientAuthSources = ['axios', 'superagent', 'paramiko', 'nodemailer', 'go-client-auth', 'httpx', 'requests', 'cpython-clients', 'aiohttp', 'faraday', 'ssh2', 'reqwest', 'urllib3', 'httpclient', 'octokit-auth-token', 'octokit-core'] as const;

/** A case as a manifest transcribes it. */
export interface ClientAuthCase {
  rule: string;
  /** The test's code holding the credential (the call, the options object, the header built), as the saved file has it. */
  text: string;
  /** The assertion or test-server check that says which value was sent or accepted (in any of the source's saved files). */
  asserted: string;
  /** The values the assertion says were sent or used as the password or token; none: the test says no credential is in it. */
  secrets: string[];
}

/**
 * The items of one saved file. The text must stand in the file, the assertion in the source's saved files and each
 * secret in the text; then holdout21's verdict: no secret clean, a stand-in (`describesStandIn`) or a secret written
 * elsewhere in the text too set apart, the rest secret.
 */
export function labelClientAuthCases(source: string, cases: readonly ClientAuthCase[], file: string, saved: string): TwentyFirstItem[] {
  return cases.map((c) => {
    if (!file.includes(c.text)) throw new Error(`${source} ${c.rule}: its text is not in the saved file`);
    if (!saved.includes(c.asserted)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(c.asserted)} is not in the saved files`);
    for (const s of c.secrets) if (!c.text.includes(s)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(s)} is not in its text`);
    return verdict(c.text, c.secrets, c.rule);
  });
}
