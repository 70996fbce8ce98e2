// PostgreSQL's password file (~/.pgpass, PGPASSFILE): a line `hostname:port:database:username:password`,
// each of the first four a literal or `*`, a `:` or `\` inside a field escaped with `\`
// (https://www.postgresql.org/docs/current/libpq-pgpass.html); whole, or quoted as `echo` writes it.
// The host names a host (a letter, an IPv4 address or `*`) and the port is a number or `*`: times
// (`12:30:45`) and IPv6 addresses (8 groups, or an empty one) are not five such fields.
// Most text holds a `:`, so the rule looks only at each `:port:` and reads back over the host: a
// host starts its line or a quoted string, so at most one `:port:` of each reads on, and each
// character is read a bounded number of times.
import { isDigit, isLower, isUpper } from '../charCodes';
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { inPasswordPlace } from '../policyVariant';
import { spanKind } from '../spanList';

const PORT = /:(?:\d{1,5}|\*):/g;
const HOST = /^(?:\*|(?=[^]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9.-]*|\d{1,3}(?:\.\d{1,3}){3})$/;
// From the port's second `:`: database and user, then the password to the line's or the quote's end.
const FIELDS = /(?::(?:[^:\\\s"']|\\.){1,63}){2}:((?:[^:\\\s"']|\\.){3,200})(?=["']|$)/my;
const MAX_HOST = 253;
const KIND = spanKind('pgpass-password');

export const pgpassRule: SecretRule = {
  id: 'pgpass-password',
  keywords: [':'],
  find(text, found) {
    PORT.lastIndex = 0;
    for (let m = PORT.exec(text); m; m = PORT.exec(text)) {
      const colon = m.index;
      let start = colon;
      while (start > 0 && colon - start < MAX_HOST && isHostChar(text.charCodeAt(start - 1))) start--;
      if (start === colon || !startsLineOrString(text, start) || !HOST.test(text.slice(start, colon))) continue;
      FIELDS.lastIndex = colon + m[0].length - 1;
      const fields = FIELDS.exec(text);
      if (!fields) continue;
      const secret = fields[1]!;
      if (inPasswordPlace(() => looksPlaceholder(secret))) continue;
      const end = FIELDS.lastIndex;
      found.push(KIND, end - secret.length, end);
      PORT.lastIndex = end;
    }
  },
};

function isHostChar(c: number): boolean {
  return isLower(c) || isUpper(c) || isDigit(c) || c === 46 || c === 45 || c === 42;
}

function startsLineOrString(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return c === 10 || c === 13 || c === 34 || c === 39;
}
