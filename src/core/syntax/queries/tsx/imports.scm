; Imports: @import on the statement, @source on the module specifier.
(import_statement source: (string (string_fragment) @source)) @import
(export_statement source: (string (string_fragment) @source)) @import
(call_expression function: (identifier) @_req arguments: (arguments (string (string_fragment) @source)) (#eq? @_req "require")) @import
