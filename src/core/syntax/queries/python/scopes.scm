[
  (function_definition)
  (class_definition)
] @scope
