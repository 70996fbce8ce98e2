// Ids that package.json declares for the review of proposed edits, mirrored here so a typo is
// a compile error (checked against package.json by a unit test).

export const REVIEW_COMMANDS = {
  /** Keeps every change not discarded yet and writes the kept ones. */
  acceptAll: 'flywheel.review.acceptAll',
  /** Writes nothing and closes the review (cancels it while the proposal is being written). */
  rejectAll: 'flywheel.review.rejectAll',
  chooseChanges: 'flywheel.review.chooseChanges',
  /** The change at the cursor (or the next undecided one); CodeLens pass the review and hunk. */
  keepChange: 'flywheel.review.keepChange',
  discardChange: 'flywheel.review.discardChange',
  /** CodeLens only: takes a decision on one change back. */
  undoDecision: 'flywheel.review.undoDecision',
} as const;

/** Context keys for `when` clauses: the review in the active editor, else the latest one open. */
export const REVIEW_CONTEXT = {
  /** '' (no review open), 'streaming', 'ready' or 'stale'. */
  state: 'flywheel.review.state',
  /** The review has more than one change (Choose Changes… is offered). */
  multipleHunks: 'flywheel.review.multipleHunks',
} as const;

/** The scheme of review documents: read-only, so nothing in a review can be edited by mistake. */
export const REVIEW_SCHEME = 'flywheel-review';
