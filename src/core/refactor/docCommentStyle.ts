// Each language's conventional documentation comment, described for the model.

const STYLES: Readonly<Record<string, string>> = {
  typescript: 'JSDoc/TSDoc block comments (/** ... */ with @param and @returns) directly above each declaration',
  typescriptreact: 'JSDoc/TSDoc block comments (/** ... */ with @param and @returns) directly above each declaration',
  javascript: 'JSDoc block comments (/** ... */ with @param {type} and @returns {type}) directly above each declaration',
  javascriptreact: 'JSDoc block comments (/** ... */ with @param {type} and @returns {type}) directly above each declaration',
  python: 'PEP 257 docstrings (triple double quotes) as the first statement inside each function and class body, with Args/Returns/Raises sections',
  go: 'Go doc comments: // line comments directly above each declaration, starting with the declared name',
  rust: 'rustdoc /// line comments directly above each item, with # Examples / # Errors sections where useful',
  java: 'Javadoc block comments (/** ... */ with @param, @return and @throws) directly above each declaration',
  csharp: 'XML doc comments (/// <summary>, <param>, <returns>) directly above each member',
  c: 'Doxygen block comments (/** ... */ with @brief, @param and @return) directly above each function',
  cpp: 'Doxygen block comments (/** ... */ with @brief, @param and @return) directly above each declaration',
  ruby: 'YARD comments (# lines with @param and @return) directly above each method',
  php: 'PHPDoc block comments (/** ... */ with @param and @return) directly above each declaration',
  shellscript: '# comment lines directly above each function describing its arguments and output',
  kotlin: 'KDoc block comments (/** ... */ with @param and @return) directly above each declaration',
  swift: 'Swift /// documentation comments with - Parameters: and - Returns: directly above each declaration',
  lua: 'LuaDoc --- comments with @param and @return directly above each function',
};

export function docCommentStyle(languageId: string): string {
  return STYLES[languageId] ?? "the language's standard documentation comment style, placed where its tools expect it";
}
