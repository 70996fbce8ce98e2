// A header set on Apple's URL loading system, the value written before the header's name: Swift's
// `request.setValue("…", forHTTPHeaderField: "X-Api-Key")` and `addValue(_:forHTTPHeaderField:)` (URLRequest,
// NSMutableURLRequest), Objective-C's `[request setValue:@"…" forHTTPHeaderField:@"X-Api-Key"]`. Every other
// client names the header first (`.header("X-Api-Key", "…")`), where the key readings see the name before the value;
// here the name comes after, so the value is judged once the name is read: as a literal given to that key (the
// placeholder policy), and under `Authorization`/`Proxy-Authorization` (RFC 9110 §11.6.2, §11.7.2) the credential
// after its scheme (authorizationCredential.ts). Linear: bounded runs, one expression.
import { ledPattern, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { credentialStart, isAuthorizationHeader } from './authorizationCredential';
import { keyStrength } from './keyStrength';
import { acceptValue } from './secretValue';

const SETTER = /\b(?:set|add)Value(?:\([ \t]*|:[ \t]*@)"(?<secret>[^"\\\r\n]{1,400})"[ \t]*,?[ \t]*forHTTPHeaderField:[ \t]*@?"(?<name>[A-Za-z][A-Za-z0-9_-]{0,63})"/dg;
const SETTERS = ledPattern(SETTER, ['forhttpheaderfield']);
const KIND = spanKind('header-field-setter');

export const headerFieldSetterRule: SecretRule = {
  id: 'header-field-setter',
  keywords: ['forhttpheaderfield'],
  find(text, found) {
    SETTERS.forEach(text, undefined, (m) => {
      const name = m.groups!.name!;
      let strength = keyStrength(name);
      if (strength === 'none') return;
      const [valueStart, end] = m.indices!.groups!.secret!;
      let start = valueStart;
      let key = name;
      if (isAuthorizationHeader(name)) {
        const from = credentialStart(m.groups!.secret!);
        if (from < 0) return;
        start += from;
        key = 'token';
        strength = 'strong';
      }
      const value = text.slice(start, end);
      if (acceptValue({ start, end, value, quoted: true, configLine: false, afterComma: false, listed: false, field: false, afterColon: false }, strength, key)) found.push(KIND, start, end);
    });
  },
};
