// RFC 1635 ("How to Use Anonymous FTP"): an archive's public account is the user `anonymous`, which by convention takes
// the password `guest` or the user's electronic mail address. That pair is what every reader of the archive is told to
// send, not a credential. Clients send part of an address where the user gave none (Python's ftplib and Ruby's net-ftp
// `anonymous@`, Perl's Net::FTP `-anonymous@`, wget's `-wget@`): the local part and its `@`, the host left out. Any other
// password under `anonymous` is one.
import { ADDRESS_VARIABLE } from '../referenceForms';

/** An address (`joe@example.com`, `%40` as a URL writes `@`) or its local part and `@` alone. */
const MAIL_ADDRESS = /^[A-Za-z0-9._+-]+(?:@|%40)(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?$/;

/** `anonymous` with `guest` or an e-mail address: RFC 1635's public login. */
export function anonymousLogin(user: string, password: string): boolean {
  return user.toLowerCase() === 'anonymous' && (password.toLowerCase() === 'guest' || MAIL_ADDRESS.test(password));
}

/** The anonymous account's own address (`anonymous@`, `-anonymous@`, `anonymous@example.com`), the password clients send. */
const ANONYMOUS_ADDRESS = /^-?anonymous(?:@|%40)(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?$/i;

/**
 * A value given to a password's key that is anonymous FTP's by itself: the anonymous account's address, or the whole
 * login written `anonymous:PASSWORD` (a userinfo, `-auth=`, `--user`) with the public password or a reference to one.
 */
export function anonymousPassword(value: string): boolean {
  // (Most values start with neither `a` nor `-`: one look turns them away.)
  const c = value.charCodeAt(0);
  if ((c | 32) !== 97 && c !== 45) return false;
  if (ANONYMOUS_ADDRESS.test(value)) return true;
  const colon = value.indexOf(':');
  if (colon === -1) return false;
  const password = value.slice(colon + 1);
  return anonymousLogin(value.slice(0, colon), password) || (value.slice(0, colon).toLowerCase() === 'anonymous' && ADDRESS_VARIABLE.test(password));
}
