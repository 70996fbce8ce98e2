// A header or an environment variable a web server's or a proxy's configuration sets, in each one's
// directive grammar: nginx's `proxy_set_header X-Api-Key …;` (also `add_header`, `grpc_set_header`,
// `fastcgi_param`/`uwsgi_param`/`scgi_param` NAME VALUE), Apache's `RequestHeader set NAME VALUE`,
// `Header [always] set NAME VALUE` and `SetEnv NAME VALUE`, HAProxy's `http-request set-header NAME
// VALUE`, Caddy's `header_up NAME VALUE`. The directive, the name and the value stand apart by blanks
// alone, so the assignment rule, which reads a key and its operator, never sees the value. A
// secret-named name's value is judged as one given to that key on a config line (an `$http_…` or
// `%{…}e` variable is a reference). An Authorization header's value is a scheme and a credential
// (RFC 9110, §11.4): the credential is judged as an issued token (Basic's pair is the basic-auth-header
// rule's to decode). Linear: the expression is anchored at a line's start and reads a
// bounded stretch.
import { ledPattern, type LedPattern, type SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { keyStrength } from './keyStrength';
import { numberedGroups } from '../numberedGroups';
import { acceptValue } from './secretValue';
import type { Places } from '../keywordPrefilter';

const DIRECTIVE = /^[ \t]*(?:(?:proxy|grpc)_set_header|add_header|(?:fastcgi|uwsgi|scgi)_param|RequestHeader[ \t]+(?:set|add|append|merge|setifempty)|Header[ \t]+(?:always[ \t]+)?(?:set|add|append|merge|setifempty)|SetEnv|http-(?:request|response)[ \t]+(?:set|add)-header|header_up|header_down|request_header)[ \t]+[+]?(?<name>[A-Za-z][A-Za-z0-9_.-]{0,63})[ \t]+(?:"(?<dq>[^"\r\n]{1,400})"|'(?<sq>[^'\r\n]{1,400})'|(?<bare>[^\s;"'{}]{1,400}))(?=[ \t]*(?:;|\r?\n|$|always\b))/gim;
// The same line written in a string (an ingress-nginx `configuration-snippet` given inline, `echo "…" >>
// nginx.conf`): the string's quote starts the line, its close or an escaped line break ends it; a value
// quoted inside a double-quoted string is written `\"…\"`.
const DIRECTIVE_IN_STRING = /(?<open>["'])[ \t]*(?:(?:proxy|grpc)_set_header|add_header|(?:fastcgi|uwsgi|scgi)_param|RequestHeader[ \t]+(?:set|add|append|merge|setifempty)|Header[ \t]+(?:always[ \t]+)?(?:set|add|append|merge|setifempty)|SetEnv|http-(?:request|response)[ \t]+(?:set|add)-header|header_up|header_down|request_header)[ \t]+[+]?(?<name>[A-Za-z][A-Za-z0-9_.-]{0,63})[ \t]+(?:\\"(?<dq>[^"\\\r\n]{1,400})\\"|(?<bare>[^\s;"'{}\\]{1,400}))(?=[ \t]*(?:;|\k<open>|\\[nr]|always\b))/gi;

const KIND = spanKind('header-directive');
const AUTHORIZATION = /^(?:proxy-)?authorization$/i;
// A scheme's name and its blanks, before a credential with none.
const SCHEME = /^([A-Za-z][A-Za-z0-9_-]{1,30})[ \t]+(?=[^ \t]+$)/;

// (Every directive's name holds one of these: `header` covers proxy_set_header, RequestHeader, header_up…)
const KEYWORDS = ['header', '_param', 'setenv'];
/** An expression read by number (numberedGroups.ts) and without match indices: every line of a file of `SetEnv` lines a
 * match, the indices' and the groups' objects were most of the rule's time (bench/guard/README.md, forty-fourth round). */
interface Directives {
  readonly matches: LedPattern;
  readonly name: number;
  /** The value's groups, each with the characters of its close that end the match after it (a lookahead follows). */
  readonly values: readonly (readonly [group: number, close: number])[];
}

function directives(pattern: RegExp, closes: Readonly<Record<string, number>>): Directives {
  const { source, numbers } = numberedGroups(pattern.source);
  const values = Object.entries(closes).map(([group, close]) => [numbers.get(group)!, close] as const);
  return { matches: ledPattern(new RegExp(source, pattern.flags), KEYWORDS), name: numbers.get('name')!, values };
}

// (The directive's name, on the match's first line, holds its keyword: `nearKeywords`.)
const DIRECTIVES = [directives(DIRECTIVE, { dq: 1, sq: 1, bare: 0 }), directives(DIRECTIVE_IN_STRING, { dq: 2, bare: 0 })];
const NEAR = DIRECTIVES.every((d) => d.matches.near);

export const headerDirectiveRule: SecretRule = {
  id: 'header-directive',
  keywords: KEYWORDS,
  ...(NEAR ? { nearKeywords: true } : {}),
  find(text, found, near) {
    for (const directives of DIRECTIVES) readDirectives(directives, text, found, NEAR ? near : undefined);
  },
};

function readDirectives(directives: Directives, text: string, found: SpanList, near: Places | undefined): void {
  directives.matches.forEach(text, near, (m) => {
    const name = m[directives.name]!;
    const strength = keyStrength(name);
    if (strength === 'none') return;
    const [group, close] = directives.values.find(([g]) => m[g] !== undefined)!;
    const quoted = close > 0;
    const end = m.index + m[0].length - close;
    let start = end - m[group]!.length;
    let key = name;
    const scheme = quoted && AUTHORIZATION.test(name) ? SCHEME.exec(text.slice(start, end)) : null;
    if (scheme) {
      if (/^basic$/i.test(scheme[1]!)) return;
      start += scheme[0].length;
      key = 'token';
    }
    const value = text.slice(start, end);
    // Apache's `%{NAME}e` (an environment variable), `%{HTTP:…}`: a reference.
    if (value.startsWith('%{')) return;
    if (acceptValue({ start, end, value, quoted, configLine: true, afterComma: false, listed: false, field: false, afterColon: false }, keyStrength(key), key)) found.push(KIND, start, end);
  });
}
