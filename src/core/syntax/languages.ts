// The languages Flywheel parses: which grammar .wasm serves which VS Code language id and
// file extension. C comes from the `tree-sitter-c` package; the rest from @vscode/tree-sitter-wasm.

/** Our own name for a grammar; also the folder name of its queries under `queries/`. */
export type SyntaxLanguageName =
  | 'typescript'
  | 'tsx'
  | 'javascript'
  | 'python'
  | 'go'
  | 'rust'
  | 'java'
  | 'c'
  | 'cpp'
  | 'csharp'
  | 'ruby'
  | 'php'
  | 'bash';

export interface SyntaxLanguage {
  readonly name: SyntaxLanguageName;
  /** File name of the grammar, e.g. `tree-sitter-python.wasm`. */
  readonly grammarFile: string;
  /** VS Code language ids served by this grammar. */
  readonly languageIds: readonly string[];
  /** Lower-case file extensions, with the dot. */
  readonly extensions: readonly string[];
  /** The folder of `.scm` queries, when another language's serve (TSX uses TypeScript's). */
  readonly queries?: SyntaxLanguageName;
}

const LANGUAGES: readonly SyntaxLanguage[] = [
  { name: 'typescript', grammarFile: 'tree-sitter-typescript.wasm', languageIds: ['typescript'], extensions: ['.ts', '.mts', '.cts'] },
  { name: 'tsx', grammarFile: 'tree-sitter-tsx.wasm', languageIds: ['typescriptreact'], extensions: ['.tsx'], queries: 'typescript' },
  // The JavaScript grammar parses JSX too.
  { name: 'javascript', grammarFile: 'tree-sitter-javascript.wasm', languageIds: ['javascript', 'javascriptreact'], extensions: ['.js', '.jsx', '.mjs', '.cjs'] },
  { name: 'python', grammarFile: 'tree-sitter-python.wasm', languageIds: ['python'], extensions: ['.py', '.pyi'] },
  { name: 'go', grammarFile: 'tree-sitter-go.wasm', languageIds: ['go'], extensions: ['.go'] },
  { name: 'rust', grammarFile: 'tree-sitter-rust.wasm', languageIds: ['rust'], extensions: ['.rs'] },
  { name: 'java', grammarFile: 'tree-sitter-java.wasm', languageIds: ['java'], extensions: ['.java'] },
  { name: 'c', grammarFile: 'tree-sitter-c.wasm', languageIds: ['c'], extensions: ['.c', '.h'] },
  { name: 'cpp', grammarFile: 'tree-sitter-cpp.wasm', languageIds: ['cpp', 'cuda-cpp'], extensions: ['.cpp', '.cc', '.cxx', '.c++', '.hpp', '.hh', '.hxx', '.cu'] },
  { name: 'csharp', grammarFile: 'tree-sitter-c-sharp.wasm', languageIds: ['csharp'], extensions: ['.cs'] },
  { name: 'ruby', grammarFile: 'tree-sitter-ruby.wasm', languageIds: ['ruby'], extensions: ['.rb', '.rake', '.gemspec'] },
  { name: 'php', grammarFile: 'tree-sitter-php.wasm', languageIds: ['php'], extensions: ['.php'] },
  { name: 'bash', grammarFile: 'tree-sitter-bash.wasm', languageIds: ['shellscript'], extensions: ['.sh', '.bash', '.zsh'] },
];

const byLanguageId = new Map(LANGUAGES.flatMap((l) => l.languageIds.map((id) => [id, l] as const)));
const byExtension = new Map(LANGUAGES.flatMap((l) => l.extensions.map((ext) => [ext, l] as const)));
const byName = new Map(LANGUAGES.map((l) => [l.name, l] as const));

export function allSyntaxLanguages(): readonly SyntaxLanguage[] {
  return LANGUAGES;
}

/** The grammar for a VS Code language id (`typescriptreact`, `shellscript`…), or for one of our names. */
export function syntaxLanguageFor(languageId: string): SyntaxLanguage | undefined {
  return byLanguageId.get(languageId) ?? byName.get(languageId as SyntaxLanguageName);
}

/** The grammar for a file path, by extension (for workspace files that are not open). */
export function syntaxLanguageForPath(path: string): SyntaxLanguage | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  return byExtension.get(path.slice(dot).toLowerCase());
}

/** The VS Code language id for a file path, for building snapshots of files read from disk. */
export function languageIdForPath(path: string): string {
  return syntaxLanguageForPath(path)?.languageIds[0] ?? 'plaintext';
}

/**
 * Languages whose code may serve as context for one another: a JavaScript file's patterns are
 * TypeScript's (mixed and migrating code bases), C and C++ share headers. Any other pair never:
 * a TypeScript function offered as "similar code" to Python teaches the model the wrong syntax.
 */
const FAMILIES: readonly (readonly string[])[] = [
  ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'],
  ['c', 'cpp', 'cuda-cpp', 'objective-c', 'objective-cpp'],
];
const familyOf = new Map(FAMILIES.flatMap((ids) => ids.map((id) => [id, ids[0]] as const)));

/** The family a VS Code language id belongs to (its own id when it has none). */
export function languageFamily(languageId: string): string {
  return familyOf.get(languageId) ?? languageId;
}

/** Whether code in `other` may be context for a document in `languageId` (VS Code language ids). */
export function sameLanguageFamily(languageId: string, other: string): boolean {
  return languageId === other || languageFamily(languageId) === languageFamily(other);
}

/** C++ in a `.h` file: what a C grammar cannot parse. */
const CPP_HEADER = /^\s*(namespace\s|template\s*<|class\s+\w+[^;(]*\{)|\b(public|private|protected):|::\w/m;

/** The language id of a file read from disk: by extension, and by content where the extension is shared (`.h` is C or C++). */
export function languageIdForFile(path: string, text: string): string {
  const id = languageIdForPath(path);
  return id === 'c' && path.toLowerCase().endsWith('.h') && CPP_HEADER.test(text.slice(0, 50_000)) ? 'cpp' : id;
}
