// The forty-eighth holdout's labeller (corpus/README.md, "The forty-eighth holdout"): Red Hat LeakTK's fake leaks,
// labelled by the project's own directories. leaktk/fake-leaks lays its files out as `<kind>/valid/<file>` (a leak the
// scanner must report) and `<kind>/invalid/<file>` (a look-alike it must not). Each saved file is one item, its whole
// text (the verdict is per file and the scanner scans a file whole). An `invalid/` file is clean. A `valid/` file's
// secrets are, first, the values leaktk/patterns' expected scanner results (`testdata/leaktk-scanner-results.yaml`)
// list for its path and that stand in its saved text, narrowed to the credential; else what rules 1–5 of
// raw/holdout48-SOURCES.md find: a private-key block's body, a URL's user-info password, an Authorization header's
// credential, the value of an assignment whose name says credential, a file that is one bare run. Set apart: values the
// placeholder policy passes, variables and expressions, a valid file the rules find nothing in, public keys and
// certificates (those two labelled clean with the note: the project's verdict is not about a value the text holds).
import { placeholderValue } from './passwordCheckTests';

export type FortyEighthNote =
  | 'a documented example or filler value'
  | 'a variable or expression'
  | 'no credential value found by the fixed rule'
  | 'a public key or certificate';

export interface FortyEighthItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: FortyEighthNote;
}

interface Found {
  value: string;
  at: number;
  /** A name in code that refers to the value elsewhere (Amendment 3). */
  reference?: boolean;
}

// Rule 1: a private-key block (PEM, OpenSSH, PGP), its lines split by newlines or by written `\n` escapes.
const keyBlock = /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?)-----([\s\S]*?)-----END \1-----/g;

function keyBodies(text: string): Found[] {
  return [...text.matchAll(keyBlock)].flatMap((m) => {
    const body = m[2]!.replace(/^(?:\s|\\n|#)+|(?:\s|\\n|#)+$/g, '');
    return body ? [{ value: body, at: m.index + m[0].indexOf(body) }] : [];
  });
}

// Rule 2: `scheme://userinfo@host`, the user info up to the authority's last `@` (RFC 3986: the authority ends at the
// first `/`, `?` or `#`); its password after the first `:`, or the whole user info when it has none.
const urlUserinfo = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#"'`<>\\]*)@/gi;

function urlPasswords(text: string): Found[] {
  return [...text.matchAll(urlUserinfo)].flatMap((m) => {
    const userinfo = m[1]!;
    const colon = userinfo.indexOf(':');
    const value = colon < 0 ? userinfo : userinfo.slice(colon + 1);
    return value ? [{ value, at: m.index + m[0].indexOf(userinfo) + (colon < 0 ? 0 : colon + 1) }] : [];
  });
}

// Rule 3: `Authorization: <scheme> <credential>` → the credential; `Authorization: <credential>` → it (a Python
// f-string's prefix skipped). A scheme is the first of two words (Bearer, Basic, Token, Splunk, …).
const scheme = /^(?:Bearer|Basic|Token|Bot|Digest)\s+/i;
const authorizationHeader = /\bAuthorization\\*["']?\s*[:=]\s*\\*["']?(?:f["'])?([^\s'"<>\\]+)(?:[ \t]+([^\s'"<>\\]+))?/gi;

function authorizationValues(text: string): Found[] {
  return [...text.matchAll(authorizationHeader)].map((m) => {
    const value = m[2] ?? m[1]!;
    return { value, at: m.index + m[0].lastIndexOf(value) };
  });
}

/**
 * Rule 4's names: one that holds `password`, `passwd`, `pwd`, `pass`, `secret`, `token`, `apikey`, `api_key`, `api-key` or
 * `credential`, or whose last word is `key` or `auth`; not one whose last word names an identifier or a location, nor
 * one that says public (Amendment 3: `auth` as a substring took `authSource`, `authenticator`, `certificate-authority`;
 * `Public key:` and `DISCORD_PUBLIC_KEY` name public keys).
 */
export function credentialName(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_.\-\s]+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (['id', 'user', 'username', 'name', 'file', 'path', 'url', 'type', 'region', 'endpoint', 'host'].includes(last) || words.includes('public')) return false;
  const lower = name.toLowerCase();
  return /password|passwd|pwd|pass|secret|token|apikey|api_key|api-key|credential/.test(lower) || last === 'key' || last === 'auth';
}

// A value that names another (a variable, a template, a call), so the credential is not in the text.
export function variableOrExpression(value: string): boolean {
  return /^(?:process\.env|os\.environ|System\.getenv|ENV\[)/.test(value.trim()) || /^(?:\$\{[^}]*\}|[:/@._-])+$|^\$\{[^}]*$|^\$[A-Za-z_]\w*$|^%\(\w+\)s$|^\{\{[\s\S]*\}\}$|^\{[A-Za-z_][\w.]*\}$|^[A-Za-z_][\w.]*\(|^<[^<>]+>$/.test(value.trim());
}

/**
 * An unquoted value that is a reference in code (Amendment 3): a dotted name (`Config.BOT_TOKEN`), or a name the text
 * assigns elsewhere (`private_token` in `"PRIVATE-TOKEN": private_token` when `private_token = "…"` stands above).
 */
function codeReference(text: string, value: string): boolean {
  if (!/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(value)) return false;
  const head = value.split('.')[0]!;
  return ['self', 'this'].includes(head) || new RegExp(`(?:^|[\\s(])(?:def |const |let |var |final |String |class )?${head}(?:\\s*=[^=]|\\s*[:(])`, 'm').test(text);
}

// `NAME = VALUE`, `NAME: VALUE`, `NAME=VALUE`, `"NAME": "VALUE"`, `NAME := "VALUE"`, `NAME ?= VALUE`, a subscript
// `…['NAME'] = 'VALUE'`, quotes possibly escaped (`\"NAME\":\"VALUE\"`, JSON inside a string).
const assignment = /(?:(?<=\\n)|(?<![\w.\-\\]))(\\*["'])?([A-Za-z_][\w.-]*)\1?(?:\\*["']\])?\s*(?::=|\?=|=|:)(?![=/])[ \t]*/g;
// `<NAME …>VALUE</NAME>`
const xmlElement = /<([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>([^<]+)<\/\1>/g;
// `--NAME VALUE`, `--NAME=VALUE`
const option = /(?:^|\s)--([A-Za-z][\w-]*)(?:=|[ \t]+)(?!-)/g;

/** The value written at `at`: a quoted one's content, a YAML block's lines, or an unquoted run. */
function valueAt(text: string, at: number, indentOf: number): Found[] {
  // A quoted value (a Python `b'…'` / `r'…'` prefix, or quotes escaped inside a string, `\\"…\\"`).
  const quote = /^(?:[bBrRuU]{1,2}(?=["']))?(\\*)(["'`])/.exec(text.slice(at));
  if (quote) {
    const start = at + quote[0].length;
    const close = text.indexOf(quote[1]! + quote[2]!, start);
    if (close < 0) return [];
    const value = text.slice(start, close);
    return value ? [{ value, at: start }] : [];
  }
  const rest = text.slice(at);
  const block = /^[|>][+-]?[ \t]*(?:#.*)?\n/.exec(rest);
  if (block) {
    const out: Found[] = [];
    let pos = at + block[0].length;
    for (const line of text.slice(pos).split('\n')) {
      const indent = /^[ \t]*/.exec(line)![0].length;
      if (line.trim() && indent <= indentOf) break;
      if (line.trim()) out.push({ value: line.trim(), at: pos + indent });
      pos += line.length + 1;
    }
    return out;
  }
  // An unquoted run ends at a blank, `,`, `;`, `#`, a closing bracket, a quote that closes the enclosing string, or a
  // query string's `&`.
  const run = (/^[^\s,;#)\]}"'`&]+/.exec(rest)?.[0] ?? '').split(/\\[nrt"]/)[0]!;
  // A bracket that opens a mapping or list starts a structure, not a value (Amendment 3).
  if (/^[[{]$/.test(run)) return [];
  if (scheme.test(rest)) {
    const after = /^[^\s,;#)\]}"'`&]+/.exec(rest.replace(scheme, ''))?.[0] ?? '';
    return after ? [{ value: after, at: at + rest.length - rest.replace(scheme, '').length }] : [];
  }
  return run ? [{ value: run, at }] : [];
}

function lineIndent(text: string, at: number): number {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0].length;
}

function assignedValues(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(assignment)) {
    const name = m[2]!;
    if (/^authorization$/i.test(name) || !credentialName(name) || /public\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const quoted = /^\\*["'`]/.test(text.slice(m.index + m[0].length));
    const values = valueAt(text, m.index + m[0].length, lineIndent(text, m.index)).map(unscheme);
    out.push(...values.map((f) => (quoted || !codeReference(text, f.value) ? f : { ...f, reference: true })));
  }
  for (const m of text.matchAll(xmlElement)) {
    if (!credentialName(m[1]!)) continue;
    const value = m[2]!.trim();
    if (value) out.push(unscheme({ value, at: m.index + m[0].indexOf(value, m[1]!.length + 1) }));
  }
  for (const m of text.matchAll(option)) {
    if (credentialName(m[1]!)) out.push(...valueAt(text, m.index + m[0].length, lineIndent(text, m.index)));
  }
  return out;
}

// A value that is an Authorization value (`Bearer …`) is narrowed to the credential after its scheme (rule 3).
function unscheme(f: Found): Found {
  const value = f.value.replace(scheme, '');
  return { value, at: f.at + f.value.length - value.length };
}

/** Rules 1–4 over a text: key bodies first, then URL passwords, Authorization values and assignments outside them. */
export function ruleFinds(text: string): Found[] {
  const keys = keyBodies(text);
  const inKey = (f: Found) => keys.some((k) => f.at >= k.at && f.at < k.at + k.value.length);
  return [...keys, ...[...urlPasswords(text), ...authorizationValues(text), ...assignedValues(text)].filter((f) => !inKey(f))];
}

export function ruleValues(text: string): string[] {
  return [...new Set(ruleFinds(text).map((f) => f.value))];
}

/** A public key or a certificate file by its name: only rule 1 applies (a private-key block inside). */
const publicMaterial = /public|\.pub$|authorized-keys|certificate/i;

/**
 * One saved fake-leaks file as its item. `listed` are the expected scanner results' values for its path (rule 0);
 * those that stand in the text are narrowed to what rules 1–4 find in them, or kept whole when they find nothing.
 */
export function labelFakeLeak(path: string, text: string, listed: readonly string[]): FortyEighthItem {
  const rule = `leaktk/fake-leaks/${path}`;
  if (/(?:^|\/)invalid\//.test(path)) return { text, secrets: [], label: 'clean', rule };
  if (!/(?:^|\/)valid\//.test(path)) throw new Error(`${path}: neither valid/ nor invalid/ (no verdict)`);
  let found: string[];
  const references = new Set<string>();
  if (publicMaterial.test(path)) found = keyBodies(text).map((f) => f.value);
  else {
    const fromResults = listed.filter((v) => v && text.includes(v)).flatMap((v) => {
      const narrowed = ruleValues(v);
      return narrowed.length ? narrowed : [v];
    });
    const finds = ruleFinds(text);
    for (const f of finds) if (f.reference) references.add(f.value);
    found = fromResults.length ? fromResults : [...new Set(finds.map((f) => f.value))];
    if (!found.length && /^\S+$/.test(text.trim())) found = [text.trim()];
  }
  found = [...new Set(found)].filter((v) => text.includes(v));
  if (!found.length) return { text, secrets: [], label: 'clean', rule, note: publicMaterial.test(path) ? 'a public key or certificate' : 'no credential value found by the fixed rule' };
  const real = found.filter((v) => !variableOrExpression(v) && !references.has(v));
  if (!real.length) return { text, secrets: [], label: 'clean', rule, note: 'a variable or expression' };
  const kept = real.filter((v) => !placeholderValue(v));
  return kept.length ? { text, secrets: kept, label: 'secret', rule } : { text, secrets: real, label: 'secret', rule, note: 'a documented example or filler value' };
}
