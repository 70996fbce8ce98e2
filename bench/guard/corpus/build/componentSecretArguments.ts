// The sixty-second holdout's labeller (corpus/README.md, "The sixty-second holdout"): Grafana Alloy's and Vector's component
// tests and example configurations, labelled by the type of the component's argument. Alloy declares a credential argument
// `alloytypes.Secret` or `alloytypes.OptionalSecret` (`rivertypes.Secret` in grafana/agent), Vector `SensitiveString`, and
// Redpanda Connect (the named candidate taken because the two were thin) a field spec marked `.Secret()`; a test or
// example writes a configuration block that fills those arguments. Each case is transcribed into its
// raw/<source>/manifest.json under the saved configuration's name: the block (a substring of the saved file), each slot the
// block fills with a literal (the argument, the value, the declaration line of the saved declaration excerpts) and each
// secret-typed argument it fills with a reference instead (`${VAR}`, `env("…")`, `sys.env("…")`, a file path, a format verb
// the test fills in). The build checks the block stands in the file, each declaration in the excerpts and types that
// argument secret, the block writes that argument with that value; the rest is read from the block itself.
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const componentSecretSources = ['alloy', 'vector', 'redpanda-connect'] as const;

/** An argument the block fills, and the declaration line that types it. */
export interface SecretArgument {
  field: string;
  value: string;
  /** A line of the saved declaration excerpts (Vector: with its `#[serde(alias = …)]` line when the block uses the alias). */
  declared: string;
}

/** A case as a manifest transcribes it. */
export interface ComponentCase {
  rule: string;
  text: string;
  /** Secret-typed arguments the block fills with a literal, once per slot. */
  slots: SecretArgument[];
  /** Secret-typed arguments the block fills with a reference to the value instead. */
  references?: SecretArgument[];
  /** Arguments the block writes that the source's documentation types `secret` and its code plain. */
  markersDisagree?: string[];
}

export type SixtySecondNote =
  | TwentyFirstNote
  | 'a reference to the secret, not its value'
  | 'a secret-named argument of a plain type'
  | "the source's own markers disagree";

export interface SixtySecondItem extends Omit<TwentyFirstItem, 'note'> {
  note?: SixtySecondNote;
}

const alloyDeclaration = /^\t\w+\s+(\*|\[\]|map\[string\]\[\])?(?:alloytypes|rivertypes)\.(?:Optional)?Secret\s+`alloy:"(\w+)[,"]/;
const vectorDeclaration = /^(?:\s*#\[serde\(alias = "(\w+)"\)\]\n)?\s*(?:pub(?:\([\w:]+\))? )?(\w+): (?:Option<)?SensitiveString>?,$/;
const connectDeclaration = /^\t*Field\(service\.New\w*Field\("(\w+)"\)\.(?:\w+\([^()]*\)\.)*?Secret\(\)/;
const reference = /^(?:\$\{\w+\}|%s|(?:sys\.)?env\("\w+"\)|\/\S+)$/;
/** An argument whose name says it holds a credential (or the file or path of one). */
export const secretNamed = /(?:^|_)(?:password|passwd|passphrase|secret|token|credentials?|apikey|key)(?:_(?:file|path|name|id))?$/;
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The argument names a declaration line types secret, and whether it is a map of secrets. */
function declaredSecret(declared: string): { names: string[]; map: boolean } | undefined {
  const alloy = alloyDeclaration.exec(declared);
  if (alloy) return { names: [alloy[2]!], map: alloy[1] === 'map[string][]' };
  const vector = vectorDeclaration.exec(declared);
  if (vector) return { names: [vector[2]!, ...(vector[1] ? [vector[1]] : [])], map: false };
  const connect = connectDeclaration.exec(declared);
  return connect ? { names: [connect[1]!], map: false } : undefined;
}

/** The block writes `field = value` / `field: value` on a line of its own (TOML's dotted `auth.field` too; quoted or not, in a
 * one-element list, a comment after). */
function writes(text: string, field: string, value: string, map: boolean): boolean {
  const f = escaped(field);
  const v = escaped(value);
  if (map) return new RegExp(`(?:^|\\n)[ \\t]*${f}[ \\t]*=[ \\t]*\\{[^}]*=[ \\t]*\\[[ \\t]*"${v}"`).test(text);
  return new RegExp(`(?:^|\\n)[ \\t]*(?:\\w+\\.)*${f}[ \\t]*[=:][ \\t]*\\[?(["']?)${v}\\1\\]?[ \\t,]*(?:(?:#|//).*)?(?=\\n|$)`).test(text);
}

/** The argument names the block writes at the start of a line (the last part of a dotted TOML key). */
export function writtenArguments(text: string): string[] {
  return [...text.matchAll(/^[ \t]*(?:- )?(?:\w+\.)*([A-Za-z_]\w*)[ \t]*(?:=|:(?!:))/gm)].map((m) => m[1]!);
}

function check(source: string, c: ComponentCase, a: SecretArgument, schema: string): void {
  if (!schema.includes(a.declared)) throw new Error(`${source} ${c.rule}: ${a.field}'s declaration is not in the saved excerpts`);
  const declared = declaredSecret(a.declared);
  if (!declared?.names.includes(a.field)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(a.declared)} does not type ${a.field} secret`);
  if (!writes(c.text, a.field, a.value, declared.map)) throw new Error(`${source} ${c.rule}: the block does not write ${a.field} = ${JSON.stringify(a.value)}`);
}

/**
 * The items of one saved configuration. Checks as the header says; then a block whose arguments the documentation and the
 * code type differently is set apart; a block with a literal slot gets holdout21's verdict, each value counted as often as
 * a slot holds it (a stand-in or a value written elsewhere in the block too set apart); a block that fills a secret-typed
 * argument only by reference, or writes a secret-named argument of a plain type, is set apart; the rest is clean.
 */
export function labelComponentArguments(source: string, cases: readonly ComponentCase[], file: string, schema: string): SixtySecondItem[] {
  return cases.map((c) => {
    if (!file.includes(c.text)) throw new Error(`${source} ${c.rule}: its block is not in the saved file`);
    for (const a of [...c.slots, ...(c.references ?? [])]) check(source, c, a, schema);
    for (const r of c.references ?? []) if (!reference.test(r.value)) throw new Error(`${source} ${c.rule}: ${JSON.stringify(r.value)} is not a reference`);
    const written = writtenArguments(c.text);
    for (const d of c.markersDisagree ?? []) {
      if (!written.includes(d) || !new RegExp(`\\| \`${escaped(d)}\`\\s*\\| \`secret\` \\|`).test(schema)) throw new Error(`${source} ${c.rule}: no documented secret ${d} in its block`);
    }
    const slots = new Map<string, number>();
    for (const s of c.slots) slots.set(s.value, (slots.get(s.value) ?? 0) + 1);
    const values = c.slots.map((s) => s.value);
    if (c.markersDisagree?.length) return { text: c.text, secrets: [...new Set(values)], label: 'secret', rule: c.rule, note: "the source's own markers disagree" };
    if (values.length) return verdict(c.text, values, c.rule, slots);
    const typed = new Set((c.references ?? []).map((r) => r.field));
    if (typed.size) return { text: c.text, secrets: [], label: 'clean', rule: c.rule, note: 'a reference to the secret, not its value' };
    if (written.some((w) => secretNamed.test(w))) return { text: c.text, secrets: [], label: 'clean', rule: c.rule, note: 'a secret-named argument of a plain type' };
    return { text: c.text, secrets: [], label: 'clean', rule: c.rule };
  });
}
