// The forty-third holdout's labeller (corpus/README.md, "The forty-third holdout"): Apache NiFi's processor and
// controller-service tests, labelled by the property descriptors' `.sensitive(true)`. NiFi declares every property with a
// `PropertyDescriptor.Builder`, and one that carries a credential is built `.sensitive(true)` (NiFi's developer guide:
// sensitive values are encrypted in the flow definition and never shown in the UI or logs). The tests configure a
// component with `runner.setProperty([service, ]DESCRIPTOR, value);` statements: each run of them (statements separated
// only by blank lines and `//` comment lines) is one item, its text the run as the file writes it; a string literal given
// to a sensitive descriptor is its secret, the other descriptors' literals are clean text around it. A run that names a
// descriptor whose declaration is not among the saved class excerpts is not taken. NiFi's own `nifi.properties` files
// are labelled the same way by its sensitive-key list (`DEFAULT_SENSITIVE_PROPERTIES`, plus the file's own
// `…sensitive.props.additional.keys`): each blank-line-separated block of a test resource is one item. Set apart: a
// sensitive property given a Java expression (a variable, a constant, a call) or a NiFi reference (`#{parameter}`,
// `${expression}`) — its value is not in the text —; NiFi's protected forms (`enc{…}`, or a key with a `.protected`
// scheme line) — the ciphertext, not the credential in the clear —; then holdout21's verdict (stand-ins, a value written
// elsewhere in its text).
import { closeBracket } from './checkovCheckTests';
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const sensitiveDescriptorSources = ['nifi-email', 'nifi-aws', 'nifi-dbcp', 'nifi-standard', 'nifi-slack', 'nifi-properties'] as const;

export type FortyThirdNote =
  | TwentyFirstNote
  | 'a sensitive property given an expression or reference (its value is not in its text)'
  | "NiFi's protected (encrypted) form of a sensitive value";

export interface FortyThirdItem extends Omit<TwentyFirstItem, 'note'> {
  note?: FortyThirdNote;
}

/** Each `NAME = new PropertyDescriptor.Builder()` … `.build();` of the saved class excerpts, and whether it is built `.sensitive(true)`. */
export function descriptorSensitivity(classes: string): Map<string, boolean> {
  const declared = new Map<string, boolean>();
  for (const m of classes.matchAll(/\b(\w+) = new PropertyDescriptor\.Builder\(\)/g)) {
    const end = classes.indexOf('.build();', m.index);
    if (end < 0) throw new Error(`${m[1]}: its builder has no .build()`);
    const sensitive = /\.sensitive\(true\)/.test(classes.slice(m.index, end));
    if (declared.has(m[1]!) && declared.get(m[1]!) !== sensitive) throw new Error(`${m[1]}: declared sensitive and not`);
    declared.set(m[1]!, sensitive);
  }
  return declared;
}

/** The top-level arguments of a call's `(…)`, trimmed. */
function callArguments(call: string): string[] {
  const args: string[] = [];
  let from = 1;
  for (let i = 1; i < call.length - 1; i++) {
    const c = call[i]!;
    if (c === '"' || c === "'" || '([{'.includes(c)) i = (c === '"' || c === "'" ? quoted(call, i) : closeBracket(call, i)) - 1;
    else if (c === ',') {
      args.push(call.slice(from, i).trim());
      from = i + 1;
    }
  }
  args.push(call.slice(from, -1).trim());
  return args;
}

const quoted = (text: string, at: number) => {
  let i = at + 1;
  for (; i < text.length && text[i] !== text[at]; i++) if (text[i] === '\\') i++;
  return i + 1;
};

/** A Java string literal's content as the text writes it (escapes kept: the secret is what stands in the text), or undefined for any other expression. */
const javaLiteral = (arg: string) => (/^"(?:[^"\\]|\\.)*"$/s.test(arg) ? arg.slice(1, -1) : undefined);

/** One `x.setProperty(…);` statement: where it starts and ends, the descriptor it names and the value expression. */
interface SetProperty {
  start: number;
  end: number;
  descriptor: string | undefined;
  value: string;
}

/** Every `x.setProperty(…);` statement of a test file, in order (a statement begins its own line). */
export function setPropertyStatements(file: string): SetProperty[] {
  return [...file.matchAll(/^[ \t]*\w+\.setProperty\(/gm)].map((m) => {
    const open = m.index + m[0].length - 1;
    const close = closeBracket(file, open);
    const end = file.indexOf(';', close) + 1;
    const args = callArguments(file.slice(open, close));
    // The descriptor is the argument before the value; a string (a dynamic property's name) names none.
    const named = args.at(-2)!.replace(/\.getName\(\)$/, '');
    return { start: m.index, end, descriptor: /^[\w.]+$/.test(named) ? /(\w+)$/.exec(named)![1] : undefined, value: args.at(-1)! };
  });
}

/** Runs of statements separated only by blank lines and `//` comment lines. */
export function setPropertyRuns(file: string): SetProperty[][] {
  const runs: SetProperty[][] = [];
  for (const s of setPropertyStatements(file)) {
    const last = runs.at(-1)?.at(-1);
    const joined = last && file.slice(last.end, s.start).split('\n').every((l) => !l.trim() || l.trim().startsWith('//'));
    if (joined) runs.at(-1)!.push(s);
    else runs.push([s]);
  }
  return runs;
}

const isReference = (value: string) => /[#$]\{/.test(value);
const isProtected = (value: string) => value.startsWith('enc{');

/**
 * The items of one saved test file (its excerpts joined): each run whose descriptors are all declared in `declared`; a run
 * naming another is not taken and said in `report`.
 */
export function labelSetPropertyRuns(path: string, file: string, declared: ReadonlyMap<string, boolean>, report: string[]): FortyThirdItem[] {
  const perMethod = new Map<string, number>();
  return setPropertyRuns(file).flatMap((run): FortyThirdItem[] => {
    const text = file.slice(file.lastIndexOf('\n', run[0]!.start) + 1, run.at(-1)!.end);
    const method = [...file.slice(0, run[0]!.start).matchAll(/\bvoid (\w+)\(/g)].pop()?.[1] ?? 'class';
    const n = (perMethod.get(method) ?? 0) + 1;
    perMethod.set(method, n);
    const rule = `${path}#${method}${n > 1 ? `/${n}` : ''}`;
    const unknown = run.filter((s) => !s.descriptor || !declared.has(s.descriptor));
    if (unknown.length) {
      report.push(`${rule}: not taken, ${unknown.map((s) => s.descriptor ?? 'a dynamic property').join(', ')} not among the saved declarations`);
      return [];
    }
    const sensitive = run.filter((s) => declared.get(s.descriptor!));
    const literals = sensitive.map((s) => javaLiteral(s.value));
    const secrets = literals.filter((v): v is string => !!v && !isReference(v) && !isProtected(v));
    const encrypted = literals.filter((v): v is string => !!v && isProtected(v));
    if (!secrets.length && encrypted.length) return [{ text, secrets: encrypted, label: 'secret', rule, note: "NiFi's protected (encrypted) form of a sensitive value" }];
    const unseen = literals.filter((v) => v === undefined || isReference(v));
    if (!secrets.length && unseen.length) return [{ text, secrets: [], label: 'clean', rule, note: 'a sensitive property given an expression or reference (its value is not in its text)' }];
    return [verdict(text, secrets, rule)];
  });
}

/**
 * NiFi's sensitive property keys: the names `DEFAULT_SENSITIVE_PROPERTIES` lists, resolved through the saved
 * `String NAME = "key";` declarations, and the key that names additional ones. Names whose declaration is not saved
 * are returned apart (they label nothing).
 */
export function sensitiveKeys(classes: string): { keys: Set<string>; additionalKey: string; unresolved: string[] } {
  const list = /DEFAULT_SENSITIVE_PROPERTIES = new ArrayList<>\(asList\(([^;]*)\)\);/.exec(classes);
  const additional = /ADDITIONAL_SENSITIVE_PROPERTIES_KEY = "([^"]+)";/.exec(classes);
  if (!list || !additional) throw new Error('the sensitive-key list is not among the saved excerpts');
  const constants = new Map([...classes.matchAll(/String (\w+) = "([^"]*)";/g)].map((m) => [m[1]!, m[2]!]));
  const names = list[1]!.split(',').map((n) => n.trim()).filter(Boolean);
  return {
    keys: new Set(names.flatMap((n) => (constants.has(n) ? [constants.get(n)!] : []))),
    additionalKey: additional[1]!,
    unresolved: names.filter((n) => !constants.has(n)),
  };
}

/** The `key=value` lines of a properties text (comments and blank lines skipped). */
const setKeys = (text: string) =>
  text.split('\n').flatMap((l) => (/^[^#!\s][^=]*=/.test(l) ? [[l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()] as const] : []));

/**
 * The items of one `nifi.properties` test resource: each block of lines between blank lines that sets a key (a block of
 * comments only is none). A sensitive key's value is the secret; a key whose `<key>.protected` scheme the file names
 * holds NiFi's ciphertext, set apart.
 */
export function labelPropertiesFile(path: string, file: string, sensitive: { keys: ReadonlySet<string>; additionalKey: string }): FortyThirdItem[] {
  const pairs = setKeys(file);
  const additional = pairs.filter(([k]) => k === sensitive.additionalKey).flatMap(([, v]) => v.split(',').map((k) => k.trim()).filter(Boolean));
  const keys = new Set([...sensitive.keys, ...additional]);
  const protectedKeys = new Set(pairs.filter(([k]) => k.endsWith('.protected')).map(([k]) => k.slice(0, -'.protected'.length)));
  const items: FortyThirdItem[] = [];
  const lines = file.split('\n');
  for (let at = 0; at < lines.length; at++) {
    if (!lines[at]!.trim()) continue;
    let end = at;
    while (end < lines.length && lines[end]!.trim()) end++;
    const text = lines.slice(at, end).join('\n');
    const rule = `${path}#line ${at + 1}`;
    const set = setKeys(text);
    at = end;
    if (!set.length) continue;
    const slots = set.filter(([k, v]) => keys.has(k) && v);
    const plain = slots.filter(([k, v]) => !protectedKeys.has(k) && !isProtected(v)).map(([, v]) => v);
    const ciphered = slots.filter(([k, v]) => protectedKeys.has(k) || isProtected(v)).map(([, v]) => v);
    if (!plain.length && ciphered.length) items.push({ text, secrets: ciphered, label: 'secret', rule, note: "NiFi's protected (encrypted) form of a sensitive value" });
    else items.push(verdict(text, plain, rule));
  }
  return items;
}
