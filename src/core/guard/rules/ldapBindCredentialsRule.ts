// The password an OpenLDAP server binds with to another server, written as `credentials=` inside a directive of
// `key=value` options: slapd.conf(5)'s `syncrepl` (a consumer's bind to its provider: `bindmethod=simple
// binddn=… credentials=<passwd>`), slapd-ldap(5)'s and slapd-meta(5)'s `idassert-bind` and `acl-bind` (the proxy's
// identity, `credentials=<pw>`), and their cn=config attributes (slapd-config(5): `olcSyncrepl`, `olcDbIDAssertBind`,
// `olcDbACLBind`). The directive goes on over continuation lines (slapd.conf(5): "a line beginning with white space is
// a continuation of the previous line"; an LDIF value's folded line starts with one space), as the man pages' examples
// write it, an option a line. Only the `credentials=` of such a directive: the other options (`binddn`, `searchbase`,
// `provider`) are names and addresses. Linear: anchored at a line's start and the directive's word, a bounded stretch.
import { patternRule, type SecretRule } from '../secretRule';
import { acceptsPasswordLiteral } from './secretValue';

const DIRECTIVE = /^[ \t]*(?:syncrepl|olcSyncrepl:|idassert-bind|acl-bind|olcDbIDAssertBind:|olcDbACLBind:)(?:[^\r\n]|\r?\n[ \t]){0,1000}?(?<=[\s"])credentials=(?<q>"?)(?<secret>[^\s"]{1,400})(?=\k<q>(?:\s|$))/im;

export const ldapBindCredentialsRule: SecretRule = patternRule({
  id: 'ldap-bind-credentials',
  keywords: ['syncrepl', 'idassert-bind', 'acl-bind', 'olcdbidassertbind', 'olcdbaclbind'],
  pattern: DIRECTIVE,
  secretEndsMatch: true,
  nearKeywords: true,
  passwordSlot: acceptsPasswordLiteral,
});
