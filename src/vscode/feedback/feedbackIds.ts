// Ids the feedback adapters share with package.json: a typo here is a compile error, not a dead command.
export const FeedbackCommands = {
  openLog: 'flywheel.openFeedbackLog',
  clearLog: 'flywheel.clearFeedbackLog',
  exportDataset: 'flywheel.exportFeedbackDataset',
  showStatistics: 'flywheel.showStatistics',
  refreshStatistics: 'flywheel.refreshStatistics',
  rebuildStatistics: 'flywheel.rebuildStatistics',
  /** Internal: the InlineCompletionItem.command of every Flywheel suggestion, with its id. */
  completionAccepted: 'flywheel.completionAccepted',
  /** Internal: bound to Escape while a suggestion is visible; records the rejection, then hides. */
  dismissInlineCompletion: 'flywheel.dismissInlineCompletion',
} as const;

export const STATISTICS_VIEW_ID = 'flywheel.statistics';
export const VIEW_CONTAINER_ID = 'flywheel';
