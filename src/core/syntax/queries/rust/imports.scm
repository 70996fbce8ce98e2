(use_declaration argument: (_) @source) @import
(mod_item name: (identifier) @source !body) @import
