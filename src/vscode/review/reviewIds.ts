// The review's context keys and scheme, as package.json's `when` clauses use them (its commands
// are in ../commandIds; a unit test checks both against package.json).

/** Context keys for `when` clauses: the review in the active editor, else the latest one open. */
export const REVIEW_CONTEXT = {
  /** '' (no review open), 'streaming', 'ready' or 'stale'. */
  state: 'flywheel.review.state',
  /** The review has more than one change (Choose Changes… is offered). */
  multipleHunks: 'flywheel.review.multipleHunks',
} as const;

/** The scheme of review documents: read-only, so nothing in a review can be edited by mistake. */
export const REVIEW_SCHEME = 'flywheel-review';
