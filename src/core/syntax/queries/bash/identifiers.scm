[
  (variable_name)
  (word)
] @identifier
