// Subsonic's REST API carries its authentication in every request's query (the Subsonic API's "Authentication", kept by
// its re-implementations: OpenSubsonic, Navidrome, Airsonic, Ampache's "Subsonic API" page): `u` the user name, `p` "the
// password, either in clear text or hex-encoded with a "enc:" prefix", or since API 1.13.0 `t` "the authentication token
// computed as md5(password + salt)" with `s` the salt, and `v` (the protocol version) and `c` (the client's name) required
// beside them. One-letter names no key word reads: the request is known by its path, `/rest/<method>` (`.view` optional),
// and by `u`, `v` and `c` all present; then the values of `p` and `t` are the credential (with `t`, any salt it was
// computed with replays the request: `s` alone opens nothing and stays).
// Linear: the method's name and the query are bounded, and the search resumes past the query it read.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';

const REQUEST = /\/rest\/[A-Za-z][A-Za-z0-9]{1,40}(?:\.view)?\?/g;
/** The longest query read. */
const MAX_QUERY = 2000;
const KIND = spanKind('subsonic-auth');

export const subsonicAuthRule: SecretRule = {
  id: 'subsonic-auth',
  keywords: ['/rest/'],
  find(text, found) {
    REQUEST.lastIndex = 0;
    for (let m = REQUEST.exec(text); m; m = REQUEST.exec(text)) {
      const start = m.index + m[0].length;
      let end = start;
      while (end < text.length && end - start < MAX_QUERY && !endsQuery(text.charCodeAt(end))) end++;
      const credentials: [number, number][] = [];
      let named = 0;
      for (let at = start; at < end; ) {
        let amp = at;
        while (amp < end && text.charCodeAt(amp) !== AMPERSAND) amp++;
        // (In HTML an attribute's `&` is written `&amp;`.)
        const field = text.startsWith('amp;', at) ? at + 4 : at;
        if (text.charCodeAt(field + 1) === EQUALS) {
          const name = text.charCodeAt(field);
          if (name === U) named |= 1;
          else if (name === V) named |= 2;
          else if (name === C) named |= 4;
          else if ((name === P || name === T) && amp > field + 2 && !looksPlaceholder(text.slice(field + 2, amp))) credentials.push([field + 2, amp]);
        }
        at = amp + 1;
      }
      if (named === 7) for (const [s, e] of credentials) found.push(KIND, s, e);
      REQUEST.lastIndex = end;
    }
  },
};

const AMPERSAND = 38;
const EQUALS = 61;
const U = 117;
const V = 118;
const C = 99;
const P = 112;
const T = 116;

/** Where a URL's query ends in text: a blank, a quote, `#`, `<`, `>`, `)`, a backtick. */
function endsQuery(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 35 || c === 60 || c === 62 || c === 41 || c === 96;
}
