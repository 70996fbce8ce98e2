; Imports: @import on the statement, @source on the module (dotted or relative).
(import_statement name: (dotted_name) @source) @import
(import_statement name: (aliased_import name: (dotted_name) @source)) @import
(import_from_statement module_name: (_) @source) @import
