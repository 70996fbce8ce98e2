// The index's command ids, as package.json declares them.
export const IndexCommands = {
  rebuild: 'flywheel.rebuildIndex',
  showStatus: 'flywheel.showIndexStatus',
  pause: 'flywheel.pauseIndexing',
  resume: 'flywheel.resumeIndexing',
} as const;
