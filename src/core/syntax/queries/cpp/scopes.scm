[
  (function_definition)
  (class_specifier)
  (struct_specifier)
  (union_specifier)
  (enum_specifier)
  (namespace_definition)
  (lambda_expression)
] @scope
