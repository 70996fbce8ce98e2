// A value in a declaration's generic field: the `Default`, `defaultValue`, `default`, `example`, `examples` or `const` of a
// parameter, variable, input or schema property whose own name says what it holds. The nearest key before the value is the
// generic word; the declaration's name is the key the literal is judged under (as the assignment rule judges a key's literal:
// literalForKey.ts). The formats, each by its own document:
// - AWS CloudFormation "Parameters section syntax" (`DBPassword:` → `Type`, `NoEcho`, `Default`; YAML and JSON), which AWS
//   SAM templates share ("AWS SAM template anatomy");
// - Azure Resource Manager "Parameters in ARM templates" (`"adminPassword": {"type": "securestring", "defaultValue": …}`);
// - Terraform/OpenTofu "Input variables" (`variable "db_password" { default = … sensitive = true }`);
// - Pulumi "Pulumi project file reference" (`config:` → `dbPassword:` → `type`, `default`, `secret: true`);
// - GitHub Actions "Metadata syntax" (`inputs.<input_id>.default`) and "Workflow syntax" (`on.workflow_dispatch.inputs.<id>.default`);
// - JSON Schema Validation 2020-12 (§9.2 `default`, §9.5 `examples`, §6.1.3 `const`) and the OpenAPI 3 Schema Object
//   (`example`, `default`) under a property's name.
// A declaration that carries its format's own secret marker holds a secret whatever its name: CloudFormation's `NoEcho: true`
// ("mask the parameter value"), ARM's `securestring`/`secureObject` ("use secure string for passwords and secrets"), Terraform's
// `sensitive = true`, Pulumi's `secret: true`, OpenAPI's `format: password` ("a hint to UIs to obscure input"), and Bicep's
// `@secure()` ("Parameters in Bicep": its value is not logged) on a `param`. (OpenAPI's `writeOnly` says only that a response
// leaves the property out: not a secret's marker.)
// A `value` member is read the same way, by its parent object's name, where a format holds a named setting as an object with
// its value inside: ARM parameter files ("Create Resource Manager parameter file": `"adminPassword": {"value": …}`), Terraform's
// `terraform output -json` and state outputs (`"db_password": {"sensitive": true, "type": "string", "value": …}`), Azure DevOps
// variable groups and pipeline variables (REST API: `"dbPassword": {"value": …, "isSecret": true}`). A bare `value` is
// everywhere, so only as the direct member of an object opened by a key (`"name": {`, a `name:` header; never a list's
// `{"name": …, "value": …}` record, which the sibling-name rule reads), and Azure DevOps' `isSecret: true` is a marker too.
// The declaration is the field's own block: in a block layout (YAML, pretty JSON, HCL) the nearest line above with less
// indentation, a `name:`, `"name": {` or `variable "name" {` header; in a one-line layout the nearest unclosed `{` before the
// field and the key before it. Linear: a walk goes back at most WALK characters and never past the previous field (a sibling
// there, at the same indentation, has the same declaration, reused); a neutral block's markers are read once.
import { forEachMatch, type SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { isBlank } from '../charCodes';
import { acceptsLiteralForKey } from './literalForKey';
import { keyStrength } from './keyStrength';

const KIND = spanKind('declared-default');
// Each word only as a key, with what follows a key (its closing quote, its colon, HCL's `=`, the rest of a longer field name):
// `default` and `example` bare are words of prose and code (`example.com`, `export default`), and `const` a keyword of
// JavaScript's and C's; read bare they ran the rule on every text with a host name in it. (A run of blanks is a keyword's one blank.)
const KEYWORDS = ['default:', 'default :', 'default"', "default'", 'default=', 'default =', 'defaultvalue', 'default_value', 'example:', 'example :', 'example"', "example'", 'examples', '"const"', "'const'", 'const:', '"value"', 'value:', '@secure'];
// The generic field and its operator (`:` YAML and JSON, `=` HCL); the value is read by hand after it. Led by the word (a
// look-behind at the start kept V8 from skipping to the words' first letters); the look-behinds after it keep only a key's
// places (isFieldKey's, checked exactly by hand after): first on a line, after `{`, `,` or a list's `-`, and `=` only first on
// a line or after `{` — a MB of `, default=` arguments makes no match to turn down one by one. The word run read back is
// bounded by the longest field word (`default_value`, 13): a key is the field word alone (isFieldKey), and an unbounded `\w+`
// read a line of glued words back to its start at every word, quadratic (`defaultvalue` repeated: ~150 s a MB).
const FIELD = /(?:[Dd]efault(?:_?[Vv]alue)?|examples?|const|value)(?:(?<=(?:^|[\n\r{,-])[ \t]*["']?\w{1,13})["']?[ \t]*:|(?<=(?:^|[\n\r{])[ \t]*\w{1,13})[ \t]*=)/g;
const FIELD_STICKY = new RegExp(FIELD.source, 'y');
const QUOTED = /(["'])([^"'\r\n\\]{1,400})\1/y;
const PLAIN = /[^\s#,{}[\]&*!|>'"%@`][^\r\n]{0,399}/y;
// A YAML scalar that is not a string (YAML 1.2 core schema's booleans, null and numbers; 1.1's yes/no).
const NOT_STRING = /^(?:true|false|yes|no|on|off|null|~|[-+]?\.?\d[\d._]*(?:[eE][-+]?\d+)?)$/i;
// A declaration's header line: `name:` (YAML), `"name": {` (JSON), `variable "name" {` (HCL).
const HEADER = /[ \t]*(?:-[ \t]+)?(?:(["']?)([\w.:-]{1,64})\1[ \t]*:[ \t]*\{?|variable[ \t]+"([\w-]{1,64})"[ \t]*\{)[ \t]*(?:#[^\r\n]*)?(?=\r?\n|$)/y;
const MARKER = /(?:^|[\s{,])["']?(?:NoEcho|noEcho|sensitive|secret|isSecret)["']?[ \t]*[:=][ \t]*["']?true\b|["']?type["']?[ \t]*:[ \t]*["']?secure(?:string|object)\b|["']?format["']?[ \t]*:[ \t]*["']?password\b/i;
// Bicep: `@secure()`, maybe further decorators, then `param name type = 'literal'`.
const SECURE_PARAM = /@secure\(\)[ \t]*(?:\r?\n(?:[ \t]*@[^\r\n]{1,200}\r?\n){0,5})?[ \t]*param[ \t]+([A-Za-z_]\w{0,63})[ \t]+string[ \t]*=[ \t]*'([^'\r\n\\]{1,400})'/g;
const WALK = 1500;
const LINES = 40;

/** The declaration a field belongs to: its name, and whether its format's own marker says it holds a secret. */
interface Declaration {
  readonly name: string;
  readonly marked: boolean;
  /** Whether the declaration is an object opened by a key (`"name": {`, `name:`), not HCL's `variable "name" {`. */
  readonly keyed: boolean;
}

export const declaredDefaultRule: SecretRule = {
  id: 'declared-default',
  keywords: KEYWORDS,
  nearKeywords: true,
  find(text, found, near) {
    let previous: Previous | undefined;
    forEachMatch(text, FIELD, FIELD_STICKY, near, (m) => {
      const field = m[0];
      const operator = m.index + field.length - 1;
      const closing = text.charCodeAt(operator - 1);
      const quote = closing === 34 || closing === 39 ? closing : 0;
      const equals = text.charCodeAt(operator) === 61;
      if (!isFieldKey(text, m.index, quote, field.charCodeAt(0) === 99, equals)) return;
      // (A `value` is a keyed object's member: `"value":` or `value:`, never HCL's `value =`, an output's expression.)
      const isValue = field.charCodeAt(0) === 118;
      if (isValue && equals) return;
      const key = quote === 0 ? m.index : m.index - 1;
      const lineStart = blanksBefore(text, key);
      const declaration = lineStart !== -1 ? blockDeclaration(text, lineStart, key - lineStart, previous) : braceDeclaration(text, key, previous);
      previous = { at: key, indent: lineStart === -1 ? -1 : key - lineStart, lineStart, declaration };
      // (The value is read only under a declaration that may take it: most fields of a schema are under neutral names.)
      if (declaration === undefined || (!declaration.marked && keyStrength(declaration.name) === 'none') || (isValue && !declaration.keyed)) return;
      const value = valueAfter(text, afterBlanks(text, operator + 1), equals || quote !== 0, field.startsWith('examples'), lineStart === -1 ? -1 : key - lineStart);
      if (value === undefined) return;
      // (A YAML plain scalar is judged bare, as the assignment rule judges `password: value` on its line.)
      const bare = !isQuote(text.charCodeAt(value[0]! - 1));
      for (let i = 0; i < value.length; i += 2) {
        if (accepts(text, value[i]!, value[i + 1]!, declaration, bare)) found.push(KIND, value[i]!, value[i + 1]!);
      }
    });
    if (near === undefined || text.includes('@secure')) securedParams(text, found);
  },
};

/** The field read before: where it is, its line's start and indent (-1 where it is not first on its line), its declaration. */
interface Previous {
  readonly at: number;
  readonly indent: number;
  readonly lineStart: number;
  readonly declaration: Declaration | undefined;
}

/**
 * The word at `at` is a whole key, where its grammar puts a key: quoted on both sides (`quote`) or bare after no name's character,
 * first on its line (after blanks or a YAML list's `-`), or after a flow mapping's or an object's `{` or `,`; `=` (HCL's
 * argument) only first on its line or just inside a one-line block's `{` (HCL's native syntax: one argument in a one-line
 * block); `const` only as a JSON key or `const:`.
 */
function isFieldKey(text: string, at: number, quote: number, isConst: boolean, equals: boolean): boolean {
  let key = at;
  if (quote !== 0) {
    if (text.charCodeAt(at - 1) !== quote) return false;
    key--;
  } else {
    if (isConst && text.charCodeAt(at + 5) !== 58) return false;
    const before = at === 0 ? 0 : text.charCodeAt(at - 1);
    if (isKeyChar(before) || before === 36) return false;
  }
  let i = key;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  const c = i === 0 ? 10 : text.charCodeAt(i - 1);
  return c === 10 || c === 13 || c === 123 || (!equals && (c === 44 || c === 45));
}

function afterBlanks(text: string, at: number): number {
  let i = at;
  while (isBlank(text.charCodeAt(i))) i++;
  return i;
}

function accepts(text: string, start: number, end: number, declaration: Declaration, bare: boolean): boolean {
  // (A declaration its format marks secret holds a secret whatever its name: judged as a strong key's value.)
  return acceptsLiteralForKey(text, start, end, declaration.name, declaration.marked ? 'strong' : keyStrength(declaration.name), bare);
}

function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}

/** The value's span(s) after a field's operator at `at`: a quoted literal, a YAML plain scalar (not where `quotedKey`), or an `examples` array's literals. */
function valueAfter(text: string, at: number, quotedKey: boolean, examples: boolean, indent: number): number[] | undefined {
  const c = text.charCodeAt(at);
  if (examples && indent >= 0 && !quotedKey && (c === 10 || c === 13)) return blockItems(text, at, indent);
  if (c === 34 || c === 39) {
    QUOTED.lastIndex = at;
    const q = QUOTED.exec(text);
    return q ? [at + 1, at + 1 + q[2]!.length] : undefined;
  }
  if (c === 91 && examples) {
    const spans: number[] = [];
    let i = at + 1;
    for (let n = 0; n < 8; n++) {
      while (isBlank(text.charCodeAt(i))) i++;
      QUOTED.lastIndex = i;
      const q = QUOTED.exec(text);
      if (!q) break;
      spans.push(i + 1, i + 1 + q[2]!.length);
      i += q[0].length;
      while (isBlank(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== 44) break;
      i++;
    }
    return spans.length > 0 ? spans : undefined;
  }
  if (quotedKey) return undefined;
  PLAIN.lastIndex = at;
  const p = PLAIN.exec(text);
  if (!p) return undefined;
  // (A plain scalar ends before a comment, ` #`, and its trailing blanks.)
  let end = at + p[0].length;
  const comment = p[0].indexOf(' #');
  if (comment !== -1) end = at + comment;
  while (end > at && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === at || NOT_STRING.test(text.slice(at, end))) return undefined;
  return [at, end];
}

// A YAML block sequence entry (YAML 1.2 §8.2.1): `- ` then a quoted or plain scalar, to its line's end.
const BLOCK_ITEM = /[ \t]*-[ \t]+(?:(["'])([^"'\r\n\\]{1,400})\1|([^\s#,{}[\]&*!|>'"%@`][^\r\n#]{0,399}))[ \t]*(?:#[^\r\n]*)?(?:\r?\n|$)/y;

/**
 * JSON Schema's `examples` (Validation 2020-12 §9.5, an array; OpenAPI 3.1's Schema Object) written as a YAML block list under
 * its key: the entries on the lines right after, at the key's indentation or deeper (at most 8, as the flow list's).
 */
function blockItems(text: string, at: number, indent: number): number[] | undefined {
  const spans: number[] = [];
  let i = text.charCodeAt(at) === 13 ? at + 2 : at + 1;
  for (let n = 0; n < 8; n++) {
    let j = i;
    while (text.charCodeAt(j) === 32) j++;
    if (j - i < indent) break;
    BLOCK_ITEM.lastIndex = i;
    const m = BLOCK_ITEM.exec(text);
    if (!m) break;
    const value = m[2] ?? m[3]!.trimEnd();
    const start = m[2] !== undefined ? m.index + m[0].indexOf(m[1]!) + 1 : m.index + m[0].indexOf(value);
    if (m[2] !== undefined || !NOT_STRING.test(value)) spans.push(start, start + value.length);
    i = BLOCK_ITEM.lastIndex;
  }
  return spans.length > 0 ? spans : undefined;
}

/** The declaration above a field first on its line: the nearest header line with less indentation, read back line by line. */
function blockDeclaration(text: string, lineStart: number, indent: number, previous: Previous | undefined): Declaration | undefined {
  // (Never read back past the field before, nor further than the walk's bound: each character is read by one walk.)
  const floor = Math.max(0, lineStart - WALK, previous ? (previous.lineStart === -1 ? previous.at + 1 : previous.lineStart) : 0);
  let markedAbove = false;
  let start = lineStart;
  for (let n = 0; n < LINES && start > floor; n++) {
    const end = start - 1;
    start = lineStartAbove(text, end, floor);
    if (start === -1) return undefined;
    if (previous && start === previous.lineStart) return previous.indent === indent ? previous.declaration : undefined;
    let i = start;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (i === end || c === 13 || c === 35) continue;
    if (i - start >= indent) {
      if (i - start === indent && !markedAbove) markedAbove = MARKER.test(text.slice(i, end));
      continue;
    }
    HEADER.lastIndex = start;
    const h = HEADER.exec(text);
    if (!h) return undefined;
    const name = h[2] ?? h[3]!;
    return { name, marked: markedAbove || (keyStrength(name) !== 'strong' && markedBelow(text, end + 1, indent)), keyed: h[2] !== undefined };
  }
  return undefined;
}

/** The start of the line that ends at `end` (its line break), read back no further than `floor`: -1 past it, `floor` at the text's start or where the field before's line starts. */
function lineStartAbove(text: string, end: number, floor: number): number {
  // (A native search: the walk's line breaks are found at memchr's pace. It may read back past `floor` through one long line,
  // which only the field after that line reads so: still one read of each character in all.)
  const start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
  if (start >= floor) return start;
  return floor === 0 || text.charCodeAt(floor - 1) === 10 ? floor : -1;
}

/** The start of `at`'s line when only blanks (or a YAML list's `-`) stand before it there, else -1. */
function blanksBefore(text: string, at: number): number {
  let i = at;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) return i;
    if (!isBlank(c) && c !== 45) return -1;
  }
  return 0;
}

/** Whether a sibling line below (at `indent`, before the block ends or the walk's bound) carries a secret's marker. */
function markedBelow(text: string, from: number, indent: number): boolean {
  const bound = Math.min(text.length, from + WALK);
  let start = from;
  for (let n = 0; n < LINES && start < bound; n++) {
    let i = start;
    while (i < bound && isBlank(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (i - start < indent && c !== 10 && c !== 13) return false;
    let end = i;
    while (end < bound && text.charCodeAt(end) !== 10) end++;
    if (i - start === indent && MARKER.test(text.slice(i, end))) return true;
    start = end + 1;
  }
  return false;
}

/** The declaration around a field inside a one-line block: the nearest unclosed `{` before it and the key before that. */
function braceDeclaration(text: string, at: number, previous: { at: number; declaration: Declaration | undefined } | undefined): Declaration | undefined {
  let depth = 0;
  const floor = Math.max(0, at - WALK, previous ? previous.at : 0);
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return undefined;
    if (c === 125) depth++;
    else if (c === 123 && depth-- === 0) {
      const key = keyBeforeBrace(text, i);
      if (key === undefined) return undefined;
      const name = key.name;
      return { name, marked: keyStrength(name) !== 'strong' && MARKER.test(text.slice(i, blockEnd(text, i))), keyed: key.keyed };
    }
  }
  return previous && floor === previous.at && depth === 0 ? previous.declaration : undefined;
}

/** The key before a one-line block's `{` at `open`: `"name": {`, `name: {`, `variable "name" {`; read back by hand, at most a key's length. */
function keyBeforeBrace(text: string, open: number): { name: string; keyed: boolean } | undefined {
  let i = open;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  const colon = text.charCodeAt(i - 1) === 58;
  if (colon) {
    i--;
    while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  }
  const quote = text.charCodeAt(i - 1);
  const quoted = quote === 34 || quote === 39;
  if (!colon && quote !== 34) return undefined;
  const end = quoted ? i - 1 : i;
  let start = end;
  while (start > 0 && end - start < 64 && isKeyChar(text.charCodeAt(start - 1))) start--;
  if (start === end || (quoted && text.charCodeAt(start - 1) !== quote)) return undefined;
  // (HCL's block, `variable "name" {`, is the one header without a colon.)
  if (!colon && !/variable[ \t]+$/.test(text.slice(Math.max(0, start - 1 - 16), start - 1))) return undefined;
  return { name: text.slice(start, end), keyed: colon };
}

function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}

/** Where the block opened at `open` closes (or the walk's bound, or its line's end). */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  const bound = Math.min(text.length, open + WALK);
  for (let i = open; i < bound; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  return bound;
}

/** Bicep's `@secure()` params given a literal default: secrets whatever their names. */
function securedParams(text: string, found: SpanList): void {
  SECURE_PARAM.lastIndex = 0;
  for (let m = SECURE_PARAM.exec(text); m; m = SECURE_PARAM.exec(text)) {
    const end = m.index + m[0].length - 1;
    const start = end - m[2]!.length;
    if (acceptsLiteralForKey(text, start, end, m[1]!, 'strong')) found.push(KIND, start, end);
  }
}
