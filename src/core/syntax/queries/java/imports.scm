(import_declaration (scoped_identifier) @source) @import
(import_declaration (identifier) @source) @import
