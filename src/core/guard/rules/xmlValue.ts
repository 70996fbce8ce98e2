// Whether a secret-named key names an XML element or an element's name attribute, and the
// expressions that read its value there: `<password>…</password>`, `<wsse:Password>…`,
// `<property name="password" value="…"/>`, `<entry key="password">…</entry>`.
import { isKeyChar } from './keyWordScan';
import type { LineContext } from './valueAfterKey';
import * as charCodes from './charCodes';
import { readerExpression, type ReaderExpression } from './readerExpression';
// Bound here once: run unbundled, every use of an imported binding calls the module's getter.
const { COLON: COLON_SIGN } = charCodes;

// <property name="password" value="…"/>, <add key="ApiKey" value="…" />: the value attribute after the name.
export const XML_VALUE = readerExpression(/["'][^<>\r\n]{0,200}?\b(?:value|content)[ \t]*=[ \t]*(?<q>["'])(?<quoted>[^"'<>\r\n]{1,400})\k<q>/y);
// <password>…</password>, `<Password Type="…">…</Password>` (attributes), `<password><![CDATA[…]]></password>`.
// The text runs to the next `<`: a `>` is a character of it.
const CDATA = '<!\\[CDATA\\[(?<cdata>(?:[^\\]\\r\\n]|\\](?!\\]>)){1,400})\\]\\]>';
const ELEMENT_OPEN = '(?:[ \\t][^<>\\r\\n]{0,200})?>';
const XML_ELEMENT = readerExpression(new RegExp(`${ELEMENT_OPEN}(?:${CDATA}|(?<quoted>[^<\\r\\n]{1,400}))<\\/`, 'y'), 2);
// The same without CDATA, where no `]]>` lies within the farthest XML_ELEMENT's CDATA can end
// (201 + 1 + 9 + 400 characters past the key): a CDATA that never ends is not read 400 characters
// ahead from every key before it.
const XML_ELEMENT_TEXT = readerExpression(new RegExp(`${ELEMENT_OPEN}(?<quoted>[^<\\r\\n]{1,400})<\\/`, 'y'), 2);
const CDATA_REACH = 1024;
// <entry key="password">…</entry> (Java's XML properties): the element's text after the name attribute.
// (.NET's settings file puts a `<value>` element between: `<Setting name="ApiSecret" …><value>…</value>`.)
export const XML_NAMED_TEXT = readerExpression(new RegExp(`["'][^<>\\r\\n]{0,200}?>(?:[ \\t]*<value>)?(?:${CDATA}|(?<quoted>[^<\\r\\n]{1,400}))<\\/`, 'y'), 2);

export function elementPattern(context: LineContext, keyEnd: number): ReaderExpression {
  const cdataEnd = context.cdataEnds.firstFrom(keyEnd);
  return cdataEnd !== -1 && cdataEnd - keyEnd <= CDATA_REACH ? XML_ELEMENT : XML_ELEMENT_TEXT;
}

/**
 * The element's text (ending at `valueEnd`, `]]>` after a CDATA) is closed by its own end tag: `</`, the start tag's name
 * (`text[nameStart, nameEnd)`, a namespace's prefix with it) and `>` or a blank — XML 1.0 §3, "Element Type Match": the
 * Name in an element's end-tag must match the element type in the start-tag (HTML's names in any case). A `<` that opens
 * no element — a placeholder in a link's query, `href="…?private_token=<your_access_token>">list</a>` — is followed by
 * another element's end (`</a>`): the text between (`">list`) is no value of that name.
 */
export function closesOwnElement(text: string, nameStart: number, nameEnd: number, valueEnd: number): boolean {
  let at = text.startsWith(']]>', valueEnd) ? valueEnd + 3 : valueEnd;
  if (!text.startsWith('</', at)) return false;
  at += 2;
  for (let i = nameStart; i < nameEnd; i++, at++) if ((text.charCodeAt(i) | 32) !== (text.charCodeAt(at) | 32)) return false;
  const c = text.charCodeAt(at);
  return c === 62 || c === 32 || c === 9;
}

// `<add key="` or `<property name="` right before the key. Nothing after its '<' may be another
// '<', so the last '<' of the line is the only place such a tag can start.
const XML_NAME_ATTRIBUTE = /<[A-Za-z:]+[^<>\n]{0,120}(?:name|key|id)[ \t]*=[ \t]*["']$/y;

/** `ns:` (a namespace's prefix, `<wsse:Password>`) and nothing else from `from` to the key. */
export function namespacePrefix(text: string, from: number, keyStart: number): boolean {
  if (keyStart - from < 2 || keyStart - from > 32 || text.charCodeAt(keyStart - 1) !== COLON_SIGN) return false;
  for (let i = from; i < keyStart - 1; i++) if (!isKeyChar(text.charCodeAt(i))) return false;
  return true;
}

/**
 * `<add name="password` up to the key (from `from`, the tag's `<` at `tag`). The expression ends in a quote
 * right before the key: without one there it cannot match, and the text before the key is not cut.
 */
export function xmlNameAttribute(text: string, from: number, tag: number, keyStart: number): boolean {
  const q = text.charCodeAt(keyStart - 1);
  if (q !== 34 && q !== 39) return false;
  XML_NAME_ATTRIBUTE.lastIndex = tag - from;
  return XML_NAME_ATTRIBUTE.test(text.slice(from, keyStart));
}
