; Definitions: @definition.<kind> on the whole node, @name on its name.
(function_declaration name: (identifier) @name) @definition.function
(generator_function_declaration name: (identifier) @name) @definition.function
(class_declaration name: (identifier) @name) @definition.class
(method_definition name: (_) @name) @definition.method
(lexical_declaration (variable_declarator name: (identifier) @name value: [(arrow_function) (function_expression) (class)])) @definition.function
(variable_declaration (variable_declarator name: (identifier) @name value: [(arrow_function) (function_expression) (class)])) @definition.function
(program (lexical_declaration (variable_declarator name: (identifier) @name)) @definition.constant)
(program (export_statement declaration: (lexical_declaration (variable_declarator name: (identifier) @name)) @definition.constant))
(field_definition property: (_) @name) @definition.field
(assignment_expression left: (member_expression object: (identifier) @_obj property: (property_identifier) @name) right: [(function_expression) (arrow_function)] (#match? @_obj "^(exports|module|[A-Z].*)$")) @definition.function
