// The thirty-fifth holdout's labeller (corpus/README.md, "The thirty-fifth holdout"): Ansible collections' tests,
// labelled by the called module's argument spec. A module declares each parameter in its argument spec, and one that
// carries a secret is declared `no_log=True` (a dict literal: `"no_log": True`; PowerShell: `no_log = $true`); Ansible's developer guide asks for it on
// passwords and other secrets, and ansible-test's `no-log-needed` sanity check flags password-like parameters without it.
// The collections' tests call their modules with literal values: a unit test's module-args dict
// (`set_module_args({...})`, `module_args = {...}`, `patch_module_args_compat({...}, …)`) or an integration test's task
// (`- name: …\n  win_user: name=… password=…`). Each is one item, its text the dict literal or the task as the file
// writes it. Each raw/<source>/manifest.json names, per saved test file, the module it calls and its no_log parameters,
// each with the spec line (a substring of the source's saved spec excerpts) that declares it no_log. A literal given to
// a no_log parameter is the secret; an item that gives none is clean; a no_log parameter given only a Jinja2 template
// (`{{ var }}`) or `omit` is set apart (its value is not in the text), as holdout31 sets apart a value built at run time.
// The notes are holdout21's, plus the template one.
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const noLogSources = ['ansible-general', 'ansible-grafana', 'ansible-rabbitmq', 'ansible-windows', 'ansible-crypto'] as const;

/** What a manifest says of one saved test file: the module it calls and the spec line of each no_log parameter. */
export interface NoLogCall {
  module: string;
  /** Parameter name → a line of the saved spec excerpts that declares it no_log. */
  noLog: Record<string, string>;
}

export type ThirtyFifthNote = TwentyFirstNote | 'an Ansible template or omit (the value is not in its text)';

export interface ThirtyFifthItem extends Omit<TwentyFirstItem, 'note'> {
  note?: ThirtyFifthNote;
}

/** One call as the file writes it: its text (a substring of the file), where it stands, and each parameter's value. */
interface Call {
  text: string;
  name: string;
  params: [string, string][];
}

const declaresNoLog = (param: string, line: string) =>
  new RegExp(`^\\s*(["']?)${param}\\1\\s*(?:=\\s*(?:dict\\(|@\\{)|:)`).test(line) && /(["']?)no_log\1\s*(?:=\s*(?:True|\$true)|:\s*[Tt]rue)/.test(line);

/** The string a Python literal `'…'` / `"…"` holds (the tests' values carry no escapes but quotes). */
const pyString = (quoted: string) => quoted.slice(1, -1).replace(/\\(['"\\])/g, '$1');

/** Each module-args dict of a Python test: from its `{` to the matching `}` (quotes respected); an empty `{}` is no call. */
export function pythonCalls(file: string): Call[] {
  const calls: Call[] = [];
  for (const m of file.matchAll(/(?:set_module_args\(|module_args = |patch_module_args_compat\(\s*)\{/g)) {
    const start = m.index + m[0].length - 1;
    let depth = 0;
    let end = start;
    for (let i = start; i < file.length; i++) {
      const c = file[i]!;
      if (c === "'" || c === '"') {
        const close = file.indexOf(c, i + 1);
        i = close;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    const text = file.slice(start, end);
    if (/^\{\s*\}$/.test(text)) continue;
    const name = [...file.slice(0, start).matchAll(/def (\w+)\(/g)].pop()?.[1] ?? 'module';
    const params = [...text.matchAll(/(['"])(\w+)\1\s*:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)].map((p) => [p[2]!, pyString(p[3]!)] as [string, string]);
    calls.push({ text, name, params });
  }
  return calls;
}

/** A YAML scalar as a task writes it: quoted, or bare to the end of the line (a trailing comment dropped). */
const yamlScalar = (raw: string) => {
  const v = raw.trim();
  return /^(['"]).*\1$/.test(v) ? v.slice(1, -1) : v.replace(/\s+#.*$/, '');
};

/** `key=value` pairs of a task's one-line form: a value quoted, a bare `{{ … }}` template, or bare to the next space. */
const inlineParams = (args: string): [string, string][] =>
  [...args.matchAll(/(\w+)=("[^"]*"|'[^']*'|\{\{[^}]*\}\}\S*|\S+)/g)].map((p) => [p[1]!, yamlScalar(p[2]!)]);

/**
 * Each task of a YAML task list that calls `module`: the list item (`- name: …` or `- module: …`, at any depth) whose own
 * keys include the module, from its dash to the next line indented no deeper than the dash; its parameters are the
 * module's inline `key=value` pairs or the mapping under it.
 */
export function yamlCalls(file: string, module: string): Call[] {
  const lines = file.split('\n');
  const calls: Call[] = [];
  for (let i = 0; i < lines.length; i++) {
    const dash = /^(\s*)- /.exec(lines[i]!);
    if (!dash) continue;
    const indent = dash[1]!.length;
    let end = i + 1;
    while (end < lines.length && (!lines[end]!.trim() || /^\s*/.exec(lines[end]!)![0].length > indent)) end++;
    while (end > i + 1 && !lines[end - 1]!.trim()) end--;
    const task = lines.slice(i, end);
    const keyIndent = ' '.repeat(indent + 2);
    const at = task.findIndex((l, k) => (k === 0 ? l.slice(indent + 2) : l.startsWith(keyIndent) && !l.startsWith(`${keyIndent} `) ? l.slice(indent + 2) : '').startsWith(`${module}:`));
    if (at < 0) continue;
    const inline = task[at]!.slice(task[at]!.indexOf(`${module}:`) + module.length + 1);
    const params: [string, string][] = inline.trim()
      ? inlineParams(inline)
      : mapping(task.slice(at + 1), keyIndent).flatMap((l) => {
          const kv = /^\s*(\w+):(?:\s+(.*))?$/.exec(l);
          return kv ? [[kv[1]!, yamlScalar(kv[2] ?? '')] as [string, string]] : [];
        });
    const name = /^\s*- name:\s*(.*)$/.exec(task[0]!)?.[1] ?? `line ${i + 1}`;
    calls.push({ text: task.join('\n'), name: yamlScalar(name), params });
  }
  return calls;
}

/** The module's own mapping lines: those under it, up to the task's next key, one level deeper than the module's key. */
function mapping(rest: readonly string[], keyIndent: string): string[] {
  const end = rest.findIndex((l) => l.trim() && !l.startsWith(`${keyIndent} `));
  return (end < 0 ? rest : rest.slice(0, end)).filter((l) => l.startsWith(`${keyIndent}  `) && !l.startsWith(`${keyIndent}   `));
}

const isTemplate = (value: string) => value.includes('{{') || value === 'omit';

/**
 * The items of one saved test file. Every no_log parameter the manifest names must be declared no_log by a line of the
 * saved spec excerpts; then each call: the literals given to no_log parameters are its secrets (an empty value is none),
 * a call whose no_log parameters hold only templates is set apart, and holdout21's verdict sets apart stand-ins and a
 * value written elsewhere in the text too.
 */
export function labelNoLogCalls(path: string, call: NoLogCall, file: string, spec: string): ThirtyFifthItem[] {
  for (const [param, line] of Object.entries(call.noLog)) {
    if (!spec.includes(line) || !declaresNoLog(param, line)) throw new Error(`${path}: ${param} is not declared no_log by ${JSON.stringify(line)}`);
  }
  const calls = path.endsWith('.py') ? pythonCalls(file) : yamlCalls(file, call.module);
  return calls.map((c) => {
    const rule = `${path}#${c.name}`;
    const slots = c.params.filter(([k]) => k in call.noLog);
    const secrets = slots.map(([, v]) => v).filter((v) => v && !isTemplate(v));
    if (!secrets.length && slots.some(([, v]) => isTemplate(v))) return { text: c.text, secrets: [], label: 'clean', rule, note: 'an Ansible template or omit (the value is not in its text)' };
    const counts = new Map<string, number>();
    for (const s of secrets) counts.set(s, (counts.get(s) ?? 0) + 1);
    return verdict(c.text, secrets, rule, counts);
  });
}
