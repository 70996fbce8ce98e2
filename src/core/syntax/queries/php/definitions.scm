; Definitions: @definition.<kind> on the whole node, @name on its name.
(function_definition name: (name) @name) @definition.function
(method_declaration name: (name) @name) @definition.method
(class_declaration name: (name) @name) @definition.class
(interface_declaration name: (name) @name) @definition.class
(trait_declaration name: (name) @name) @definition.class
(enum_declaration name: (name) @name) @definition.type
(const_element (name) @name) @definition.constant
(property_element (variable_name (name) @name)) @definition.field
