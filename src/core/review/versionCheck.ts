// A proposal is made from one version of a document. It may only be written into that same
// version: any edit since (by the user, a formatter, another extension) could have moved or
// changed what it replaces, and guessing where it went risks corrupting the file.

export type ApplyCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'closed' | 'changed'; readonly message: string };

export interface DocumentState {
  /** The document's current version, or undefined when it is no longer open. */
  readonly version: number | undefined;
  /** Its text now ('\n' line ends), to catch a change that left the version number equal (a reload). */
  readonly text?: string;
}

export function checkApplicable(
  requested: { readonly version: number; readonly text: string; readonly label: string },
  now: DocumentState,
): ApplyCheck {
  if (now.version === undefined) {
    return { ok: false, reason: 'closed', message: `Nothing was written: ${requested.label} was closed.` };
  }
  if (now.version !== requested.version || (now.text !== undefined && now.text !== requested.text)) {
    return {
      ok: false,
      reason: 'changed',
      message: `Nothing was written: ${requested.label} changed after the proposal was made. Ask again for one based on the current text.`,
    };
  }
  return { ok: true };
}
