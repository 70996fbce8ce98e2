(command name: (command_name (word) @_cmd) argument: (word) @source (#match? @_cmd "^(source|\\.)$")) @import
(command name: (command_name (word) @_cmd) argument: (string (string_content) @source) (#match? @_cmd "^(source|\\.)$")) @import
