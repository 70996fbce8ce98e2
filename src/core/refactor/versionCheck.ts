// A proposal is made from one version of a document. It may only be written into that same
// version: any edit since (by the user, a formatter, another extension) could have moved or
// changed the range, and guessing where it went risks corrupting the file.

export type ApplyCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'closed' | 'changed'; readonly message: string };

export interface DocumentState {
  /** The document's current version, or undefined when it is no longer open. */
  readonly version: number | undefined;
  /** The text of the target range now (to catch a change that left the version number equal, e.g. a reload). */
  readonly rangeText?: string;
}

export function checkApplicable(
  requested: { readonly version: number; readonly rangeText: string; readonly fileName: string },
  now: DocumentState,
): ApplyCheck {
  if (now.version === undefined) {
    return { ok: false, reason: 'closed', message: `${requested.fileName} was closed; nothing was written.` };
  }
  if (now.version !== requested.version || (now.rangeText !== undefined && now.rangeText !== requested.rangeText)) {
    return {
      ok: false,
      reason: 'changed',
      message: `${requested.fileName} changed after the request was made; nothing was written. Run the action again on the current code.`,
    };
  }
  return { ok: true };
}
