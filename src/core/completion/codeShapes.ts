// What a piece of code is, for the questions "one line or a block?" and "where does it end?":
// a list of members (struct fields, interface members, enum variants, object keys, match arms,
// a YAML mapping, CSS declarations), where the user wants the siblings too; a statement body,
// where a statement begun on the cursor's line ends the completion; a declaration header still
// waiting for its body. Tree-sitter node types where a grammar exists, the line's text where not.

// Node types whose named children are siblings in a list rather than statements.
const MEMBER_LIST_NODE = new RegExp(
  '^(?:' +
    [
      'field_declaration_list', 'interface_body', 'object_type', 'enum_body', 'enum_variant_list', 'enumerator_list',
      'enum_member_declaration_list', 'match_block', 'object', 'array', 'dictionary', 'hash', 'list', 'set', 'tuple',
      'initializer_list', 'initializer_expression', 'array_initializer', 'literal_value', 'field_initializer_list',
      'arguments', 'argument_list', 'formal_parameters', 'parameters', 'parameter_list', 'array_creation_expression',
      'array_expression', 'struct_expression', 'switch_body', 'switch_block', 'case_block', 'expression_switch_statement',
      'type_switch_statement', 'record_declaration_body', 'enum_declaration_list', 'object_pattern', 'array_pattern',
      'struct_type', 'interface_type', 'union_type', 'composite_literal', 'keyed_element',
    ].join('|') +
    ')$',
);

/** The node's children are list members (fields, variants, keys, arms, arguments). */
export function isMemberListNode(type: string): boolean {
  return MEMBER_LIST_NODE.test(type);
}

// A line whose block holds statements: control flow, functions, classes (their members are
// methods, each a block of its own).
const STATEMENT_OPENER =
  /\b(?:if|else|elif|for|foreach|while|do|try|catch|except|finally|def|func|function|fn|fun|sub|class|impl|trait|module|namespace|begin|unless|loop|with|using|lambda|async|constructor|get|set|then|when)\b|=>\s*\{?\s*$|->\s*\S*\s*\{\s*$|\)\s*(?::\s*[\w<>[\],.?| ]+)?\s*\{\s*$|\)\s*$/;
// A line that opens a list: a type of fields, an enum, a literal, a match, a mapping key.
const MEMBER_OPENER =
  /\b(?:struct|interface|enum|record|union|match|switch|select|case|object|type\s+\w+(?:<[^>]*>)?\s*=)\b|[=:(,[]\s*[{[(]\s*$|^\s*[\w"'.$-]+\s*:\s*$|^\s*-\s+[\w"'.$-]+:\s*\S.*$|^\s*-\s*$|^\s*[^\s:;{}()]+[^;{}()]*\{\s*$|\(\s*$|\[\s*$/;

/** The opener line of a block (by text) introduces a list of members rather than statements. */
export function opensMemberList(line: string): boolean {
  const code = line.trim();
  if (code === '') return false;
  if (/\b(?:struct|interface|enum|match|switch|record|union)\b/.test(code) || /[([]$/.test(code)) return true;
  if (STATEMENT_OPENER.test(code)) return false;
  return MEMBER_OPENER.test(line);
}

// Keywords that start a declaration or a block statement whose body follows its header.
const HEADER =
  /^\s*(?:(?:export|default|public|private|protected|internal|static|async|abstract|final|override|virtual|pub(?:\([\w:]+\))?|unsafe|extern|inline|const|open|suspend|data|sealed|partial|readonly)\s+)*(?:func|fn|def|function\*?|fun|class|struct|interface|enum|impl|trait|record|object|module|type\s+\w+\s+(?:struct|interface)|if|else\s+if|elif|for|foreach|while|switch|match|catch|except|with)\b/;
// A C-family method or constructor signature: modifiers, a name, an open parameter list.
// Also a signature still being named: `public static boolean isBlank`.
const SIGNATURE =
  /^\s*(?:(?:public|private|protected|internal|static|final|override|virtual|abstract|async|synchronized)\s+)+(?:[\w<>[\],.? ]*\(|[\w<>[\],.?]+\s+\w+\s*$)/;

/**
 * The cursor line (up to the cursor) is a declaration or statement header still waiting for
 * its body: `func area`, `fn divide(&self`, `public Person(string name, int `, `if (n <= 0`.
 */
export function isOpenHeader(linePrefix: string, languageId?: string): boolean {
  const code = linePrefix.trimEnd();
  if (code.trim() === '' || /[;{}]\s*$/.test(code) || /:\s*$/.test(code)) return false;
  if (HEADER.test(code) || SIGNATURE.test(code)) return true;
  // A CSS selector being typed at the start of a rule.
  return isStyleLanguage(languageId) && !/[:;{}]/.test(code) && !/^\s*@/.test(code);
}

export function isStyleLanguage(languageId: string | undefined): boolean {
  return languageId === 'css' || languageId === 'scss' || languageId === 'less' || languageId === 'sass' || languageId === 'stylus';
}
