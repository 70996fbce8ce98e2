[
  (function_definition)
  (method_declaration)
  (class_declaration)
  (interface_declaration)
  (trait_declaration)
  (anonymous_function)
  (arrow_function)
] @scope
