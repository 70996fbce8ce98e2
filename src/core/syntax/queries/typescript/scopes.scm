; Scopes whose signature frames the code inside them.
[
  (function_declaration)
  (generator_function_declaration)
  (class_declaration)
  (abstract_class_declaration)
  (method_definition)
  (interface_declaration)
  (enum_declaration)
  (internal_module)
  (arrow_function)
  (function_expression)
] @scope
