// The values Flywheel keeps from a settings file though VS Code does not apply them (a dotted key under a name the file
// sets to a non-object, or not given by the bound: addedFolderSettings.ts finds them), by scope: read by the settings
// readers (scopedGlobs.ts, the stricter reading) and by the refusal's button (refusalRemedy.ts, the file that holds one).
import type * as vscode from 'vscode';

/** The scope of a settings file: the user's, the workspace's (a one-folder window's folder file too), a multi-root folder's. */
export type SettingsScopeFile = { readonly scope: 'user' } | { readonly scope: 'workspace' } | { readonly scope: 'folder'; readonly folder: string };

type Provider = (scope: SettingsScopeFile, key: string) => unknown;

/** The window's one provider (the extension makes one watcher of the settings files). */
let current: Provider | undefined;

/** The watcher of the settings files gives the kept values from now until disposed. */
export function provideKeptValues(provider: Provider): vscode.Disposable {
  current = provider;
  return { dispose: () => void (current === provider && (current = undefined)) };
}

/**
 * A scope's own value of a setting as its settings file holds it, when VS Code does not give it (undefined otherwise): an
 * exclusion list of it is kept beside VS Code's.
 */
export function unreportedValue(scope: SettingsScopeFile, key: string): unknown {
  return current?.(scope, key);
}
