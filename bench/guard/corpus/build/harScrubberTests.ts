// The twenty-sixth holdout's labeller (corpus/README.md, "The twenty-sixth holdout"): a HAR scrubber's own fixture
// tables — har-capture's sanitizer cases (tests/fixtures/test_har.json: what its default redaction must take out of a
// header, a cookie, an XML body, a login URL) and its validator cases (tests/fixtures/test_secrets.json: what a HAR
// still leaks). Each table is read as its test reads it; the verdict is the test's, the secret the value it names.
import { isFillerValue } from './postureCredentialChecks';

export type TwentySixthNote =
  | 'a documented example or filler value'
  | 'not a credential (a user name)'
  | 'not a credential (a network or device address)'
  | 'the test says the scrubber misses a credential'
  | 'the rule passes it for its context, not its text';

export interface TwentySixthItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: TwentySixthNote;
}

const REDACTED = '[REDACTED]';

/** A saved excerpt: whole fixture tables, verbatim, one after another (each `"key": …,`), read as one JSON object. */
export function fixtureTables(excerpt: string): Record<string, unknown> {
  return JSON.parse(`{${excerpt.replace(/,\s*$/, '')}}`) as Record<string, unknown>;
}

/** An item from a test's verdict; a value the test names must stand in its text. */
function item(text: string, rule: string, reported: boolean, values: readonly string[], note?: TwentySixthNote): TwentySixthItem {
  for (const v of values) if (!v || !text.includes(v)) throw new Error(`${rule}: a reported value is not in its text`);
  if (note) return { text, secrets: reported ? [...new Set(values)] : [], label: reported && values.length > 0 ? 'secret' : 'clean', rule, note };
  if (!reported) return { text, secrets: [], label: 'clean', rule };
  if (values.length === 0) throw new Error(`${rule}: reported without a value`);
  // A stand-in, or a value the fixture elides (`YIIE...`), says it is not the real one.
  const real = values.filter((v) => !isFillerValue(v) && !v.endsWith('...'));
  if (real.length === 0) return { text, secrets: [...new Set(values)], label: 'secret', rule, note: 'a documented example or filler value' };
  return { text, secrets: [...new Set(real)], label: 'secret', rule };
}

/** Cookie pairs `name=value` of a header value, split at `;` as RFC 6265 writes them. */
function cookiePairs(value: string): { name: string; value: string }[] {
  return value.split(';').map((p) => p.trim()).map((p) => {
    const eq = p.indexOf('=');
    return eq < 0 ? { name: '', value: p } : { name: p.slice(0, eq), value: p.slice(eq + 1) };
  });
}

const USER_NAMES = /^(?:user|username|user_name|login|loginname)$/i;

/**
 * test_har.json's `header_redaction_cases`: the header line `Name: value`; reported when the expected output holds
 * `[REDACTED]`. Authorization's credentials follow its scheme (RFC 7235: `auth-scheme [ 1*SP ( token68 / #auth-param ) ]`),
 * an auth-param's value after its `=`; a cookie's, its pairs' values the output names redacted; any other header's, its
 * value. A case its id says is `not_detected` keeps a credential the scrubber misses.
 */
function headerCases(cases: readonly { header_name: string; header_value: string; expected_contains: string; id: string }[], path: string): TwentySixthItem[] {
  return cases.map((c) => {
    const text = `${c.header_name}: ${c.header_value}`;
    const rule = `${path}#header_redaction_cases[${c.id}]`;
    if (!c.expected_contains.includes(REDACTED)) return item(text, rule, false, [], /_not_detected$/.test(c.id) ? 'the test says the scrubber misses a credential' : undefined);
    const name = c.header_name.toLowerCase();
    if (name === 'cookie' || name === 'set-cookie') {
      const redacted = cookiePairs(c.expected_contains).filter((p) => p.value === REDACTED).map((p) => p.name);
      const pairs = cookiePairs(c.header_value).filter((p) => redacted.includes(p.name));
      if (pairs.every((p) => USER_NAMES.test(p.name))) return item(text, rule, true, pairs.map((p) => p.value), 'not a credential (a user name)');
      return item(text, rule, true, pairs.filter((p) => !USER_NAMES.test(p.name)).map((p) => p.value));
    }
    const space = c.header_value.indexOf(' ');
    if (name !== 'authorization' || space < 0) return item(text, rule, true, [c.header_value]);
    const credentials = c.header_value.slice(space + 1);
    const param = /^([A-Za-z_]+)=(.+)$/.exec(credentials);
    if (param && USER_NAMES.test(param[1]!)) return item(text, rule, true, [param[2]!], 'not a credential (a user name)');
    return item(text, rule, true, [param ? param[2]! : credentials]);
  });
}

/** `set_cookie_attribute_cases`: each pair the expected output writes `name=[REDACTED]` (or the whole value). */
function setCookieCases(cases: readonly { header_name: string; header_value: string; expected: string; id: string }[], path: string): TwentySixthItem[] {
  return cases.map((c) => {
    const rule = `${path}#set_cookie_attribute_cases[${c.id}]`;
    const text = `${c.header_name}: ${c.header_value}`;
    if (c.expected === REDACTED) return item(text, rule, true, [c.header_value]);
    const redacted = cookiePairs(c.expected).filter((p) => p.value === REDACTED).map((p) => p.name);
    return item(text, rule, true, cookiePairs(c.header_value).filter((p) => redacted.includes(p.name)).map((p) => p.value));
  });
}

const ADDRESS = /^(?:[0-9A-F]{2}:){5}[0-9A-F]{2}$|^\d{1,3}(?:\.\d{1,3}){3}$/i;

/** `xml_post_data_cases`: the body's text; its `must_not_contain` values are what the defaults take out. */
function xmlBodyCases(cases: readonly { id: string; post_data: { text: string }; must_not_contain: string[]; must_contain: string[] }[], path: string): TwentySixthItem[] {
  // An empty body, or a case that asserts nothing (it only must not crash), gives no verdict.
  return cases.filter((c) => c.post_data.text && (c.must_not_contain.length || c.must_contain.length)).map((c) => {
    const rule = `${path}#xml_post_data_cases[${c.id}]`;
    const reported = c.must_not_contain.length > 0;
    const note = reported && c.must_not_contain.every((v) => ADDRESS.test(v)) ? 'not a credential (a network or device address)' : undefined;
    return item(c.post_data.text, rule, reported, c.must_not_contain, note);
  });
}

/** `url_token_login_cases`: the query segment as the client appends it; its credential forms written in it. */
function loginSegmentCases(cases: readonly { id: string; segment: string; credential_forms: string[] }[], path: string): TwentySixthItem[] {
  return cases.map((c) => item(c.segment, `${path}#url_token_login_cases[${c.id}]`, true, c.credential_forms.filter((f) => c.segment.includes(f))));
}

/** `url_valued_header_cases`: the header line carrying the URL (a HAR entry's `redirectURL` as its JSON member). */
function urlHeaderCases(cases: readonly { id: string; header: string; url: string; leaked_forms: string[] }[], path: string): TwentySixthItem[] {
  return cases.map((c) => {
    const text = c.header === 'redirectURL' ? `"redirectURL": "${c.url}"` : `${c.header}: ${c.url}`;
    return item(text, `${path}#url_valued_header_cases[${c.id}]`, true, c.leaked_forms);
  });
}

/** JSON as the fixture writes it (Python's `json.dumps` defaults: `, ` and `: `). */
export function pythonJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(pythonJson).join(', ')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${pythonJson(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}

const CREDENTIAL_NAME = /pass|pwd|token|secret|key/i;

/** The string values of a JSON value under a credential's name (`password`, `api_key`, `token`), at any depth. */
function credentialValues(v: unknown, name = ''): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => credentialValues(x, name));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => credentialValues(x, k));
  return typeof v === 'string' && v && CREDENTIAL_NAME.test(name) ? [v] : [];
}

/** test_secrets.json's `check_json_fields_cases`: findings in a JSON body; the secrets its credential names hold. */
function jsonFieldCases(cases: readonly { data: unknown; expected_count: number; id: string }[], path: string): TwentySixthItem[] {
  return cases.map((c) => item(pythonJson(c.data), `${path}#check_json_fields_cases[${c.id}]`, c.expected_count > 0, c.expected_count > 0 ? credentialValues(c.data) : []));
}

/** `form_field_severity_cases`: a form field `name=value`; an error is a credential left, a warning a user name. */
function formFieldCases(cases: readonly { name: string; value: string; expected_severity: string | null; id: string }[], path: string): TwentySixthItem[] {
  return cases.map((c) => {
    const rule = `${path}#form_field_severity_cases[${c.id}]`;
    const text = `${c.name}=${c.value}`;
    if (c.expected_severity === 'warning') return item(text, rule, false, [], 'not a credential (a user name)');
    return item(text, rule, c.expected_severity === 'error', c.expected_severity === 'error' ? [c.value] : []);
  });
}

/**
 * `check_url_cases`: findings in a URL's query, each a base64 user:password run — the segment after the last `?`, less
 * a `name=` or `prefix_` before it and the padding after it (`=` or `%3D`). A credential in the fragment, which the
 * validator does not read, is set apart.
 */
function urlCases(cases: readonly { url: string; expected_count: number; id: string }[], path: string): TwentySixthItem[] {
  return cases.map((c) => {
    const rule = `${path}#check_url_cases[${c.id}]`;
    const query = c.url.slice(c.url.lastIndexOf('?') + 1);
    const run = query.replace(/^[A-Za-z]+[=_]/, '').replace(/(?:=|%3D)+$/, '');
    if (c.expected_count > 0) return item(c.url, rule, true, [run]);
    if (/#[^?]*[A-Za-z0-9+/]{16,}/.test(c.url)) return item(c.url, rule, false, [], 'the rule passes it for its context, not its text');
    return item(c.url, rule, false, []);
  });
}

/** `check_post_data_xml_cases`: findings in an XML body, the text of a `password` / `token` / `secret` element or attribute. */
function xmlFindingCases(cases: readonly { id: string; post_data: { text: string }; expected_finding_count: number }[], path: string): TwentySixthItem[] {
  return cases.filter((c) => c.post_data.text).map((c) => {
    const values = [...c.post_data.text.matchAll(/<(password|token|secret)>([^<]+)<\/\1>|\b(?:password|token|secret)="([^"]+)"/g)].map((m) => m[2] ?? m[3]!);
    if (c.expected_finding_count > 0 && values.length !== c.expected_finding_count) throw new Error(`${path} ${c.id}: ${values.length} values, ${c.expected_finding_count} findings`);
    return item(c.post_data.text, `${path}#check_post_data_xml_cases[${c.id}]`, c.expected_finding_count > 0, c.expected_finding_count > 0 ? values : []);
  });
}

/** Every taken table of one saved excerpt; a table the labeller does not know fails the build. */
export function labelHarCaptureTables(path: string, excerpt: string): TwentySixthItem[] {
  const tables = fixtureTables(excerpt);
  const rows = <T>(v: unknown) => (Array.isArray(v) ? v : (v as { cases: unknown[] }).cases) as T[];
  return Object.entries(tables).flatMap(([key, table]) => {
    switch (key) {
      case 'header_redaction_cases': return headerCases(rows(table), path);
      case 'set_cookie_attribute_cases': return setCookieCases(rows(table), path);
      case 'xml_post_data_cases': return xmlBodyCases(rows(table), path);
      case 'url_token_login_cases': return loginSegmentCases(rows(table), path);
      case 'url_valued_header_cases': return urlHeaderCases(rows(table), path);
      case 'check_json_fields_cases': return jsonFieldCases(rows(table), path);
      case 'form_field_severity_cases': return formFieldCases(rows(table), path);
      case 'check_url_cases': return urlCases(rows(table), path);
      case 'check_post_data_xml_cases': return xmlFindingCases(rows(table), path);
      default: throw new Error(`${path}: no labeller for ${key}`);
    }
  });
}
