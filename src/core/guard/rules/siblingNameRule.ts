// A credential named by a sibling field of its record: documented formats write a setting as a record whose one field
// names the thing and whose other holds it, in either order and with other fields between, so the key before the value
// is `value`, which names nothing. Kubernetes' core/v1 EnvVar (`name`, `value`), Amazon ECS's task definition
// `environment` (KeyValuePair: `name`, `value`), CloudFormation's parameter files (`ParameterKey`, `ParameterValue`)
// and the AWS CLI's shorthand for them (`ParameterKey=…,ParameterValue=…`, `Key=…,Value=…`, "Using shorthand syntax
// with the AWS CLI"), AWS's Tag (`Key`, `Value`), Azure App Service's `appSettings` (NameValuePair), the Terraform
// helm provider's `set`/`set_sensitive` blocks (`name = …`, `value = …`), HAR 1.2's `headers`/`cookies`/`queryString`/
// `postData.params` and Postman Collection v2.1's `header`/`variable`/environment `values` (`key`, `value`). Go's
// `url.Values{"password": {"…"}}` and `http.Header{"X-Api-Key": {"…"}}` (map[string][]string literals, package
// net/url and net/http) name each value by its map key. nameValuePairRule.ts reads the adjacent name-first pair
// written with `:`; this rule reads the rest from the value's field: the record is bounded by its braces or brackets
// and, across lines, by a YAML list item's start, and the name's field must stand at the value field's column (one
// mapping). The name is judged as the assignment rule judges a key (keyStrength.ts), the value by the house's value
// judge (acceptValue, the placeholder policy); a reference (`${VAR}`, `{{ .Values.x }}`, `!Ref`, `valueFrom`, which
// has no `value` field) is none. Keyword `value` (and the Go literals' types): bounded windows, linear.
import { RECORD_OPENS } from '../referenceForms';
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { credentialStart, isAuthorizationHeader } from './authorizationCredential';
import { keyStrength } from './keyStrength';
import { saysNotTheValue } from './notTheValue';
import { acceptValue } from './secretValue';

const KIND = spanKind('secret-sibling-name');
/** How far a record's other field may stand from the value's, before or after it. */
const REACH = 240;
// The value's field: a whole quoted scalar (JSON, HCL, YAML: its field's end follows) or a YAML plain scalar to its line's
// end (YAML 1.2 §7.3.3: not begun by an indicator, nor by `-`, `?` or `:` and a blank), or an XML attribute's value
// (another attribute or the tag's end follows). Not a code property (`.value`). OpenAPI's Parameter Object (3.0.3/3.1
// §4.8.12) names its parameter by `name` (`in`: header, query, cookie, path) and gives its `example` beside it.
const VALUE_FIELD = /(?<![\w.$-])(?<vq>["']?)(?:value|Value|ParameterValue|example)\k<vq>[ \t]*[:=](?!=)[ \t]*(?:(?<q>["'])(?<quoted>[^"'\\\r\n]{1,400})\k<q>(?=[ \t]*(?:[,}\]\r\n#]|$|\/?>)|[ \t]+[A-Za-z_:][\w:.-]{0,40}[ \t]*=)|(?<bare>(?![-?:][ \t])[^\s"'#{}[\],&*!|>%@`][^\r\n#,{}[\]]{0,399}))/g;
// A name's field; the last in a window before the value, the first after it.
const NAME_FIELD = /(?<![\w.$-])(?<nk>["']?)(?:name|Name|key|Key|ParameterKey)\k<nk>[ \t]*[:=](?!=)[ \t]*(?<nq>["']?)(?<name>[A-Za-z_][\w.-]{0,63})\k<nq>(?![\w.-])/g;
// The AWS CLI's shorthand: `ParameterKey=Name,ParameterValue=…`, `Key=Name,Value=…` (a structure's members, `,` apart).
const SHORTHAND = /(?<![\w-])(?:ParameterKey|Key|Name|name)=(?<name>[A-Za-z_][\w.-]{0,63}),(?:ParameterValue|Value|value)=(?<value>[^\s,'"{}[\]]{1,400})/g;
// Go's map[string][]string literals: each entry `"Name": {"value", …}`.
const GO_LITERAL = /\b(?:url\.Values|http\.Header)\{/g;
const GO_ENTRY = /[ \t\r\n]{0,40}"(?<name>[A-Za-z_][\w.-]{0,63})"[ \t]*:[ \t]*\{[ \t]*"(?<value>[^"\\\r\n]{1,400})"[^}\r\n]{0,400}\},?/y;
// A list of header pairs given where the API documents one: the Fetch Standard's `new Headers(init)` (HeadersInit, a
// sequence of [name, value] pairs) and WSGI's `start_response(status, response_headers)` (PEP 3333: a list of
// (header_name, header_value) tuples). Each pair within PAIRS_REACH of the call on its own text: `["Name", "…"]`.
const PAIRS_CALL = /\b(?:new[ \t]+Headers|start_response)\(/g;
const PAIRS_REACH = 600;
const HEADER_PAIR = /[([][ \t]*(?<nq>["'])(?<name>[A-Za-z][\w-]{0,63})\k<nq>[ \t]*,[ \t]*(?<q>["'])(?<value>[^"'\\\r\n]{1,400})\k<q>[ \t]*[)\]]/g;
/** After the blanks from `at`, a YAML block sequence entry's `-` and a blank. */
function itemDash(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const next = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 45 && (next === 32 || next === 9);
}

const isBracket = (c: number): boolean => c === 123 || c === 125 || c === 91 || c === 93;

/** Whether [from, to) crosses a record's bound: a brace or bracket, or a line that starts a YAML list item. */
function crossesRecord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isBracket(c) || (c === 10 && itemDash(text, i + 1))) return true;
  }
  return false;
}

/** The index after the last line break in [low, at), or -1. */
function afterBreak(text: string, at: number, low: number): number {
  for (let i = at - 1; i >= low; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return -1;
}

/** Whether the fields at `a` < `b` are of one mapping: on one line, or across lines at one column. */
function oneMapping(text: string, a: number, b: number): boolean {
  const bLine = afterBreak(text, b, a);
  if (bLine === -1) return true;
  const low = a - REACH;
  const aLine = afterBreak(text, a, Math.max(0, low));
  return (aLine !== -1 || low <= 0) && a - Math.max(aLine, 0) === b - bLine;
}

/** Whether the record holding `at` opens with a brace (HCL's `=` fields stand only in a block or object). */
function braced(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - REACH); i--) {
    const c = text.charCodeAt(i);
    if (isBracket(c)) return c === 123;
    if (c === 10 && itemDash(text, i + 1)) return false;
  }
  return false;
}

// XML 1.0 §3.1: "the order of attribute specifications in a start-tag or empty-element tag is not significant", so
// `<add value="…" key="Password"/>` is `<add key="Password" value="…"/>` (read by the assignment rule's XML reading,
// xmlValue.ts, which takes the name first only). The name's attribute after the value's, in the same tag: at most six
// attributes between, each bounded.
const XML_NAME_AFTER = /(?:[ \t]+[A-Za-z_:][\w:.-]{0,40}[ \t]*=[ \t]*(?:"[^"<>\r\n]{0,200}"|'[^'<>\r\n]{0,200}')){0,6}?[ \t]+(?:name|Name|key|Key)[ \t]*=[ \t]*(?<q>["'])(?<name>[A-Za-z_][\w.-]{0,63})\k<q>/y;

/** Whether an XML start tag opens before `at` (a `<` and a name, within REACH, no `>` between). */
function inStartTag(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === 62 || c === 10) return false;
    if (c === 60) return /[A-Za-z_]/.test(text.charAt(i + 1));
  }
  return false;
}

/** Whether the quoted field value ending at `end` is an XML attribute's: another attribute or the tag's end follows. */
function attributeEnds(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  return c === 47 || c === 62 || (i > end && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58));
}

// Postman Collection Format v2.1 (schema `auth-attribute`): an `apikey` auth is a list of attributes `{"key": "key",
// "value": <the header or query name>}`, `{"key": "value", "value": <the API key>}`, `{"key": "in", …}`: the attribute
// named `value` holds the key, named by the list's `"apikey"` (its `bearer` and `basic` lists name theirs `token` and
// `password`, read as any name).
const POSTMAN_APIKEY = /"apikey"[ \t\r\n]*:[ \t\r\n]*\[[^\]]*$/;
const APIKEY_REACH = 600;

/** Whether the record whose field is at `at` is an attribute of a Postman `apikey` auth list. */
function inPostmanApiKey(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - APIKEY_REACH), at);
  const list = window.lastIndexOf('"apikey"');
  return list !== -1 && POSTMAN_APIKEY.test(window.slice(list));
}

/**
 * The name fields of one text, read forward once as the value fields ask (each asks for those within REACH of it, and
 * value fields come rising): its record's sibling is the nearest name field before the value's, else the nearest after
 * it, with no record bound between them.
 */
class NameFields {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly names: string[] = [];
  private scanned = 0;
  private done = false;
  /** The first recorded field ending past the last value asked about. */
  private next = 0;

  constructor(private readonly text: string) {}

  private readTo(limit: number): void {
    while (!this.done && this.scanned <= limit) {
      NAME_FIELD.lastIndex = this.scanned;
      const m = NAME_FIELD.exec(this.text);
      if (!m) {
        this.done = true;
        break;
      }
      this.starts.push(m.index + m.groups!.nk!.length);
      this.ends.push(m.index + m[0].length);
      this.names.push(m.groups!.name!);
      this.scanned = m.index + m[0].length;
    }
  }

  /** The name of the record whose value field is at `from`..`to`, and whether a brace opens the record. */
  sibling(from: number, to: number): { name: string; braced: boolean } | undefined {
    const text = this.text;
    this.scanned = Math.max(this.scanned, from - REACH);
    this.readTo(to + REACH);
    while (this.next < this.ends.length && this.ends[this.next]! <= from) this.next++;
    const before = this.next - 1;
    if (before >= 0 && this.starts[before]! >= from - REACH && !crossesRecord(text, this.ends[before]!, from) && oneMapping(text, this.starts[before]!, from)) {
      return { name: this.names[before]!, braced: braced(text, this.starts[before]!) };
    }
    let after = this.next;
    while (after < this.starts.length && this.starts[after]! < to) after++;
    if (after < this.starts.length && this.starts[after]! <= to + REACH && !crossesRecord(text, to, this.starts[after]!) && oneMapping(text, from, this.starts[after]!)) {
      return { name: this.names[after]!, braced: braced(text, from) };
    }
    return undefined;
  }
}

/** Whether a plain scalar ending at `end` ends its line (or a comment follows it). */
function endsLine(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return Number.isNaN(c) || c === 10 || c === 13 || (c === 35 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9));
}

/** The credential in a value given to `name`, as the assignment rule's judge reads it, or -1. */
function credentialIn(name: string, value: string, quoted: boolean, start: number): number {
  let strength = keyStrength(name);
  if (strength === 'none') return -1;
  let key = name;
  let from = 0;
  if (isAuthorizationHeader(name)) {
    from = credentialStart(value);
    if (from < 0) return -1;
    key = 'token';
    strength = 'strong';
  }
  const credential = value.slice(from);
  if (RECORD_OPENS.test(credential) || saysNotTheValue(credential)) return -1;
  const end = start + value.length;
  return acceptValue({ start: start + from, end, value: credential, quoted, configLine: false, afterComma: false, listed: false, field: false, afterColon: false }, strength, key) ? from : -1;
}

export const siblingNameRule: SecretRule = {
  id: 'secret-sibling-name',
  // (`example` only as a key, with what follows one: bare, it is a word of prose and every host name's, `example.com`.)
  keywords: ['value', 'example:', 'example :', 'example"', "example'", 'example=', 'example =', 'url.values{', 'http.header{', 'headers(', 'start_response('],
  find(text, found) {
    let names: NameFields | undefined;
    VALUE_FIELD.lastIndex = 0;
    for (let m = VALUE_FIELD.exec(text); m; m = VALUE_FIELD.exec(text)) {
      const g = m.groups!;
      const quoted = g.q !== undefined;
      const end = m.index + m[0].length;
      const equals = m[0].includes('=');
      // A plain scalar only as YAML writes it: an unquoted field after `:`, to its line's end (or a comment); JSON has no
      // bare strings and HCL's are expressions.
      if (!quoted && (g.vq || equals || !endsLine(text, end))) continue;
      const value = quoted ? g.quoted! : g.bare!.trimEnd();
      const valueStart = quoted ? end - 1 - value.length : end - g.bare!.length;
      if (value.length < 3 || RECORD_OPENS.test(value)) continue;
      let name: string;
      if (equals && quoted && attributeEnds(text, end)) {
        // An XML attribute: its name after it in the same start tag.
        XML_NAME_AFTER.lastIndex = end;
        const x = XML_NAME_AFTER.exec(text);
        if (!x || !inStartTag(text, m.index)) continue;
        name = x.groups!.name!;
      } else {
        const sibling = (names ??= new NameFields(text)).sibling(m.index + g.vq!.length, end);
        // After `=` only in a brace's record (HCL's blocks and objects).
        if (!sibling || (equals && !sibling.braced)) continue;
        name = sibling.name === 'value' && inPostmanApiKey(text, m.index) ? 'apiKey' : sibling.name;
      }
      const from = credentialIn(name, value, quoted, valueStart);
      if (from >= 0) found.push(KIND, valueStart + from, valueStart + value.length);
    }
    SHORTHAND.lastIndex = 0;
    for (let m = SHORTHAND.exec(text); m; m = SHORTHAND.exec(text)) {
      const value = m.groups!.value!;
      const start = m.index + m[0].length - value.length;
      const from = credentialIn(m.groups!.name!, value, true, start);
      if (from >= 0) found.push(KIND, start + from, start + value.length);
    }
    GO_LITERAL.lastIndex = 0;
    for (let m = GO_LITERAL.exec(text); m; m = GO_LITERAL.exec(text)) {
      GO_ENTRY.lastIndex = m.index + m[0].length;
      for (let e = GO_ENTRY.exec(text); e; e = GO_ENTRY.exec(text)) {
        const value = e.groups!.value!;
        const start = e.index + e[0].indexOf(`"${value}"`, e[0].indexOf('{')) + 1;
        const from = credentialIn(e.groups!.name!, value, true, start);
        if (from >= 0) found.push(KIND, start + from, start + value.length);
      }
      GO_LITERAL.lastIndex = Math.max(GO_LITERAL.lastIndex, GO_ENTRY.lastIndex);
    }
    PAIRS_CALL.lastIndex = 0;
    let readTo = 0;
    for (let m = PAIRS_CALL.exec(text); m; m = PAIRS_CALL.exec(text)) {
      const from = Math.max(readTo, m.index + m[0].length);
      const pairs = text.slice(from, m.index + m[0].length + PAIRS_REACH);
      readTo = from + pairs.length;
      HEADER_PAIR.lastIndex = 0;
      for (let p = HEADER_PAIR.exec(pairs); p; p = HEADER_PAIR.exec(pairs)) {
        const value = p.groups!.value!;
        const start = from + p.index + p[0].lastIndexOf(value + p.groups!.q!);
        const at = credentialIn(p.groups!.name!, value, true, start);
        if (at >= 0) found.push(KIND, start + at, start + value.length);
      }
    }
  },
};
