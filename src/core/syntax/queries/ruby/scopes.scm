[
  (method)
  (singleton_method)
  (class)
  (module)
  (block)
  (do_block)
] @scope
