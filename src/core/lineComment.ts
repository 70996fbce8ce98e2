// The line comment of a language: snippets of other files and notebook cell boundaries are
// written as comments the model (and the parser) read as such.

const HASH_COMMENT = new Set([
  'python', 'shellscript', 'ruby', 'perl', 'r', 'yaml', 'toml', 'dockerfile', 'makefile', 'powershell',
  'coffeescript', 'julia', 'elixir', 'nim', 'crystal', 'properties', 'cmake',
]);
const DASH_COMMENT = new Set(['sql', 'lua', 'haskell', 'elm', 'ada', 'vhdl']);

/** The line comment of a VS Code language id; `//` when we do not know better. */
export function lineCommentFor(languageId: string): string {
  if (HASH_COMMENT.has(languageId)) return '#';
  if (DASH_COMMENT.has(languageId)) return '--';
  if (languageId === 'latex' || languageId === 'tex' || languageId === 'erlang') return '%';
  if (languageId === 'clojure' || languageId === 'lisp' || languageId === 'scheme') return ';;';
  if (languageId === 'vb' || languageId === 'vba') return "'";
  return '//';
}
