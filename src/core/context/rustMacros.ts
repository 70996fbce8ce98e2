// Rust macros in textual scope. A `macro_rules!` macro is visible after its definition in its own
// file and in the modules declared below it (`mod child;`), and `#[macro_use] mod m;` brings m's
// macros into that scope: a file calls the macros of every module file above it, and of their
// `#[macro_use]` modules, without naming them in any `use` (mio's `syscall!`, serde's
// `forward_to_deserialize_any!`, tokio's `cfg_rt!`). No import leads to them, and the sources that
// read the lines near the cursor see one only once it is called there. Each comes as its
// `macro_rules!` line, those the document has called already first.
import type { ContextRetriever } from './contextRetriever';
import type { ContextCandidate } from './contextTypes';
import type { CodeDefinition, FileAnalysis } from './fileAnalysis';
import { countBefore, usesOf } from './frequentNames';
import { importCandidates, rustAncestorModules } from './importResolver';
import type { RetrievalSignal } from './retrievalSignal';
import { syntaxLanguageFor } from '../syntax/languages';

const MAX_MACROS = 4;
const MACROS_WEIGHT = 0.85;
/** Attribute lines read above a `mod` for `#[macro_use]`. */
const ATTRIBUTE_LINES = 4;

const macrosOf = new WeakMap<FileAnalysis, CodeDefinition[]>();

/** The `macro_rules!` definitions of a file (those inside item macros too, see macroItems.ts); found once per analysis. */
export function macroDefinitions(file: FileAnalysis): CodeDefinition[] {
  let list = macrosOf.get(file);
  if (!list) macrosOf.set(file, (list = file.definitions.filter((d) => d.kind === 'function' && file.lines.text.startsWith('macro_rules!', d.startIndex))));
  return list;
}

// Module paths per listing of the workspace's files (the host gives a new one when files come or
// go): worked out once per file, not on every keystroke (each reads the whole listing).
const pathsByListing = new WeakMap<readonly string[], Map<string, string[][]>>();

function modulePaths(files: readonly string[] | undefined, key: string, compute: () => string[][]): string[][] {
  if (!files) return compute();
  let byKey = pathsByListing.get(files);
  if (!byKey) pathsByListing.set(files, (byKey = new Map()));
  let paths = byKey.get(key);
  if (!paths) byKey.set(key, (paths = compute()));
  return paths;
}

const macroUseOf = new WeakMap<FileAnalysis, string[]>();

/** The modules a file declares with `#[macro_use]` (`mod m;` with the attribute on it or just above); found once per analysis. */
export function macroUseModules(file: FileAnalysis): string[] {
  let out = macroUseOf.get(file);
  if (!out) macroUseOf.set(file, (out = findMacroUseModules(file)));
  return out;
}

function findMacroUseModules(file: FileAnalysis): string[] {
  const out: string[] = [];
  for (const ref of file.imports) {
    if (!new RegExp(`\\bmod\\s+${ref.source}\\s*;`).test(file.lines.lines(ref.line, ref.line))) continue; // a `use`
    for (let line = ref.line; line >= Math.max(0, ref.line - ATTRIBUTE_LINES); line--) {
      const text = file.lines.lines(line, line);
      if (text.includes('#[macro_use]')) {
        out.push(ref.source);
        break;
      }
      if (line < ref.line && !/^\s*#!?\[/.test(text)) break;
    }
  }
  return out;
}

/** The analysis of a workspace file by path: the open document's when it is open. */
async function analysisOf(signal: RetrievalSignal, path: string): Promise<FileAnalysis | undefined> {
  const open = signal.services.workspace.openDocuments().find((d) => d.relativePath === path);
  if (open) return open.uri === signal.document.uri ? undefined : signal.services.files.forDocument(open, signal.work);
  return signal.services.files.forPath(path, signal.work);
}

/** The first of a module's candidate files that exists (the files cache remembers those missing). */
async function moduleFile(signal: RetrievalSignal, candidates: readonly string[]): Promise<FileAnalysis | undefined> {
  for (const path of candidates) {
    const file = await analysisOf(signal, path);
    if (file) return file;
  }
  return undefined;
}

/** The files whose macros are in the document's textual scope: its `#[macro_use]` modules, then each module above it and its `#[macro_use]` modules. */
async function macroScopeFiles(signal: RetrievalSignal, current: FileAnalysis): Promise<FileAnalysis[]> {
  const files = signal.services.workspace.listFiles?.();
  const out: FileAnalysis[] = [];
  // One level: the macros a `#[macro_use]` module's own `#[macro_use]` modules bring in are left
  // out (measured: they added wrong guesses where a crate has dozens of them, none called yet).
  const withMacroUse = async (file: FileAnalysis): Promise<void> => {
    for (const name of macroUseModules(file)) {
      const [candidates] = modulePaths(files, `${file.path}\0${name}`, () => [importCandidates('rust', { source: name, line: 0, names: [] }, file.path, { files })]);
      const used = await moduleFile(signal, candidates);
      if (used && !out.includes(used)) out.push(used);
    }
  };
  await withMacroUse(current);
  const here = signal.document.relativePath;
  for (const candidates of modulePaths(files, here, () => rustAncestorModules(here, files))) {
    const ancestor = await moduleFile(signal, candidates);
    if (!ancestor) continue;
    out.push(ancestor);
    await withMacroUse(ancestor);
  }
  return out;
}

export const rustMacrosRetriever: ContextRetriever = {
  name: 'rustMacros',
  weight: MACROS_WEIGHT,
  async retrieve(signal) {
    if (syntaxLanguageFor(signal.document.languageId)?.name !== 'rust') return [];
    const current = signal.current();
    if (!current) return [];
    const uses = usesOf(current, signal.work);
    const found: { file: FileAnalysis; def: CodeDefinition; calls: number; order: number }[] = [];
    const seen = new Set(current.byName.keys()); // the document's own macro shadows one above
    for (const file of await macroScopeFiles(signal, current)) {
      for (const def of macroDefinitions(file)) {
        if (seen.has(def.name)) continue;
        seen.add(def.name);
        const offsets = uses?.get(def.name);
        found.push({ file, def, calls: offsets ? countBefore(offsets, signal.offset) : 0, order: found.length });
      }
    }
    // Called already first (most first), then the nearest module's.
    found.sort((a, b) => b.calls - a.calls || a.order - b.order);
    return found.slice(0, MAX_MACROS).map(({ file, def }, rank): ContextCandidate => {
      const text = file.lines.lines(def.startLine, def.startLine);
      return { path: file.path, text, source: 'rustMacros', sourceScore: 1 / (1 + rank), startLine: def.startLine, endLine: def.startLine, reason: `macro ${def.name}! (in scope)`, defines: def.name };
    });
  },
};
