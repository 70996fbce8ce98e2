// The eighteenth holdout's third labeller: GitLab's Gitlab::UrlSanitizer spec (corpus/README.md, "The eighteenth
// holdout"), its two masking tables — `.sanitize`, each URL written into the git error message the spec builds, and
// `.sanitize_masked_url`, each URL alone — with the output the sanitizer must give, `*****` where it masks. A URL left as
// it is is clean; a masked one is a secret item whose secret is its userinfo's password (RFC 3986 §3.2.1: `user:password`
// before the host's `@`). Set apart: a mask over a user name alone ("masks no credential"), a URL the sanitizer drops as
// invalid (the same), a `{name}` template variable in the password's place, and the placeholder policy's values.
import { credentialItem, type EighteenthItem } from './ggshieldCassettes';

const message = (url: string) => `remote: Not Found\nfatal: repository \`${url}\` not found`;
const rubyString = (s: string) => s.replace(/\\(.)/g, '$1');

/** The tables' pairs: `[input, output, text]`, in the spec's order. */
export function urlSanitizerCases(spec: string): [string, string, string][] {
  const cases: [string, string, string][] = [];
  const sanitize = /describe '\.sanitize' do([^]*?)\n {2}end\n/.exec(spec)?.[1];
  const masked = /describe '\.sanitize_masked_url' do([^]*?)\n {2}end\n/.exec(spec)?.[1];
  if (!sanitize || !masked) throw new Error('url_sanitizer_spec: a masking table is missing');
  const protocols = [...(/urls = \[([^\]]*)\]\.flat_map/.exec(sanitize)?.[1] ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const templates = [...sanitize.matchAll(/^\s*\["([^"]*)", "([^"]*)"\],?$/gm)].map((m) => [m[1]!, m[2]!] as const);
  if (protocols.length === 0 || templates.length === 0) throw new Error('url_sanitizer_spec: the per-protocol table is not read');
  for (const protocol of protocols) {
    for (const [input, output] of templates) {
      const url = input.replace('#{protocol}', protocol);
      cases.push([url, output.replace('#{protocol}', protocol), message(url)]);
    }
  }
  for (const m of sanitize.matchAll(/^\s*urls << \['([^']*)', '([^']*)'\]$/gm)) cases.push([rubyString(m[1]!), rubyString(m[2]!), message(rubyString(m[1]!))]);
  for (const m of masked.matchAll(/^\s*'([^']*)'\s*\|\s*'([^']*)'$/gm)) cases.push([m[1]!, m[2]!, m[1]!]);
  return cases;
}

/** A URL's userinfo password: after the scheme (or `//`), up to the authority's last `@`, after its first `:`. */
export function userinfoPassword(url: string): string | undefined {
  const authority = url.replace(/^(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\//, '').split('/')[0]!;
  const at = authority.lastIndexOf('@');
  if (at < 0) return undefined;
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(':');
  return colon < 0 ? undefined : userinfo.slice(colon + 1) || undefined;
}

export function labelUrlSanitizerSpec(path: string, spec: string): EighteenthItem[] {
  return urlSanitizerCases(spec).map(([input, output, text], k): EighteenthItem => {
    const rule = `${path}#${k + 1}`;
    if (output === input) return { text, secrets: [], label: 'clean', rule };
    const password = output === '' ? undefined : userinfoPassword(input);
    if (!password) return { text, secrets: [], label: 'clean', rule, note: 'masks no credential' };
    if (/^\{\w+\}$/.test(password)) return { text, secrets: [password], label: 'secret', rule, note: 'a template variable' };
    return credentialItem(text, [password], rule);
  });
}
