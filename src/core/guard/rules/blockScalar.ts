// A YAML block scalar (`secret_key: |` or `>-`, the value on the lines below, indented): the
// value's first line is what the key is given. (A PEM block there is the private-key rule's.)
// The node's properties may stand before the indicator, an anchor and a tag in either order
// (YAML 1.2, 8.1: `password: &pw |`, `key: !!binary >-`). Empty lines may come before the content (YAML 1.2, 8.1.1.2: a
// literal scalar's leading empty lines; `password: |⏎⏎  s3cr3t` holds `\ns3cr3t`): up to two are looked past.
import { isBlank } from '../charCodes';

// An anchor or the tags taggedScalar reads (`!!str`, `!!binary`), each followed by a blank.
const PROPERTY = '(?:&[^\\s,[\\]{}]{1,64}|!!(?:str|binary))[ \\t]{1,8}';
// `: |`, `: >-`, `: |2` and maybe a comment, the line's end, then the next line's indent and content.
const BLOCK = new RegExp(`[ \\t]*:[ \\t]*(?:${PROPERTY}){0,2}[|>][+-]?[1-9]?[+-]?[ \\t]*(?:#[^\\r\\n]{0,200})?\\r?\\n(?:[ \\t]{0,40}\\r?\\n){0,2}([ \\t]+)([^\\s][^\\r\\n]{0,400})`, 'y');

/** The first line of the block a key ending at `keyEnd` opens, if that line is indented deeper than the key's line (which starts at `lineStart`). */
export function blockScalarLine(text: string, keyEnd: number, lineStart: number): { start: number; end: number } | undefined {
  // Asked at every `key:`: look for the `|`, `>` or a property's `&` or `!` by hand before the expression runs.
  let i = keyEnd;
  while (isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 58) return undefined;
  i++;
  while (isBlank(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c !== 124 && c !== 62 && c !== 38 && c !== 33) return undefined;
  BLOCK.lastIndex = keyEnd;
  const m = BLOCK.exec(text);
  if (!m) return undefined;
  let keyIndent = 0;
  while (isBlank(text.charCodeAt(lineStart + keyIndent))) keyIndent++;
  if (m[1]!.length <= keyIndent) return undefined;
  const lineEnd = keyEnd + m[0].length;
  let valueEnd = lineEnd;
  while (isBlank(text.charCodeAt(valueEnd - 1))) valueEnd--;
  return { start: lineEnd - m[2]!.length, end: valueEnd };
}
