// Resolves the current document's imports to analysed workspace files, remembering each
// resolution so a keystroke costs map lookups, not file probes. What is remembered lasts until
// the host reports a change that can alter it (a file created or deleted, a resolution config
// changed, a new listing of the workspace's files), never by age: an expiry by the clock would
// make a request's context depend on how fast the machine is.
import type { DocumentSnapshot } from '../documentSnapshot';
import { syntaxLanguageFor } from '../syntax/languages';
import type { SyntaxLanguageName } from '../syntax/languages';
import type { ContextWorkspace } from './contextWorkspace';
import type { FileAnalysisCache } from './fileAnalysisCache';
import type { FileAnalysis, ImportRef } from './fileAnalysis';
import { importCandidates, parseGoModule, parseTsPathConfig, samePackageFiles } from './importResolver';
import type { ImportResolutionContext } from './importResolver';
import { NO_WORK } from './workBudget';
import type { WorkBudget } from './workBudget';

export interface ResolvedImport {
  readonly file: FileAnalysis;
  /** Identifiers bound by the imports that resolved to this file. */
  readonly names: ReadonlySet<string>;
  /** Aliases among them: alias → original name. */
  readonly aliases?: ReadonlyMap<string, string>;
}

const MAX_IMPORTS = 40;
const MAX_TARGETS = 12;
/** Files of the same Go or Java package searched, at most (beyond what the imports name). */
const MAX_SAME_PACKAGE = 24;
/** Headers reached through the included ones (C, C++), at most, and how many levels down. */
const MAX_INCLUDED_THROUGH = 24;
const MAX_INCLUDE_DEPTH = 4;
/** Resolutions remembered, at most (every file whose base classes were followed adds its own). */
const MAX_RESOLVED = 5_000;

export class ImportTargets {
  /** The resolution configs (tsconfig/jsconfig paths, go.mod), read once until invalidated. */
  private configs: Promise<Omit<ImportResolutionContext, 'files'>> | undefined;
  /** The host's listing the cached resolutions were made with: a new listing (files created or deleted) starts afresh. */
  private listing: readonly string[] | undefined;
  private readonly resolved = new Map<string, readonly string[]>();
  /** Same-package files per document, from the current listing (a scan of every file); cleared with it. */
  private readonly samePackage = new Map<string, readonly string[]>();

  constructor(
    private readonly workspace: ContextWorkspace,
    private readonly files: FileAnalysisCache,
  ) {}

  /** Files were created or deleted, or a resolution config changed: every resolution is made again. */
  invalidate(): void {
    this.configs = undefined;
    this.listing = undefined;
    this.resolved.clear();
    this.samePackage.clear();
  }

  /** Whether a change to this workspace file's content can change how imports resolve. */
  static isResolutionConfig(path: string): boolean {
    return path === 'tsconfig.json' || path === 'jsconfig.json' || path === 'go.mod';
  }

  /**
   * The analysed files the imports of a document (or of any workspace file) name, each with the
   * names its import statements bind. `editing`: the uri of the document the request is for,
   * which may be among them (a sibling of its package, a module importing it); its analysis is
   * served as it is, maybe a version old, as `RetrievalSignal.current()` does, never redone on
   * the request's time (a long file's analysis costs more than the whole request).
   */
  async resolve(doc: Pick<DocumentSnapshot, 'relativePath' | 'languageId'>, refs: readonly ImportRef[], budget: WorkBudget, editing?: string): Promise<ResolvedImport[]> {
    const language = syntaxLanguageFor(doc.languageId)?.name;
    if (!language) return [];
    const context = await this.resolutionContext();
    const packageKey = `${language}\0${doc.relativePath}`;
    let samePackage = this.samePackage.get(packageKey);
    if (!samePackage) {
      samePackage = samePackageFiles(language, doc.relativePath, context.files);
      if (this.samePackage.size >= MAX_RESOLVED) this.samePackage.clear();
      this.samePackage.set(packageKey, samePackage);
    }
    if (refs.length === 0 && samePackage.length === 0) return [];
    const openByPath = new Map(this.workspace.openDocuments().map((d) => [d.relativePath, d]));
    // Python's `from pkg import a, b` may name submodules, Go and C# import whole folders: keep all hits.
    const multi = language === 'python' || language === 'go' || language === 'csharp';
    const paths = new Map<string, Set<string>>();
    const aliases = new Map<string, Map<string, string>>();
    for (const ref of refs.slice(0, MAX_IMPORTS)) {
      const hit = await this.resolveRef(language, doc.relativePath, ref, context, openByPath, budget, multi);
      for (const p of hit) {
        const names = paths.get(p) ?? new Set<string>();
        for (const n of ref.names) names.add(n);
        paths.set(p, names);
        if (ref.aliases) for (const [alias, original] of ref.aliases) aliases.set(p, (aliases.get(p) ?? new Map()).set(alias, original));
      }
    }
    const targets = [...paths].slice(0, MAX_TARGETS);
    // A C or C++ file sees what its headers' headers declare (`GTEST_OS_WINDOWS` through gtest-port.h → gtest-port-arch.h).
    if (language === 'c' || language === 'cpp') {
      for (const path of await this.includedThrough(language, targets.map(([p]) => p), doc.relativePath, context, openByPath, budget, editing)) targets.push([path, new Set()]);
    }
    // The rest of the package: visible without an import, named by no import statement.
    for (const path of samePackage.slice(0, MAX_SAME_PACKAGE)) if (!paths.has(path)) targets.push([path, new Set()]);
    const out: ResolvedImport[] = [];
    for (const [path, names] of targets) {
      const open = openByPath.get(path);
      const analysis = open ? this.files.forDocument(open, open.uri === editing ? NO_WORK : budget) : await this.files.forPath(path, budget);
      if (analysis) out.push({ file: analysis, names, aliases: aliases.get(path) });
    }
    return out;
  }

  /** The workspace files one import names (remembered), most likely first. */
  private async resolveRef(
    language: SyntaxLanguageName,
    fromPath: string,
    ref: ImportRef,
    context: ImportResolutionContext,
    openByPath: ReadonlyMap<string, unknown>,
    budget: WorkBudget,
    multi: boolean,
  ): Promise<readonly string[]> {
    const key = `${fromPath}\0${ref.source}\0${ref.names.join(',')}`;
    const remembered = this.resolved.get(key);
    if (remembered) return remembered;
    const found: string[] = [];
    let complete = true;
    for (const candidate of importCandidates(language, ref, fromPath, context)) {
      const exists = openByPath.has(candidate) || (await this.files.forPath(candidate, budget)) !== undefined;
      if (exists) {
        found.push(candidate);
        // `from . import a, b, c`: the package and each named submodule; a Go import: its package's files.
        if (!multi || found.length >= (language === 'go' ? MAX_TARGETS : Math.min(MAX_TARGETS, Math.max(4, ref.names.length + 1)))) break;
      } else if (!this.files.knownMissing(candidate)) {
        complete = false; // not probed yet (deferred): try again next time
        break;
      }
    }
    if (complete) {
      if (this.resolved.size >= MAX_RESOLVED) this.resolved.clear();
      this.resolved.set(key, found);
    }
    return found;
  }

  /**
   * The project headers the `direct` ones include in turn, breadth first (nearer headers first),
   * at most `MAX_INCLUDED_THROUGH` of them and `MAX_INCLUDE_DEPTH` levels down; not `direct`
   * themselves nor the including file.
   */
  private async includedThrough(
    language: SyntaxLanguageName,
    direct: readonly string[],
    fromPath: string,
    context: ImportResolutionContext,
    openByPath: ReadonlyMap<string, DocumentSnapshot>,
    budget: WorkBudget,
    editing: string | undefined,
  ): Promise<string[]> {
    const seen = new Set([fromPath, ...direct]);
    const out: string[] = [];
    let level = [...direct];
    for (let depth = 0; depth < MAX_INCLUDE_DEPTH && level.length && out.length < MAX_INCLUDED_THROUGH; depth++) {
      const next: string[] = [];
      for (const path of level) {
        const open = openByPath.get(path);
        const header = open ? this.files.forDocument(open, open.uri === editing ? NO_WORK : budget) : await this.files.forPath(path, budget);
        for (const ref of header?.imports.slice(0, MAX_IMPORTS) ?? []) {
          for (const hit of await this.resolveRef(language, path, ref, context, openByPath, budget, false)) {
            if (seen.has(hit) || out.length >= MAX_INCLUDED_THROUGH) continue;
            seen.add(hit);
            out.push(hit);
            next.push(hit);
          }
        }
      }
      level = next;
    }
    return out;
  }

  private async resolutionContext(): Promise<ImportResolutionContext> {
    this.configs ??= this.readConfigs();
    const configs = await this.configs;
    const files = this.workspace.listFiles?.();
    if (files !== this.listing) {
      // Resolutions by package (Go, Java, C#) and same-package files read the listing.
      this.listing = files;
      this.resolved.clear();
      this.samePackage.clear();
    }
    return { ...configs, files };
  }

  private async readConfigs(): Promise<Omit<ImportResolutionContext, 'files'>> {
    const read = (p: string): Promise<string | undefined> => this.workspace.readFile(p).catch(() => undefined);
    const [tsconfig, jsconfig, goMod] = await Promise.all([read('tsconfig.json'), read('jsconfig.json'), read('go.mod')]);
    return {
      tsPaths: (tsconfig && parseTsPathConfig(tsconfig)) || (jsconfig && parseTsPathConfig(jsconfig)) || undefined,
      goModule: goMod ? parseGoModule(goMod) : undefined,
    };
  }
}
