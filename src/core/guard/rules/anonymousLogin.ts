// RFC 1635 ("How to Use Anonymous FTP"): an archive's public account is the user `anonymous`, which by convention takes
// the password `guest` or the user's electronic mail address. That pair is what every reader of the archive is told to
// send, not a credential. Clients send part of an address where the user gave none (Python's ftplib `anonymous@`, wget's
// `-wget@`): the local part and its `@`, the host left out. Any other password under `anonymous` is one.

/** An address (`joe@example.com`, `%40` as a URL writes `@`) or its local part and `@` alone. */
const MAIL_ADDRESS = /^[A-Za-z0-9._+-]+(?:@|%40)(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?$/;

/** `anonymous` with `guest` or an e-mail address: RFC 1635's public login. */
export function anonymousLogin(user: string, password: string): boolean {
  return user.toLowerCase() === 'anonymous' && (password.toLowerCase() === 'guest' || MAIL_ADDRESS.test(password));
}
