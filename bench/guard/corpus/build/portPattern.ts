// Turns a detector's pattern (Rust `regex` / Hyperscan syntax, as Nosey Parker and Kingfisher
// write them) into a JavaScript RegExp, and says which capture groups hold the secret.
// - (?x): unescaped whitespace and `#` comments outside classes are dropped, `(?# … )` too.
// - Flags: leading or inline `(?i)`, `(?m)`, `(?s)` and scoped `(?i: … )` become flags of the
//   whole expression (Node 20 has no scoped flags). That can only widen a match, never narrow it.
// - The secret groups: groups whose `(?# … )` note names a password, secret, key or token; when
//   no group has such a note, the last group (rules put identifiers such as a user name, a host
//   or an account name first and the credential last).
export interface PortedPattern {
  readonly regex: RegExp;
  readonly secretGroups: readonly number[];
}

export function portPattern(source: string): PortedPattern {
  const flags = new Set<string>(['g', 'd']);
  let text = source;
  if (/\(\?[a-z]*x[a-z]*\)/.test(text)) text = stripVerbose(text);
  else text = text.trim();
  text = text.replace(/\(\?([imsx]+)\)/g, (_, f: string) => {
    for (const c of f) if (c !== 'x') flags.add(c);
    return '';
  });
  text = text.replace(/\(\?([ims]+):/g, (_, f: string) => {
    for (const c of f) flags.add(c);
    return '(?:';
  });
  text = text.replace(/\(\?P</g, '(?<');
  text = text.replace(/\\z/g, '$(?![\\s\\S])').replace(/\\A/g, '^(?<![\\s\\S])');
  const regex = new RegExp(text, [...flags].join(''));
  return { regex, secretGroups: secretGroups(source) };
}

function stripVerbose(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      // An escaped space or `#` is that character (JS's `u`-less syntax would accept `\#` too).
      out += next === ' ' || next === '#' ? next : c + next;
      i++;
      continue;
    }
    if (inClass) {
      // Verbose mode ignores whitespace inside classes too (hence the rules' `[\ \t]`).
      if (c === ']') inClass = false;
      if (!/\s/.test(c)) out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += source[++i];
      continue;
    }
    if (source.startsWith('(?#', i)) {
      i = source.indexOf(')', i);
      continue;
    }
    if (c === '#') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
      continue;
    }
    if (/\s/.test(c)) continue;
    out += c;
  }
  return out;
}

// Capture groups in order, each with the `(?# … )` note on its own line (if any); a group named
// TOKEN or SECRET (Kingfisher's convention) is the secret outright.
function secretGroups(source: string): number[] {
  const notes: string[] = [];
  const names: string[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (source[i + 1] === ']') i++;
      continue;
    }
    const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(source.slice(i, i + 40));
    if (c === '(' && (source[i + 1] !== '?' || named)) {
      names.push(named?.[1] ?? '');
      const lineEnd = source.indexOf('\n', i);
      const line = source.slice(i, lineEnd === -1 ? undefined : lineEnd);
      notes.push(/\(\?#([^)]*)\)/.exec(line)?.[1] ?? '');
    }
  }
  const token = names.findIndex((n) => /^(TOKEN|SECRET)$/i.test(n));
  if (token !== -1) return [token + 1];
  const named = notes.flatMap((note, n) => (/password|secret|key|token/i.test(note) ? [n + 1] : []));
  if (named.length > 0) return named;
  return notes.length > 0 ? [notes.length] : [0];
}
