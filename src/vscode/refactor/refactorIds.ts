// Ids that package.json declares for the refactor feature, mirrored here so a typo is a
// compile error (checked against package.json by a unit test).

export const REFACTOR_COMMANDS = {
  explain: 'flywheel.refactor.explain',
  document: 'flywheel.refactor.addDocumentation',
  tests: 'flywheel.refactor.generateTests',
  fix: 'flywheel.refactor.fix',
  simplify: 'flywheel.refactor.simplify',
  addTypes: 'flywheel.refactor.addTypes',
  rewrite: 'flywheel.refactor.rewriteWithInstruction',
  custom: 'flywheel.refactor.runCustomAction',
  accept: 'flywheel.refactor.accept',
  acceptHunks: 'flywheel.refactor.acceptHunks',
  reject: 'flywheel.refactor.reject',
} as const;

/** Context keys for `when` clauses (menus, keybindings). */
export const REFACTOR_CONTEXT = {
  /** A proposal is complete and waiting for Accept/Reject. */
  reviewing: 'flywheel.refactor.reviewing',
  /** The proposal has more than one hunk (per-hunk accept is offered). */
  multipleHunks: 'flywheel.refactor.multipleHunks',
  /** A reply is streaming into the preview. */
  streaming: 'flywheel.refactor.streaming',
} as const;

/** The scheme of the preview's virtual documents. */
export const PROPOSAL_SCHEME = 'flywheel-proposal';

/** The chat view's command that takes a question; provided by the chat feature when present. */
export const CHAT_ASK_COMMAND = 'flywheel.chat.ask';

export const CUSTOM_ACTIONS_SETTING = 'flywheel.refactor.customActions';
