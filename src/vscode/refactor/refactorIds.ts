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
} as const;

/** The chat view's command that takes a question; provided by the chat feature when present. */
export const CHAT_ASK_COMMAND = 'flywheel.chat.ask';

export const CUSTOM_ACTIONS_SETTING = 'flywheel.refactor.customActions';
