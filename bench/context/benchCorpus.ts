// The code the context bench runs on: real multi-file projects nobody here wrote, from sources
// this machine has (bench/context/setup.sh installs the Debian ones): the Python standard
// library, TypeScript inside npm packages, Go (gin, gorilla/mux), Rust (serde, mio, tokio), Java
// (OpenJDK's src.zip) and C++ (googletest, fmt). Each language has a `tune` corpus, the one looked at
// while improving retrieval, and a `holdout` corpus, measured and reported apart and never
// looked at point by point, so a change that only fits the tuning points shows up as a gap.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { languageIdForFile, syntaxLanguageFor, syntaxLanguageForPath } from '../../src/core/syntax/languages';

export interface CorpusFile {
  readonly path: string; // relative to the corpus root
  readonly text: string;
  readonly language: string; // our grammar name
}

export type Split = 'tune' | 'holdout';

export interface Corpus {
  readonly name: string;
  readonly language: string;
  readonly split: Split;
  /** Every file of the workspace (what any side may read). */
  readonly files: readonly CorpusFile[];
  /** Other workspace files that are no source (go.mod, Cargo.toml, tsconfig.json). */
  readonly extra: ReadonlyMap<string, string>;
}

const MAX_FILE_CHARS = 150_000;
const SKIP_DIRS = new Set(['node_modules', '.git', '__pycache__', 'test', 'tests', 'testdata', 'dist', 'build', 'debian', 'docs', 'samples']);
const EXTRA_FILES = new Set(['go.mod', 'Cargo.toml', 'tsconfig.json']);

/** Where setup.sh extracts sources that come packed (OpenJDK's src.zip). */
export const BENCH_CACHE = join(homedir(), '.cache', 'flywheel-bench');

function walk(dir: string, root: string, out: CorpusFile[], extra: Map<string, string>): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) {
      if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(full, root, out, extra);
      continue;
    }
    const path = relative(root, full).split('\\').join('/');
    if (EXTRA_FILES.has(name)) {
      extra.set(path, readFileSync(full, 'utf8'));
      continue;
    }
    if (!syntaxLanguageForPath(name) || name.endsWith('.d.ts') || stat.size > MAX_FILE_CHARS) continue;
    const text = readFileSync(full, 'utf8');
    // As the engine reads it: a `.h` of C++ is C++.
    const language = syntaxLanguageFor(languageIdForFile(path, text))!;
    out.push({ path, text, language: language.name });
  }
}

/** A corpus from a folder; `under` limits the sources to some subfolders (paths stay relative to `root`). */
export function loadCorpus(name: string, language: string, split: Split, root: string, under: readonly string[] = ['']): Corpus {
  const files: CorpusFile[] = [];
  const extra = new Map<string, string>();
  for (const sub of under) walk(join(root, sub), root, files, extra);
  for (const file of EXTRA_FILES) if (existsSync(join(root, file))) extra.set(file, readFileSync(join(root, file), 'utf8'));
  return { name, language, split, files: files.filter((f) => f.language === language || (language === 'cpp' && f.language === 'c')), extra };
}

function pythonStdlib(): string | undefined {
  try {
    return execFileSync('python3', ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

interface CorpusSource {
  readonly name: string;
  readonly language: string;
  readonly split: Split;
  /** The workspace root, or undefined when the source is not on this machine. */
  readonly root: string | undefined;
  readonly under?: readonly string[];
  /** What to install when it is missing. */
  readonly from: string;
}

function sources(): CorpusSource[] {
  const stdlib = pythonStdlib();
  const nodeModules = join(__dirname, '../../node_modules');
  const gocode = '/usr/share/gocode/src/github.com';
  const cargo = '/usr/share/cargo/registry';
  const jdk = join(BENCH_CACHE, 'openjdk-17');
  // `tokio-1.24.2`, never `tokio-macros-1.7.0` (a prefix and a version alone: until 2026-12-02 the
  // holdout's "tokio" was tokio-macros, which sorts after it and yielded 2 points).
  const crate = (name: string): string | undefined => {
    const version = new RegExp(`^${name}-\\d[\\w.+-]*$`);
    const dir = existsSync(cargo) ? readdirSync(cargo).filter((d) => version.test(d)).sort().pop() : undefined;
    return dir && join(cargo, dir);
  };
  // The stdlib root is the workspace root, so `import asyncio.events` resolves as in the stdlib.
  const py = (split: Split, packages: string[]): CorpusSource => ({ name: `python/${packages.join('+')}`, language: 'python', split, root: stdlib, under: packages, from: 'python3' });
  return [
    py('tune', ['asyncio', 'email', 'json', 'concurrent', 'http']),
    py('holdout', ['importlib', 'xml', 'multiprocessing']),
    { name: 'typescript/rxjs', language: 'typescript', split: 'tune', root: join(nodeModules, 'rxjs/src/internal'), from: 'npm ci' },
    { name: 'typescript/openai', language: 'typescript', split: 'holdout', root: join(nodeModules, 'openai/src'), from: 'npm ci' },
    // A second TypeScript tune corpus, chosen by a rule stated before looking at it: the largest
    // TypeScript source tree (`.ts` files, `.d.ts` excluded) that `npm ci` puts in node_modules and
    // that is no corpus yet, taken whole. On 2026-12-03: openai 453 (holdout), @azure/msal-browser
    // 316 (all in `src`), rxjs 251 (tune), @azure/msal-node 202 with its msal-common, ajv 106.
    { name: 'typescript/msal-browser', language: 'typescript', split: 'tune', root: join(nodeModules, '@azure/msal-browser/src'), from: 'npm ci' },
    { name: 'go/gin', language: 'go', split: 'tune', root: join(gocode, 'gin-gonic/gin'), from: 'golang-github-gin-gonic-gin-dev' },
    { name: 'go/gorilla-mux', language: 'go', split: 'holdout', root: join(gocode, 'gorilla/mux'), from: 'golang-github-gorilla-mux-dev' },
    { name: 'rust/serde', language: 'rust', split: 'tune', root: crate('serde'), from: 'librust-serde-dev' },
    // A second tune crate whose items sit inside `cfg_*! { … }` macro calls, as tokio's do.
    { name: 'rust/mio', language: 'rust', split: 'tune', root: crate('mio'), under: ['src'], from: 'librust-mio-dev' },
    { name: 'rust/tokio', language: 'rust', split: 'holdout', root: crate('tokio'), under: ['src'], from: 'librust-tokio-dev' },
    { name: 'java/net.http', language: 'java', split: 'tune', root: join(jdk, 'java.net.http'), from: 'openjdk-17-source (then setup.sh extracts it)' },
    { name: 'java/security.ssl', language: 'java', split: 'holdout', root: join(jdk, 'java.base'), under: ['sun/security/ssl'], from: 'openjdk-17-source (then setup.sh extracts it)' },
    { name: 'cpp/googletest', language: 'cpp', split: 'tune', root: '/usr/src/googletest/googletest', under: ['include', 'src'], from: 'googletest' },
    // A second tune library: header-only, declarations behind macros (`FMT_CONSTEXPR`, `FMT_API`, `FMT_BEGIN_NAMESPACE`).
    { name: 'cpp/fmt', language: 'cpp', split: 'tune', root: '/usr/include/fmt', from: 'libfmt-dev' },
    { name: 'cpp/googlemock', language: 'cpp', split: 'holdout', root: '/usr/src/googletest/googlemock', under: ['include', 'src'], from: 'googletest' },
  ];
}

/** The default corpora on this machine, and what is missing (with what installs it). */
export function defaultCorpora(filter: { split?: Split; language?: string } = {}): { corpora: Corpus[]; missing: string[] } {
  const corpora: Corpus[] = [];
  const missing: string[] = [];
  for (const source of sources()) {
    if ((filter.split && source.split !== filter.split) || (filter.language && source.language !== filter.language)) continue;
    if (!source.root || !existsSync(join(source.root, source.under?.[0] ?? ''))) {
      missing.push(`${source.name} (${source.from})`);
      continue;
    }
    const corpus = loadCorpus(source.name, source.language, source.split, source.root, source.under);
    if (corpus.files.length > 1) corpora.push(corpus);
  }
  return { corpora, missing };
}
