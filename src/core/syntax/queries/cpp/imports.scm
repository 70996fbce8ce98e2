(preproc_include path: (string_literal (string_content) @source)) @import
(preproc_include path: (system_lib_string) @source) @import
