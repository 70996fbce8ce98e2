// The fifty-sixth holdout's labeller (corpus/README.md, "The fifty-sixth holdout"): credential helpers' and credential
// stores' own tests. Labels are the tests': the text is what the test feeds a helper or store, or what it expects
// printed or written; the secret is the value the test stores or expects back as the password, secret, token, refresh
// token or OTP shared secret (narrowed to the value). git's credential scripts are read as the shell runs them (the
// `check` heredocs split at `--` into stdin, stdout and stderr, as lib-credential.sh's read_chunk does); the other
// sources' cases are transcribed into their manifests and checked against the saved files.
import { placeholderValue } from './passwordCheckTests';
import { describesStandIn } from '../../../../src/core/guard/standInWords';

export const credentialHelperSources = [
  'git-credential', 'git-credential-manager', 'docker-credential-helpers', 'go-keyring', '99designs-keyring', 'node-keytar', 'jaraco-keyring',
  'gopass', 'password-store', 'pass-otp',
] as const;

export type FiftySixthNote = 'a documented example or filler value' | 'a secret written elsewhere in its text too';

export interface FiftySixthItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: FiftySixthNote;
}

/** The placeholder policy, both its halves: holdout10's example-or-filler-or-own-name test and the stand-in words (V1). */
export function passedByPolicy(value: string): boolean {
  return placeholderValue(value) || describesStandIn(value);
}

const occurrences = (text: string, value: string) => text.split(value).length - 1;

/**
 * An item from a text and the credentials the test names in it, each with how often it stands in a credential's slot:
 * none is clean; every one passed by the placeholder policy is apart; a value also written outside its slots (a user
 * name that holds it) is apart, as holdout21's verdict does; else a secret item of the values the policy does not pass.
 */
export function helperItem(text: string, slots: ReadonlyMap<string, number>, rule: string): FiftySixthItem {
  if (!slots.size) return { text, secrets: [], label: 'clean', rule };
  for (const value of slots.keys()) if (!value || !text.includes(value)) throw new Error(`${rule}: ${JSON.stringify(value)} is not in its text`);
  const real = [...slots.keys()].filter((v) => !passedByPolicy(v));
  if (!real.length) return { text, secrets: [...slots.keys()], label: 'secret', rule, note: 'a documented example or filler value' };
  // An occurrence inside a longer secret of the same item is that secret's.
  const outside = (v: string) => real.filter((w) => w.length > v.length && w.includes(v)).reduce((rest, w) => rest.split(w).join('\u0000'), text);
  if (real.some((v) => occurrences(outside(v), v) > slots.get(v)!)) return { text, secrets: real, label: 'secret', rule, note: 'a secret written elsewhere in its text too' };
  return { text, secrets: real, label: 'secret', rule };
}

// --- git's credential scripts ------------------------------------------------------------------------------------

// git-credential(1): the attributes that carry a credential. A helper's dump of what it was given writes `name: key=value`.
const credentialLine = /^(?:[\w-]+: )?(?:password|oauth_refresh_token|credential)=(.+)$/;
// A `url=` attribute or a credential-store line holding a password in its userinfo (RFC 3986: user:password@).
const userinfoPassword = /^(?:url=)?[a-z][a-z0-9+.-]*:\/\/[^/@:\s]*:([^@/\s]+)@/;

/** The credentials a protocol text holds, with how often each stands in a credential's slot. */
export function protocolCredentials(text: string): Map<string, number> {
  const slots = new Map<string, number>();
  for (const line of text.split('\n')) {
    const value = credentialLine.exec(line)?.[1] ?? userinfoPassword.exec(line)?.[1];
    if (value) slots.set(value, (slots.get(value) ?? 0) + 1);
  }
  return slots;
}

const testTitle = /^\s*test_expect_(?:success|failure)\s+(?:[A-Z,]+\s+)?(["'])(.*?)\1/;
const heredoc = /<<-?\\EOF\b|<<-?EOF\b/;

/**
 * Every text a git credential script feeds git or expects from it: each `check fill|approve|reject` heredoc split at
 * `--` into stdin, expected stdout and expected stderr (a chunk empty by the test's own `--` is no text); a heredoc fed
 * to `git credential` or written to `expect` whole; and each credential-store line the test echoes into a credentials
 * file. Texts are as the shell gives them: `<<-` strips leading tabs, the single-quoted test body's `'\''` is a quote,
 * and read_chunk's `echo` ends each line. Heredocs that write a helper script, and an unquoted one filled from a
 * function's arguments at run time, are not texts the test feeds (not taken).
 */
export function labelGitCredentialScript(path: string, script: string): FiftySixthItem[] {
  const lines = script.split('\n');
  const items: FiftySixthItem[] = [];
  let title = '(top level)';
  const shell = (line: string) => line.replace(/^\t+/, '').split("'\\''").join("'");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    title = testTitle.exec(line)?.[2] ?? title;
    const echoed = /^\s*echo "([^"$]*)" >/.exec(line)?.[1];
    if (echoed && userinfoPassword.test(echoed)) items.push(helperItem(`${echoed}\n`, protocolCredentials(echoed), `${path}#${title}[echo]`));
    if (!heredoc.test(line)) continue;
    const end = lines.findIndex((l, j) => j > i && l.replace(/^\t+/, '') === 'EOF');
    if (end < 0) throw new Error(`${path}:${i + 1}: a heredoc without its end`);
    const body = lines.slice(i + 1, end).map(shell);
    const rule = `${path}#${title}`;
    if (/\bcheck (?:fill|approve|reject)\b/.test(line) && /<<-\\EOF/.test(line)) {
      const chunks: string[][] = [[]];
      for (const l of body) if (l === '--') chunks.push([]); else chunks[chunks.length - 1]!.push(l);
      chunks.forEach((chunk, k) => {
        if (chunk.length) items.push(helperItem(chunk.map((l) => `${l}\n`).join(''), protocolCredentials(chunk.join('\n')), `${rule}[${['stdin', 'stdout', 'stderr'][k] ?? k}]`));
      });
    } else if (/credential fill\b.*<<-\\EOF|cat >expect <<-\\EOF/.test(line)) {
      items.push(helperItem(body.map((l) => `${l}\n`).join(''), protocolCredentials(body.join('\n')), `${rule}[${/cat >expect/.test(line) ? 'expect' : 'stdin'}]`));
    }
    i = end;
  }
  return items;
}

// --- transcribed cases ---------------------------------------------------------------------------------------------

/** A case as a manifest transcribes it. */
export interface HelperCase {
  /** The saved file the case is read from. */
  path: string;
  /** The item's text: a substring of the saved file, or (with `from`) what the test builds from the parts listed. */
  text: string;
  /** The values the test stores or expects back as the credential; none for a text the test says holds none. */
  secrets: string[];
  /** The test and what of it the text is (`<test>[<part>]`). */
  rule: string;
  /** Set when the text is built by the test (a JSON encoding, an interpolated string, a heredoc filled): its parts, each in the saved file. */
  from?: string[];
}

/** The items of one source's transcribed cases, each checked against its saved file (the text or the parts it is built from, and each secret). */
export function labelHelperCases(source: string, cases: readonly HelperCase[], files: ReadonlyMap<string, string>): FiftySixthItem[] {
  return cases.map((c) => {
    const file = files.get(c.path);
    if (file === undefined) throw new Error(`${source} ${c.rule}: ${c.path} is not saved`);
    for (const part of c.from ?? [c.text]) if (!file.includes(part)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(part.slice(0, 60))} is not in ${c.path}`);
    for (const s of c.secrets) if (!file.includes(s)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(s)} is not in ${c.path}`);
    return helperItem(c.text, new Map(c.secrets.map((s) => [s, 1])), `${c.path}#${c.rule}`);
  });
}
