[
  (identifier)
  (constant)
  (instance_variable)
] @identifier
