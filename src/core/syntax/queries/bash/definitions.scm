; Definitions: @definition.<kind> on the whole node, @name on its name.
(function_definition name: (word) @name) @definition.function
(program (variable_assignment name: (variable_name) @name) @definition.constant)
(declaration_command (variable_assignment name: (variable_name) @name)) @definition.constant
