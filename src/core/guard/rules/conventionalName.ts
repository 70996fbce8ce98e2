// A value whose shape a language's own grammar or naming convention gives to names and references, never to a chosen or
// issued secret (bench/guard/README.md, thirty-first round, guardfp1):
// - quoted, a name marked internal by a leading underscore: PEP 8's "weak internal use" indicator, the underscore
//   frameworks put before the names they reserve in a session or a store (Rails' `_session_id`, Symfony's
//   `_sf2_attributes`, `_security_`), lower-case words joined by `_`, under a key naming no secret a person chooses (a
//   `session_key`'s, a `STORAGE_KEY`'s: under `password` a person may choose `_hunter2`); and PHP's magic methods, `__` and a name
//   (`'__toString'`, the PHP manual's "Magic Methods": names beginning with `__` are reserved);
// - bare, a Perl reference: perlref's backslash operator before a sigil and a name (`\%v12`, `\&Test2::Util::META_KEY`)
//   makes a reference to a variable or a subroutine, a value no one writes out.
import { namesChosenSecret } from './keyStrength';

const INTERNAL_NAME = /^_{1,2}[a-z][a-z0-9]*(?:_[a-z0-9]+)*_{0,2}$/;
const MAGIC_METHOD = /^__[a-z][A-Za-z]{2,30}$/;
const PERL_REFERENCE = /^\\[$@%&*]\{?[A-Za-z_][\w]*(?:::[A-Za-z_]\w*)*\}?$/;

/** `v` (a value read after `key`, `quoted` or bare) is a conventional name or a Perl reference. */
export function conventionalName(v: string, quoted: boolean, key: string): boolean {
  const first = v.charCodeAt(0);
  if (first === 95) return quoted && v.length <= 64 && (MAGIC_METHOD.test(v) || (INTERNAL_NAME.test(v) && !namesChosenSecret(key)));
  return first === 92 && !quoted && v.length <= 128 && PERL_REFERENCE.test(v);
}
