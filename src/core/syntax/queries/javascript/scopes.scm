[
  (function_declaration)
  (generator_function_declaration)
  (class_declaration)
  (method_definition)
  (arrow_function)
  (function_expression)
] @scope
