; Definitions: @definition.<kind> on the whole node, @name on its name.
(function_definition declarator: (function_declarator declarator: (_) @name)) @definition.function
(function_definition declarator: (pointer_declarator declarator: (function_declarator declarator: (_) @name))) @definition.function
(function_definition declarator: (reference_declarator (function_declarator declarator: (_) @name))) @definition.function
(declaration declarator: (function_declarator declarator: (_) @name)) @definition.function
(field_declaration declarator: (function_declarator declarator: (_) @name)) @definition.method
(class_specifier name: (type_identifier) @name body: (_)) @definition.class
(struct_specifier name: (type_identifier) @name body: (_)) @definition.class
(union_specifier name: (type_identifier) @name body: (_)) @definition.class
(enum_specifier name: (type_identifier) @name body: (_)) @definition.type
(type_definition declarator: (type_identifier) @name) @definition.type
(alias_declaration name: (type_identifier) @name) @definition.type
(namespace_definition name: (_) @name) @definition.class
(preproc_def name: (identifier) @name) @definition.constant
(preproc_function_def name: (identifier) @name) @definition.function
(enumerator name: (identifier) @name) @definition.constant
(field_declaration declarator: (field_identifier) @name) @definition.field
; A class declared with an export macro (`class GTEST_API_ TestResult {`, `struct FMT_API x {`):
; the grammar reads the macro as the class's name and the class as a function; the name follows.
(function_definition type: (class_specifier name: (type_identifier) !body) declarator: (identifier) @name body: (compound_statement)) @definition.class
(function_definition type: (struct_specifier name: (type_identifier) !body) declarator: (identifier) @name body: (compound_statement)) @definition.class
(function_definition type: (class_specifier name: (type_identifier) !body) . (ERROR . (identifier) @name)) @definition.class
(function_definition type: (struct_specifier name: (type_identifier) !body) . (ERROR . (identifier) @name)) @definition.class
