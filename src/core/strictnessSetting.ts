// flywheel.redaction.strictness as a value, shared by the layers that carry it: the guard redacts at it, the models'
// call events and the audit line name it, the exports judge at it. Its own file so that none of them imports another
// for a type (models/ never imports guard/).

export type RedactionStrictness = 'balanced' | 'strict';

/** A setting's value read as a strictness: anything but `strict` is the default. */
export function strictnessOf(value: unknown): RedactionStrictness {
  return value === 'strict' ? 'strict' : 'balanced';
}

/** The setting's values by scope, as VS Code's `inspect()` gives them. */
export interface ScopedStrictness {
  readonly globalValue?: unknown;
  readonly workspaceValue?: unknown;
  readonly workspaceFolderValue?: unknown;
}

/** Strict when any scope says so: a workspace's settings may make redaction stricter, only the user's own make it balanced. */
export function strictnessInScopes(values: ScopedStrictness | undefined): RedactionStrictness {
  return [values?.globalValue, values?.workspaceValue, values?.workspaceFolderValue].includes('strict') ? 'strict' : 'balanced';
}
