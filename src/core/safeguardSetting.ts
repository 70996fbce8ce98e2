// A safeguard's setting read from its scopes: the workspace's settings live in the repository
// (.vscode/settings.json, a .code-workspace file), so a cloned repository may turn a safeguard on
// but never off. Off only when the user's own settings turn it off (or it is off by default) and
// no workspace scope turns it on.

/** A boolean setting's values by scope, as VS Code's `inspect()` gives them. */
export interface ScopedValues {
  readonly globalValue?: boolean;
  readonly workspaceValue?: boolean;
  readonly workspaceFolderValue?: boolean;
}

export function safeguardOn(values: ScopedValues | undefined, byDefault: boolean): boolean {
  if (values?.workspaceValue === true || values?.workspaceFolderValue === true) return true;
  return values?.globalValue ?? byDefault;
}
