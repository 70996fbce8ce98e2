[
  (identifier)
  (property_identifier)
  (type_identifier)
  (shorthand_property_identifier)
] @identifier
