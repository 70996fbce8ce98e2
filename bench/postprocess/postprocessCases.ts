// The case format of the post-processing benchmark, read and checked: a JSON array of
// {language, prefix, suffix, raw, expected, multiline?, name?}. A bad file gets a message that
// names the case and the field, never a stack trace.
import { readFileSync } from 'node:fs';

export interface PostprocessCase {
  readonly language: string;
  readonly prefix: string;
  readonly suffix: string;
  /** What the model streamed, verbatim. */
  readonly raw: string;
  /** The text the editor should insert ('' when nothing should be suggested). */
  readonly expected: string;
  /** The mode the case was written for; absent: multi-line when `expected` spans lines. */
  readonly multiline?: boolean;
  readonly name?: string;
}

export function readCases(path: string): PostprocessCase[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not a readable JSON file (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected a JSON array of cases`);
  return parsed.map((item, i) => checkCase(item, `${path} case ${i}`));
}

function checkCase(item: unknown, where: string): PostprocessCase {
  if (typeof item !== 'object' || item === null) throw new Error(`${where}: not an object`);
  const c = item as Record<string, unknown>;
  for (const field of ['language', 'prefix', 'suffix', 'raw'] as const) {
    if (typeof c[field] !== 'string') throw new Error(`${where}: "${field}" must be a string`);
  }
  // A case written from another engine's tests may say "nothing" with null.
  if (c.expected !== null && typeof c.expected !== 'string') throw new Error(`${where}: "expected" must be a string (or null for nothing)`);
  if (c.multiline !== undefined && typeof c.multiline !== 'boolean') throw new Error(`${where}: "multiline" must be a boolean`);
  return {
    language: c.language as string,
    prefix: c.prefix as string,
    suffix: c.suffix as string,
    raw: c.raw as string,
    expected: (c.expected as string | null) ?? '',
    ...(typeof c.multiline === 'boolean' && { multiline: c.multiline }),
    ...(typeof c.name === 'string' && { name: c.name }),
  };
}

/** The mode a case states: its own, or multi-line when the expected text spans lines. */
export function statedMultiline(c: PostprocessCase): boolean {
  return c.multiline ?? c.expected.trimEnd().includes('\n');
}

// Names people give a language, mapped to VS Code's language ids (what the editor passes).
const ALIASES: Record<string, string> = {
  ts: 'typescript', tsx: 'typescriptreact', js: 'javascript', jsx: 'javascriptreact', mjs: 'javascript', cjs: 'javascript',
  py: 'python', python3: 'python', golang: 'go', rs: 'rust', rb: 'ruby', cs: 'csharp', 'c#': 'csharp', 'c-sharp': 'csharp',
  'c++': 'cpp', cc: 'cpp', cxx: 'cpp', hpp: 'cpp', h: 'c', sh: 'shellscript', bash: 'shellscript', zsh: 'shellscript', shell: 'shellscript',
  kt: 'kotlin', kts: 'kotlin', yml: 'yaml', 'f#': 'fsharp', fs: 'fsharp', md: 'markdown', jl: 'julia', scala: 'scala', sc: 'scala',
  hs: 'haskell', clj: 'clojure', ex: 'elixir', exs: 'elixir', sol: 'solidity', vue: 'vue', svelte: 'svelte', htm: 'html', ps1: 'powershell',
  pl: 'perl', rlang: 'r', tf: 'terraform', hcl: 'terraform', dockerfile: 'dockerfile', m: 'objective-c', mm: 'objective-cpp', kotlin: 'kotlin',
};

/** VS Code's language id for a case's `language` (an id, a name, an extension or a file name). */
export function languageIdOf(language: string): string {
  let key = language.trim().toLowerCase();
  const dot = key.lastIndexOf('.');
  if (dot !== -1 && !['c#', 'f#', 'c++'].includes(key)) key = key.slice(dot + 1);
  return ALIASES[key] ?? key;
}
