; Definitions: @definition.<kind> on the whole node, @name on its name.
(method name: (_) @name) @definition.method
(singleton_method name: (_) @name) @definition.method
(class name: (_) @name) @definition.class
(module name: (_) @name) @definition.class
(assignment left: (constant) @name) @definition.constant
