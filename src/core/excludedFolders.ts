// Folders that hold dependencies, build output, virtual environments or git's own data: never
// the user's code, often huge. Every walk of a workspace (file lists, test files, the CLI)
// skips the same ones.
export const EXCLUDED_FOLDERS: readonly string[] = ['node_modules', '.git', 'dist', 'out', 'build', 'vendor', '.venv', 'venv', 'target'];

/** The same folders as one glob, for `workspace.findFiles`' exclude argument. */
export const EXCLUDED_FOLDERS_GLOB = `**/{${EXCLUDED_FOLDERS.join(',')}}/**`;
