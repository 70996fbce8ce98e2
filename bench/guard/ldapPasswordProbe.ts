// Which passwords an LDAP configuration holds, as its man pages write them, the redactor takes: slapd.conf(5)'s `rootpw`
// and `syncrepl … credentials=`, slapd-ldap(5)'s `idassert-bind … credentials=` and `acl-bind`, slapd-config(5)'s
// `olcRootPW:`, `olcSyncrepl:`, `olcDbIDAssertBind:`; nslcd.conf(5)'s and pam_ldap's / libnss-ldap's `bindpw`,
// sssd-ldap(5)'s `ldap_default_authtok`; each filled with the grammar matrix's value alphabets. A `{SSHA}`/`{SHA}`/`{SMD5}`/
// `{CRYPT}` hash where rootpw or userPassword stands (slappasswd(8)'s output) is taken as the password-hash rule takes a
// crypt(5) hash. Since the forty-first round slappasswd's `{CLEARTEXT}` scheme, RFC 2849's base64 value of userPassword,
// olcRootPW and Active Directory's unicodePwd (`attr:: …`), and slapd.conf's own `credentials=secret` with its DNs kept.
// To leave: the directives with a reference or a stand-in in the password's place, and their other options.
//
//   npx tsx bench/guard/ldapPasswordProbe.ts [--show] [--form REGEX]
import { seededRandom } from '../../src/core/seededRandom';
import { alphabets, SHORT } from './matrixAlphabets';
import { probeArgs } from './probeArgs';
import { fillPlace, PlaceTally } from './probePlaces';

const { show, filter } = probeArgs();
const formFilter = filter('--form');

// §V§ the password. `public` lists the directive's other values, which must survive its redaction.
interface Form { id: string; template: string; quotes?: boolean; public?: readonly string[] }
const FORMS: readonly Form[] = [
  // slapd.conf(5): `rootpw <password>`; `syncrepl rid=<replica ID> provider=ldap[s]://<hostname>[:port] … [bindmethod=simple|sasl]
  // [binddn=<dn>] … [credentials=<passwd>]`, its example an option a line.
  { id: 'slapd.conf rootpw', template: 'rootpw          §V§' },
  { id: 'slapd.conf syncrepl one line', template: 'syncrepl rid=123 provider=ldap://provider.example.com:389 type=refreshOnly bindmethod=simple binddn="cn=syncuser,dc=example,dc=com" credentials=§V§ searchbase="dc=example,dc=com"', public: ['provider.example.com'] },
  { id: 'slapd.conf syncrepl continued', template: 'syncrepl rid=123\n         provider=ldap://provider.example.com:389\n         type=refreshOnly\n         interval=01:00:00:00\n         searchbase="dc=example,dc=com"\n         scope=sub\n         bindmethod=simple\n         binddn="cn=syncuser,dc=example,dc=com"\n         credentials=§V§\n', public: ['provider.example.com', 'cn=syncuser'] },
  { id: 'slapd.conf syncrepl continued, options together', template: 'syncrepl rid=001\n  provider=ldaps://ldap1.example.com\n  bindmethod=simple binddn="cn=replicator,dc=example,dc=com" credentials=§V§ searchbase="dc=example,dc=com"\n  type=refreshAndPersist retry="60 +"\n', public: ['ldap1.example.com', 'refreshAndPersist'] },
  { id: 'slapd.conf syncrepl quoted', template: 'syncrepl rid=002 provider=ldap://ldap2.example.com bindmethod=simple binddn="cn=replicator,dc=example,dc=com" credentials="§V§" searchbase="dc=example,dc=com"', quotes: true },
  // slapd-ldap(5): `idassert-bind bindmethod=none|simple|sasl [binddn=<simple DN>] [credentials=<simple password>] …`; `acl-bind` alike.
  { id: 'slapd-ldap idassert-bind', template: 'idassert-bind bindmethod=simple binddn="cn=proxy,dc=example,dc=com" credentials=§V§ mode=self flags=prescriptive', public: ['prescriptive'] },
  { id: 'slapd-ldap idassert-bind continued', template: 'idassert-bind\tbindmethod=simple\n\tbinddn="cn=proxy,dc=example,dc=com"\n\tcredentials="§V§"\n\tmode=none\n', quotes: true },
  { id: 'slapd-ldap acl-bind', template: 'acl-bind bindmethod=simple binddn="cn=acl,dc=example,dc=com" credentials=§V§' },
  // slapd-config(5): the same options as cn=config attributes; an LDIF value's folded line starts with one space.
  { id: 'cn=config olcRootPW', template: 'dn: olcDatabase={1}mdb,cn=config\nchangetype: modify\nreplace: olcRootPW\nolcRootPW: §V§\n' },
  { id: 'cn=config olcSyncrepl', template: 'olcSyncrepl: {0}rid=001 provider=ldap://ldap1.example.com bindmethod=simple binddn="cn=admin,dc=example,dc=com" credentials=§V§ searchbase="dc=example,dc=com" type=refreshAndPersist' },
  { id: 'cn=config olcSyncrepl folded', template: 'olcSyncrepl: rid=001 provider=ldap://ldap1.example.com binddn="cn=admin,dc=example,dc=com"\n  bindmethod=simple credentials=§V§ searchbase="dc=example,dc=com"\n' },
  { id: 'cn=config olcDbIDAssertBind', template: 'olcDbIDAssertBind: bindmethod=simple binddn="cn=proxy,dc=example,dc=com" credentials=§V§ mode=self' },
  { id: 'cn=config olcDbACLBind', template: 'olcDbACLBind: bindmethod=simple binddn="cn=acl,dc=example,dc=com" credentials=§V§' },
  // nslcd.conf(5): `bindpw PASSWORD`; pam_ldap(5) / libnss-ldap's ldap.conf: `bindpw <password>`; sssd-ldap(5): `ldap_default_authtok`.
  { id: 'nslcd.conf bindpw', template: 'uri ldap://ldap.example.com/\nbase dc=example,dc=com\nbinddn cn=nslcd,dc=example,dc=com\nbindpw §V§\n', public: ['cn=nslcd'] },
  { id: 'pam_ldap ldap.conf bindpw', template: 'host ldap.example.com\nbase dc=example,dc=com\nbinddn cn=proxyuser,dc=example,dc=com\nbindpw\t§V§\n' },
  { id: 'sssd.conf ldap_default_authtok', template: '[domain/example.com]\nid_provider = ldap\nldap_default_bind_dn = cn=sssd,dc=example,dc=com\nldap_default_authtok_type = password\nldap_default_authtok = §V§\n', public: ['cn=sssd'] },
];
// slappasswd(8)'s output (a scheme and the digest's base64, or `{CRYPT}` and crypt(3)'s), where rootpw or userPassword stands.
const HASH_FORMS: readonly Form[] = [
  { id: 'slapd.conf rootpw hash', template: 'rootpw §V§' },
  { id: 'cn=config olcRootPW hash', template: 'olcRootPW: §V§' },
  { id: 'LDIF userPassword hash', template: 'dn: uid=jdoe,ou=people,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: jdoe\nuserPassword: §V§\n' },
];
// (A template's references, an entrypoint's envsubst and Ansible's, and stand-ins. Not `secret`: the man pages' own example
// value, which the redactor takes in a password's place, as `rootpw secret` was taken before this probe.)
const REFERENCES = ['${LDAP_BIND_PW}', '{{ ldap_bind_password }}', '<password>', '********', 'changeme', 'xxxxxxxx'];

const random = seededRandom(40);
const values = [...alphabets, SHORT].map((a) => [a.id, a.make(random)] as const);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const draw = (chars: string, n: number): string => Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join('');
// {SSHA}: SHA-1's 20 bytes and a 4-byte salt, 32 characters; {SHA}: 20 bytes, 28 with one `=`; {SMD5}: 16 + 4, 28;
// {MD5}: 24 with `==`; {CRYPT}: a DES hash (13) or an sha512crypt one.
const hashes: readonly (readonly [string, string, string])[] = [1, 2, 3].flatMap(() => {
  const ssha = draw(B64, 32);
  const sha = `${draw(B64, 27)}=`;
  const smd5 = draw(B64, 28);
  const md5 = `${draw(B64, 22)}==`;
  const des = draw(CRYPT, 13);
  const sha512 = `$6$${draw(CRYPT, 16)}$${draw(CRYPT, 86)}`;
  return [['{SSHA}', ssha, ssha], ['{SHA}', sha, sha.slice(0, 27)], ['{SMD5}', smd5, smd5], ['{MD5}', md5, md5.slice(0, 22)], ['{CRYPT}', des, des], ['{CRYPT}', sha512, sha512.slice(3)]] as const;
});

const tally = new PlaceTally(show);
for (const form of FORMS) {
  if (formFilter && !formFilter.test(form.id)) continue;
  for (const [alphabet, value] of values) {
    if (value.includes('"') || (!form.quotes && /\s/.test(value))) continue;
    const text = fillPlace(form.template, '', value);
    tally.takeKeeping(`${form.id} | ${alphabet}`, text, value, form.public ?? []);
  }
  for (const reference of REFERENCES) tally.leave(`${form.id} | ${reference}`, fillPlace(form.template, '', reference));
  // (The directive without its password: a SASL bind's, or a `credentials` written nowhere.)
  tally.leave(`${form.id} | without the password`, form.template.replace(/[ \t]*(?:credentials=)?"?§V§"?/, ''));
}
for (const form of HASH_FORMS) {
  if (formFilter && !formFilter.test(form.id)) continue;
  for (const [scheme, digest, judged] of hashes) tally.take(`${form.id} | ${scheme}`, fillPlace(form.template, '', scheme + digest), judged);
  for (const scheme of ['{SSHA}', '{CRYPT}', '{CLEARTEXT}']) tally.leave(`${form.id} | ${scheme} alone`, fillPlace(form.template, '', scheme));
}
// slappasswd(8)'s cleartext scheme (`-g`: "{CLEARTEXT} is used as scheme"): the password itself after the scheme's name.
const CLEARTEXT_FORMS: readonly Form[] = [
  { id: 'LDIF userPassword {CLEARTEXT}', template: 'dn: uid=jdoe,ou=people,dc=example,dc=com\nuid: jdoe\nuserPassword: {CLEARTEXT}§V§\n' },
  { id: 'cn=config olcRootPW {CLEARTEXT}', template: 'olcRootPW: {CLEARTEXT}§V§' },
  { id: 'slapd.conf rootpw {CLEARTEXT}', template: 'rootpw {CLEARTEXT}§V§' },
];
for (const form of CLEARTEXT_FORMS) {
  if (formFilter && !formFilter.test(form.id)) continue;
  for (const [alphabet, value] of values) {
    if (/["'\s]/.test(value)) continue;
    tally.take(`${form.id} | ${alphabet}`, fillPlace(form.template, '', value), value);
  }
  for (const reference of REFERENCES) tally.leave(`${form.id} | ${reference}`, fillPlace(form.template, '', reference));
}
// RFC 2849's `attr:: <base64>`: the value (a password, a slappasswd hash; Active Directory's unicodePwd the quoted password
// in UTF-16LE, MS-ADTS 3.1.1.3.1.5.1) in base64, the base64 text the secret; and folded (a line break and one space).
const ENCODED_FORMS: readonly (Form & { utf16?: boolean })[] = [
  { id: 'LDIF userPassword::', template: 'dn: uid=jdoe,ou=people,dc=example,dc=com\nchangetype: modify\nreplace: userPassword\nuserPassword:: §V§\n-\n' },
  { id: 'cn=config olcRootPW::', template: 'dn: olcDatabase={1}mdb,cn=config\nchangetype: modify\nreplace: olcRootPW\nolcRootPW:: §V§\n' },
  { id: 'AD unicodePwd:: (ldifde)', template: 'dn: CN=jdoe,CN=Users,DC=example,DC=com\nchangetype: modify\nreplace: unicodePwd\nunicodePwd:: §V§\n-\n', utf16: true },
];
const base64Of = (value: string, utf16 = false): string => Buffer.from(utf16 ? `"${value}"` : value, utf16 ? 'utf16le' : 'utf8').toString('base64');
// (LDIF folds a line past 76 characters: the rest on the next line after one space.)
const folded = (base64: string): string => base64.length > 40 ? `${base64.slice(0, 40)}\n ${base64.slice(40)}` : base64;
for (const form of ENCODED_FORMS) {
  if (formFilter && !formFilter.test(form.id)) continue;
  const written = [...values.map(([alphabet, value]) => [alphabet, value] as const), ...(form.utf16 ? [] : hashes.slice(0, 6).map(([scheme, digest]) => [scheme, scheme + digest] as const))];
  for (const [what, value] of written) {
    const base64 = base64Of(value, form.utf16);
    tally.take(`${form.id} | ${what}`, fillPlace(form.template, '', base64), base64);
    tally.take(`${form.id} folded | ${what}`, fillPlace(form.template, '', folded(base64)), base64.slice(0, 40));
  }
  for (const reference of REFERENCES) tally.leave(`${form.id} | ${reference}`, fillPlace(form.template, '', base64Of(reference, form.utf16)));
  // (Another attribute's base64 value, a DN or a description, is no password.)
  for (const [alphabet, value] of values.slice(0, 3)) tally.leave(`${form.id} | description:: ${alphabet}`, fillPlace(form.template.replace(/^(\w+)::/m, 'description::'), '', base64Of(value)));
}
// slapd.conf(5)'s own syncrepl example value `credentials=secret`: the DNs around it kept. (Only kept: whether `secret`
// itself is gone cannot be read off a text whose other redactions' markers may say `secret`.)
for (const form of FORMS.filter((f) => f.id.startsWith('slapd.conf syncrepl') || f.id.startsWith('cn=config olcSyncrepl'))) {
  if (formFilter && !formFilter.test(form.id)) continue;
  tally.keep(`${form.id} | secret`, fillPlace(form.template, '', 'secret'), ['dc=example,dc=com']);
}
tally.print('LDAP passwords');
console.log(tally.publicsLine('other options'));
