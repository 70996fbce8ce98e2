[
  (class_declaration)
  (interface_declaration)
  (struct_declaration)
  (record_declaration)
  (enum_declaration)
  (method_declaration)
  (constructor_declaration)
  (namespace_declaration)
  (lambda_expression)
] @scope
