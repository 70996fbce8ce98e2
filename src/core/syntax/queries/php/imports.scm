(namespace_use_clause (qualified_name) @source) @import
(namespace_use_clause (name) @source) @import
(require_expression (string (string_content) @source)) @import
(require_once_expression (string (string_content) @source)) @import
(include_expression (string (string_content) @source)) @import
(include_once_expression (string (string_content) @source)) @import
