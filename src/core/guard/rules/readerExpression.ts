// One of the key readers' sticky expressions (a flag's, an XML value's, a header's, a .properties
// line's), compiled with its groups numbered (../numberedGroups.ts): `exec` with named groups builds a
// `groups` object per match, and on a MB of `bindpw abc⏎` the .properties reading matches every line.
// The value's groups keep their names here, as numbers (0 where the expression has no such group).
import { numberedGroups } from '../numberedGroups';

export interface ReaderExpression {
  readonly re: RegExp;
  /** The quote's group (`q`), the quoted value's, the bare value's and CDATA's. */
  readonly q: number;
  readonly quoted: number;
  readonly bare: number;
  readonly cdata: number;
  /** The characters after a quoted value (`</` of an element: 2), or -1: its quote's, as long as the `q` group. */
  readonly closing: number;
}

export function readerExpression(pattern: RegExp, closing = -1): ReaderExpression {
  const { source, numbers } = numberedGroups(pattern.source);
  const group = (name: string) => numbers.get(name) ?? 0;
  return { re: new RegExp(source, pattern.flags), q: group('q'), quoted: group('quoted'), bare: group('bare'), cdata: group('cdata'), closing };
}
