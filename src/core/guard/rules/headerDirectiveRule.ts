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
import { acceptValue } from './secretValue';
import type { Places } from '../keywordPrefilter';

const DIRECTIVE = /^[ \t]*(?:(?:proxy|grpc)_set_header|add_header|(?:fastcgi|uwsgi|scgi)_param|RequestHeader[ \t]+(?:set|add|append|merge|setifempty)|Header[ \t]+(?:always[ \t]+)?(?:set|add|append|merge|setifempty)|SetEnv|http-(?:request|response)[ \t]+(?:set|add)-header|header_up|header_down|request_header)[ \t]+[+]?(?<name>[A-Za-z][A-Za-z0-9_.-]{0,63})[ \t]+(?:"(?<dq>[^"\r\n]{1,400})"|'(?<sq>[^'\r\n]{1,400})'|(?<bare>[^\s;"'{}]{1,400}))(?=[ \t]*(?:;|\r?\n|$|always\b))/dgim;
// The same line written in a string (an ingress-nginx `configuration-snippet` given inline, `echo "…" >>
// nginx.conf`): the string's quote starts the line, its close or an escaped line break ends it; a value
// quoted inside a double-quoted string is written `\"…\"`.
const DIRECTIVE_IN_STRING = /(?<open>["'])[ \t]*(?:(?:proxy|grpc)_set_header|add_header|(?:fastcgi|uwsgi|scgi)_param|RequestHeader[ \t]+(?:set|add|append|merge|setifempty)|Header[ \t]+(?:always[ \t]+)?(?:set|add|append|merge|setifempty)|SetEnv|http-(?:request|response)[ \t]+(?:set|add)-header|header_up|header_down|request_header)[ \t]+[+]?(?<name>[A-Za-z][A-Za-z0-9_.-]{0,63})[ \t]+(?:\\"(?<dq>[^"\\\r\n]{1,400})\\"|(?<bare>[^\s;"'{}\\]{1,400}))(?=[ \t]*(?:;|\k<open>|\\[nr]|always\b))/dgi;

const KIND = spanKind('header-directive');
const AUTHORIZATION = /^(?:proxy-)?authorization$/i;
// A scheme's name and its blanks, before a credential with none.
const SCHEME = /^([A-Za-z][A-Za-z0-9_-]{1,30})[ \t]+(?=[^ \t]+$)/;

// (Every directive's name holds one of these: `header` covers proxy_set_header, RequestHeader, header_up…)
const KEYWORDS = ['header', '_param', 'setenv'];
// (The directive's name, on the match's first line, holds its keyword: `nearKeywords`.)
const DIRECTIVES = [ledPattern(DIRECTIVE, KEYWORDS), ledPattern(DIRECTIVE_IN_STRING, KEYWORDS)];
const NEAR = DIRECTIVES.every((directives) => directives.near);

export const headerDirectiveRule: SecretRule = {
  id: 'header-directive',
  keywords: KEYWORDS,
  ...(NEAR ? { nearKeywords: true } : {}),
  find(text, found, near) {
    for (const directives of DIRECTIVES) readDirectives(directives, text, found, NEAR ? near : undefined);
  },
};

function readDirectives(directives: LedPattern, text: string, found: SpanList, near: Places | undefined): void {
  directives.forEach(text, near, (m) => {
    const g = m.groups!;
    const name = g.name!;
    const strength = keyStrength(name);
    if (strength === 'none') return;
    const quoted = g.bare === undefined;
    let [start, end] = (m.indices!.groups!.dq ?? m.indices!.groups!.sq ?? m.indices!.groups!.bare)!;
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
