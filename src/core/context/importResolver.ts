// Maps an import to the workspace files it names, without a language server: relative paths,
// TS path aliases from tsconfig, Python packages, Rust modules, C includes, and for languages
// that import namespaces (Java, PHP, Go, C#) a suffix match against the files the host lists.
import { posix } from 'node:path';
import type { SyntaxLanguageName } from '../syntax/languages';
import type { ImportRef } from './fileAnalysis';

/** `compilerOptions.baseUrl` and `paths` of the workspace's tsconfig/jsconfig. */
export interface TsPathConfig {
  readonly baseUrl: string;
  readonly paths: Readonly<Record<string, readonly string[]>>;
}

export interface ImportResolutionContext {
  readonly tsPaths?: TsPathConfig;
  /** Module path from go.mod. */
  readonly goModule?: string;
  readonly files?: readonly string[];
}

const TS_EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs'];

function normalize(path: string): string | undefined {
  const p = posix.normalize(path).replace(/^\.\//, '');
  return p.startsWith('..') || p.startsWith('/') ? undefined : p;
}

function scriptCandidates(base: string): string[] {
  const stem = base.replace(/\.(m|c)?js$/, ''); // ESM TypeScript imports './x.js' for ./x.ts
  return [
    base,
    ...TS_EXTENSIONS.map((ext) => stem + ext),
    ...TS_EXTENSIONS.map((ext) => `${base}/index${ext}`),
  ];
}

function tsCandidates(source: string, dir: string, config: TsPathConfig | undefined): string[] {
  if (source.startsWith('.')) return scriptCandidates(posix.join(dir, source));
  if (!config) return [];
  const out: string[] = [];
  for (const [pattern, targets] of Object.entries(config.paths)) {
    const star = pattern.indexOf('*');
    const prefix = star < 0 ? pattern : pattern.slice(0, star);
    const suffix = star < 0 ? '' : pattern.slice(star + 1);
    const matches = star < 0 ? source === pattern : source.startsWith(prefix) && source.endsWith(suffix);
    if (!matches) continue;
    const captured = star < 0 ? '' : source.slice(prefix.length, source.length - suffix.length);
    for (const target of targets) out.push(...scriptCandidates(posix.join(config.baseUrl, target.replace('*', captured))));
  }
  if (config.baseUrl !== '.' || Object.keys(config.paths).length === 0) out.push(...scriptCandidates(posix.join(config.baseUrl, source)));
  return out;
}

function pythonCandidates(ref: ImportRef, dir: string): string[] {
  const dots = /^\.*/.exec(ref.source)![0].length;
  const rest = ref.source.slice(dots).split('.').filter(Boolean);
  const modules = (root: string): string[] => {
    const base = posix.join(root, ...rest);
    const out = [`${base}.py`, `${base}/__init__.py`, `${base}.pyi`];
    // `from pkg import name`: the name may be a submodule (`name as alias`: not the alias).
    for (const name of ref.names.filter((n) => !ref.aliases?.has(n))) out.push(posix.join(base, `${name}.py`), posix.join(base, name, '__init__.py'));
    return out;
  };
  if (dots > 0) {
    let root = dir;
    for (let i = 1; i < dots; i++) root = posix.dirname(root);
    return modules(root);
  }
  // Absolute: from the workspace root, `src/`, and every folder above the importing file.
  const roots = new Set(['.', 'src']);
  for (let d = dir; d !== '.' && d !== '/' && d !== ''; d = posix.dirname(d)) roots.add(posix.dirname(d));
  return [...roots].flatMap(modules);
}

/** The crate a Rust file belongs to: the nearest folder above it with a Cargo.toml (the workspace root if none is listed). */
function rustCrateSource(fromPath: string, files: readonly string[] | undefined): string {
  const listed = new Set(files ?? []);
  for (let dir = posix.dirname(fromPath); ; dir = posix.dirname(dir)) {
    if (listed.has(dir === '.' ? 'Cargo.toml' : `${dir}/Cargo.toml`)) return dir === '.' ? 'src' : `${dir}/src`;
    if (dir === '.' || dir === '/' || dir === '') return 'src';
  }
}

/** The module path of a Rust file inside its crate's src folder: src/a/b.rs and src/a/b/mod.rs are a::b; lib.rs and main.rs the crate root. */
function rustModulePath(fromPath: string, src: string): string[] {
  const rel = posix.relative(src, fromPath).replace(/\.rs$/, '');
  if (rel.startsWith('..')) return [];
  const segments = rel.split('/');
  const last = segments[segments.length - 1];
  if (last === 'mod' || (segments.length === 1 && (last === 'lib' || last === 'main'))) segments.pop();
  return segments;
}

/**
 * The files the modules above a Rust file may be in, its parent's first and the crate root's
 * last (`src/a/b/c.rs` → a::b's files, a's, then lib.rs/main.rs), each as its candidate paths.
 */
export function rustAncestorModules(fromPath: string, files: readonly string[] | undefined): string[][] {
  const src = rustCrateSource(fromPath, files);
  const here = rustModulePath(fromPath, src);
  const out: string[][] = [];
  for (let n = here.length - 1; n >= 0; n--) out.push(rustModuleFiles(src, here.slice(0, n)));
  return out;
}

function rustModuleFiles(src: string, segments: readonly string[]): string[] {
  if (segments.length === 0) return [posix.join(src, 'lib.rs'), posix.join(src, 'main.rs')];
  const base = posix.join(src, ...segments);
  return [`${base}.rs`, posix.join(base, 'mod.rs')];
}

/**
 * `use crate::a::B`, `use super::b::{C, d}`, `use self::x`, and `mod m;` resolved against the
 * crate of the importing file (its Cargo.toml), most specific module first: the item may be a
 * module itself or be defined in the module that names it.
 */
function rustCandidates(source: string, fromPath: string, files: readonly string[] | undefined): string[] {
  const src = rustCrateSource(fromPath, files);
  const here = rustModulePath(fromPath, src);
  if (!source.includes(':')) return rustModuleFiles(src, [...here, source]); // `mod m;`
  const group = /\{([^}]*)\}/.exec(source)?.[1];
  const segments = source.replace(/\{.*$/, '').split('::').filter((s) => s && s !== '*');
  let base: string[];
  let i = 0;
  if (segments[0] === 'crate') {
    base = [];
    i = 1;
  } else if (segments[0] === 'self') {
    base = [...here];
    i = 1;
  } else if (segments[0] === 'super') {
    base = [...here];
    for (; segments[i] === 'super'; i++) base.pop();
  } else if (/^[a-z_][a-z0-9_]*$/.test(segments[0]) && !RUST_EXTERNAL.has(segments[0])) {
    // `use de::Visitor`: a 2015-edition path starts at the crate root, a 2018 one may name a module
    // in scope (a child of this one). Both are tried; the first segment must be a module of the
    // crate (an external crate's name is no file here, and never the crate's own lib.rs).
    return [...rustPathFiles(src, [], segments, group, 1), ...rustPathFiles(src, here, segments, group, 1)];
  } else {
    return [];
  }
  return rustPathFiles(src, base, segments.slice(i), group, 0);
}

/** Crates a bare path names that are never a module of the project. */
const RUST_EXTERNAL = new Set(['std', 'core', 'alloc', 'proc_macro', 'test']);

/** The files a path `rest` below module `base` may be in, most specific first (`min` segments of it at least). */
function rustPathFiles(src: string, base: readonly string[], rest: readonly string[], group: string | undefined, min: number): string[] {
  const out: string[] = [];
  // `use crate::a::{b, C}`: b may be a module of its own.
  for (const name of (group ?? '').split(',').map((n) => n.trim().split(/\s|::/)[0]).filter((n) => /^[a-z_][a-z0-9_]*$/.test(n) && n !== 'self')) {
    out.push(...rustModuleFiles(src, [...base, ...rest, name]));
  }
  for (let n = rest.length; n >= min; n--) out.push(...rustModuleFiles(src, [...base, ...rest.slice(0, n)]));
  return out;
}

/** Files with `extension` directly in a folder whose path ends with `folder`. */
function filesIn(files: readonly string[] | undefined, folder: string, extension: string): string[] {
  if (!files) return [];
  return files.filter((f) => f.endsWith(extension) && (posix.dirname(f) === folder || posix.dirname(f).endsWith(`/${folder}`))).slice(0, 12);
}

function suffixMatches(files: readonly string[] | undefined, suffix: string): string[] {
  if (!files) return [];
  return files.filter((f) => f === suffix || f.endsWith(`/${suffix}`)).slice(0, 3);
}

/**
 * C# `using Acme.Bank.Models;` names a namespace, which by convention is a folder: the .cs
 * files of the folder whose path ends with the most of the namespace's segments.
 */
function csharpCandidates(namespace: string, files: readonly string[] | undefined): string[] {
  if (!files) return [];
  const segments = namespace.replace(/^(global::|static\s+)/, '').split('.');
  for (let k = segments.length; k >= 1; k--) {
    const folder = segments.slice(segments.length - k).join('/');
    const hits = files.filter((f) => f.endsWith('.cs') && (posix.dirname(f) === folder || posix.dirname(f).endsWith(`/${folder}`)));
    if (hits.length) return hits.slice(0, 8);
  }
  return [];
}

/** Candidate workspace paths for an import, most likely first (they may not exist). */
export function importCandidates(
  language: SyntaxLanguageName,
  ref: ImportRef,
  fromPath: string,
  context: ImportResolutionContext,
): string[] {
  const dir = posix.dirname(fromPath);
  let candidates: string[];
  switch (language) {
    case 'typescript':
    case 'tsx':
    case 'javascript':
      candidates = tsCandidates(ref.source, dir, context.tsPaths);
      break;
    case 'python':
      candidates = pythonCandidates(ref, dir);
      break;
    case 'rust':
      candidates = rustCandidates(ref.source, fromPath, context.files);
      break;
    case 'c':
    case 'cpp':
      // Beside the file, from the root, or under any include folder of the project.
      candidates = [posix.join(dir, ref.source), ref.source, posix.join('include', ref.source), posix.join('src', ref.source), ...suffixMatches(context.files, ref.source)];
      break;
    case 'ruby': {
      const file = ref.source.endsWith('.rb') ? ref.source : `${ref.source}.rb`;
      candidates = [posix.join(dir, file), posix.join('lib', file), file];
      break;
    }
    case 'bash':
      candidates = [posix.join(dir, ref.source), ref.source];
      break;
    case 'php':
      candidates = ref.source.includes('\\')
        ? suffixMatches(context.files, `${ref.source.split('\\').slice(1).join('/')}.php`)
        : [posix.join(dir, ref.source), ref.source];
      break;
    case 'java': {
      // A class; else a static member's class (`import static a.B.m`); else a package (`import a.b.*`).
      const path = ref.source.replace(/\./g, '/');
      candidates = suffixMatches(context.files, `${path}.java`);
      if (!candidates.length) candidates = suffixMatches(context.files, `${posix.dirname(path)}.java`);
      if (!candidates.length) candidates = filesIn(context.files, path, '.java');
      break;
    }
    case 'csharp':
      candidates = csharpCandidates(ref.source, context.files);
      break;
    case 'go': {
      const module = context.goModule;
      if (!module || !context.files || (ref.source !== module && !ref.source.startsWith(`${module}/`))) return [];
      // The module's root package is imported by its bare path from any subfolder.
      const pkgDir = ref.source === module ? '.' : ref.source.slice(module.length + 1);
      candidates = context.files.filter((f) => posix.dirname(f) === pkgDir && f.endsWith('.go') && !f.endsWith('_test.go'));
      break;
    }
    default:
      candidates = [];
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of candidates) {
    const p = normalize(c);
    if (p && p !== fromPath && !seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  }
  return out;
}

/** Reads `compilerOptions.baseUrl`/`paths` from tsconfig text (comments and trailing commas allowed). */
export function parseTsPathConfig(text: string): TsPathConfig | undefined {
  try {
    const json = JSON.parse(
      text
        .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_m, str: string | undefined) => str ?? '')
        .replace(/,(\s*[}\]])/g, '$1'),
    ) as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } };
    const options = json.compilerOptions;
    if (!options?.paths && !options?.baseUrl) return undefined;
    return { baseUrl: normalize(options.baseUrl ?? '.') ?? '.', paths: options.paths ?? {} };
  } catch {
    return undefined;
  }
}

/** The module path declared in go.mod. */
export function parseGoModule(text: string): string | undefined {
  return /^module\s+(\S+)/m.exec(text)?.[1];
}

/** Files whose top-level names a file sees without importing them: its Go package and Java package (the same folder). */
export function samePackageFiles(language: SyntaxLanguageName, fromPath: string, files: readonly string[] | undefined): string[] {
  if (!files || (language !== 'go' && language !== 'java')) return [];
  const dir = posix.dirname(fromPath);
  const extension = language === 'go' ? '.go' : '.java';
  const test = fromPath.endsWith('_test.go');
  return files.filter((f) => f !== fromPath && posix.dirname(f) === dir && f.endsWith(extension) && (test || !f.endsWith('_test.go')));
}
