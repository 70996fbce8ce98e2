// Hashed passphrases in the formats crypt(5) documents (libxcrypt's "Hashed passphrase format" for
// each `$`-prefixed method), Apache's `$apr1$` (its password-formats page: md5crypt's shape), Cisco
// IOS's type 8 and 9 (PBKDF2-SHA256 and scrypt, as hashcat's example hashes give them: a
// 14-character salt, a 43-character hash) and the PHC string format's Argon2. Whoever holds a hash
// can guess its passphrase offline as fast as they like: it leaves the machine no more than the
// passphrase does. The DES-based methods (13 characters of `[./0-9A-Za-z]`, no prefix) are left
// out: nothing tells them from any other word. The leading `$` stays, so that the hash does not read
// as a shell reference (`$apr1`, `$y`) to the placeholder test.
// Also the userPassword schemes of RFC 2307 §5.3 (`{CRYPT}`, `{MD5}`, `{SHA}`) and OpenLDAP's salted ones (the Admin
// Guide's "Password Storage": `{SSHA}`, `{SMD5}`; slappasswd(8) -h; contrib pw-sha2's `{SSHA256}`/`{SSHA512}` and unsalted
// siblings): slapd.conf(5)'s `rootpw` "is also permissible to provide [as a] hash of the password in RFC2307 format", and
// what holds the hash can test guesses at it offline as the `$` methods' hash. The scheme stays, the digest's base64 (a
// `{CRYPT}`'s DES hash, which the scheme now tells from a word) is redacted.
import { patternRule, type SecretRule } from '../secretRule';

const C = '[./0-9A-Za-z]';
const SALT = '[^$:\\s]';

export const passwordHashRule: SecretRule = patternRule({
  id: 'password-hash',
  keywords: ['$1$', '$apr1$', '$2a$', '$2b$', '$2x$', '$2y$', '$5$', '$6$', '$7$', '$y$', '$gy$', '$sha1$', '$md5', '$8$', '$9$', '$argon2'],
  pattern: new RegExp(
    `(?<![$./0-9A-Za-z])\\$(?<secret>` +
      [
        `(?:1|apr1)\\$${SALT}{1,8}\\$${C}{22}`, // md5crypt, Apache's
        `2[abxy]\\$[0-9]{2}\\$${C}{53}`, // bcrypt
        `5\\$(?:rounds=[1-9][0-9]{1,8}\\$)?${SALT}{1,16}\\$${C}{43}`, // sha256crypt
        `6\\$(?:rounds=[1-9][0-9]{1,8}\\$)?${SALT}{1,16}\\$${C}{86}`, // sha512crypt
        `7\\$${C}{11,97}\\$${C}{43}`, // scrypt
        `g?y\\$${C}{1,40}\\$${C}{0,86}\\$${C}{43}`, // yescrypt, gost-yescrypt
        `sha1\\$[1-9][0-9]{1,9}\\$${C}{1,64}\\$${C}{40,96}`, // sha1crypt
        `md5(?:,rounds=[1-9][0-9]{1,9})?\\$${C}{8}\\$\\$?${C}{22}`, // SunMD5
        `[89]\\$${C}{14}\\$${C}{43}`, // Cisco type 8 and 9
        `argon2(?:id|i|d)\\$v=[0-9]{1,3}\\$m=[0-9]{1,10},t=[0-9]{1,10},p=[0-9]{1,3}\\$[A-Za-z0-9+/]{8,128}\\$[A-Za-z0-9+/]{16,128}`,
      ].join('|') +
      `)(?![./0-9A-Za-z$])`,
  ),
  entropy: 3,
});

// (Upper case as slappasswd writes them, lower case as RFC 2307's ABNF allows; the digest's base64 at least a salted
// MD5's length, a `{CRYPT}` DES hash its 13 characters. A rule of its own, under the schemes' keywords: the `$` methods'
// texts meet none of these expressions. The keywords stop before `}`: a character no other keyword holds would widen
// every row of the prefilter's table past 64 columns, keywordPrefilter.ts.)
const SCHEME_KEYWORDS = ['{ssha', '{sha', '{smd5', '{md5'];
const schemeDigests = patternRule({
  id: 'scheme-password-hash',
  keywords: SCHEME_KEYWORDS,
  pattern: /\{(?:[Ss]?[Ss][Hh][Aa](?:256|384|512)?|[Ss]?[Mm][Dd]5)\}(?<secret>[A-Za-z0-9+/]{22,120}={0,2})(?![A-Za-z0-9+/=])/,
  entropy: 3,
});
const desCrypt = patternRule({
  id: 'scheme-password-hash',
  keywords: ['{crypt'],
  pattern: /\{[Cc][Rr][Yy][Pp][Tt]\}(?<secret>[./0-9A-Za-z]{13})(?![./0-9A-Za-z$])/,
  entropy: 3,
});

export const schemePasswordHashRule: SecretRule = {
  id: 'scheme-password-hash',
  keywords: [...SCHEME_KEYWORDS, '{crypt'],
  find(text, found, near) {
    schemeDigests.find(text, found, near);
    desCrypt.find(text, found, near);
  },
};
