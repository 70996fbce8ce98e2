(call method: (identifier) @_m arguments: (argument_list (string (string_content) @source)) (#match? @_m "^(require|require_relative|load)$")) @import
