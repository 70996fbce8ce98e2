// A credential pair written as one token: a URL's userinfo `user:password` (RFC 3986 §3.2.1), curl's
// `-u user:password`, Bundler's `BUNDLE_HOST=user:password`, Oracle's `user/password@`, Samba's
// `-U user%password`. The tools send the two together as one credential (HTTP Basic is
// base64 of `user:password`, RFC 7617), and a token often stands as the user (`-u sk_live_…:`,
// Bundler's documented `BUNDLE_GITHUB__COM=<token>:x-oauth-basic`): such a pair is redacted whole.
// The password alone is what is sought again elsewhere in the text; the user alone is no secret.
import { spanKind } from './spanList';

/** Each pair kind's separator's code, by kind (undefined: the kind is no pair's). */
const separators: (number | undefined)[] = [];

/** The kind of a rule's spans that hold `user`, `separator` and the password. */
export function pairSpanKind(name: string, separator: string): number {
  const kind = spanKind(name);
  separators[kind] = separator.charCodeAt(0);
  return kind;
}

/** Where the password starts in a span of `kind` over text[start, end): after its first separator, or `start`. */
export function passwordStart(text: string, kind: number, start: number, end: number): number {
  const separator = separators[kind];
  if (separator === undefined) return start;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === separator) return i + 1;
  return start;
}

/** Longest user a pair's span takes (curl's and the URL rule's bound). */
const MAX_USER = 100;

/**
 * Where the user ends before the separator at `separatorAt` starts: back over the characters a user
 * holds in every one of these grammars (not a blank, a quote, a bracket, nor `/ = : @ , ; < >`, which
 * open the token or end another field); `separatorAt + 1` (the password alone) when there is none.
 */
export function pairUserStart(text: string, separatorAt: number): number {
  let i = separatorAt;
  while (i > 0 && separatorAt - i < MAX_USER && isUserChar(text.charCodeAt(i - 1))) i--;
  return i === separatorAt ? separatorAt + 1 : i;
}

function isUserChar(c: number): boolean {
  return c > 32 && c !== 34 && c !== 39 && c !== 96 && c !== 47 && c !== 61 && c !== 58 && c !== 64 && c !== 44 && c !== 59 && c !== 60 && c !== 62 && c !== 40 && c !== 41 && c !== 91 && c !== 93 && c !== 123 && c !== 125 && c !== 0x7f && !(c >= 0x2000 && c <= 0x200a) && c !== 0xa0 && c !== 0x3000;
}
