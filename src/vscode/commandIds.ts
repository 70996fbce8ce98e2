// Every command id the extension registers or runs, declared once. package.json contributes
// the same ids (a unit test holds the two together), so a typo is a compile error or a failing
// test, never a command that silently does nothing.

export const OutputCommands = {
  showLog: 'flywheel.showLog',
} as const;

export const CompletionCommands = {
  trigger: 'flywheel.triggerCompletion',
  snooze: 'flywheel.snoozeCompletions',
  resume: 'flywheel.resumeCompletions',
  testConnection: 'flywheel.testConnection',
  showLastPrompt: 'flywheel.showLastCompletionPrompt',
  showStatusMenu: 'flywheel.showStatusMenu',
  showSetupHelp: 'flywheel.showSetupHelp',
} as const;

export const ModelCommands = {
  selectModel: 'flywheel.selectModel',
  setApiKey: 'flywheel.setApiKey',
  showMetrics: 'flywheel.showModelMetrics',
  openSettings: 'flywheel.openModelSettings',
} as const;

export const ChatCommands = {
  askAboutSelection: 'flywheel.askAboutSelection',
  newChat: 'flywheel.chat.new',
  showChatHistory: 'flywheel.chat.showHistory',
  addFileToChat: 'flywheel.chat.addFile',
} as const;

export const FeedbackCommands = {
  openLog: 'flywheel.openFeedbackLog',
  clearLog: 'flywheel.clearFeedbackLog',
  exportDataset: 'flywheel.exportFeedbackDataset',
  showStatistics: 'flywheel.showStatistics',
  refreshStatistics: 'flywheel.refreshStatistics',
  rebuildStatistics: 'flywheel.rebuildStatistics',
  /** The InlineCompletionItem.command of every Flywheel suggestion, with its id. */
  completionAccepted: 'flywheel.completionAccepted',
  /** Bound to Escape while a suggestion is visible; records the rejection, then hides. */
  dismissInlineCompletion: 'flywheel.dismissInlineCompletion',
} as const;

export const RefactorCommands = {
  explain: 'flywheel.refactor.explain',
  document: 'flywheel.refactor.addDocumentation',
  tests: 'flywheel.refactor.generateTests',
  fix: 'flywheel.refactor.fix',
  simplify: 'flywheel.refactor.simplify',
  addTypes: 'flywheel.refactor.addTypes',
  rewrite: 'flywheel.refactor.rewriteWithInstruction',
  custom: 'flywheel.refactor.runCustomAction',
} as const;

export const ReviewCommands = {
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

export const IndexCommands = {
  rebuild: 'flywheel.rebuildIndex',
  showStatus: 'flywheel.showIndexStatus',
  pause: 'flywheel.pauseIndexing',
  resume: 'flywheel.resumeIndexing',
} as const;

/** Registered for other features to run, never shown to the user, so not in package.json. */
export const InternalCommands = {
  /** The chat takes a question with context items (refactor Explain asks through it). */
  askChat: 'flywheel.chat.ask',
} as const;

/** Every id above that package.json must contribute. */
export const CONTRIBUTED_COMMANDS: readonly string[] = [
  OutputCommands, CompletionCommands, ModelCommands, ChatCommands, FeedbackCommands, RefactorCommands, ReviewCommands, IndexCommands,
].flatMap((group) => Object.values(group));
