// The chat's ids as contributed in package.json, so a typo is a compile error.
export const CHAT_VIEW_ID = 'flywheel.chat';
export const CHAT_CONTAINER_ID = 'flywheel';

export const ChatCommands = {
  askAboutSelection: 'flywheel.askAboutSelection',
  newChat: 'flywheel.chat.new',
  showChatHistory: 'flywheel.chat.showHistory',
  addFileToChat: 'flywheel.chat.addFile',
  /** Internal: another feature (refactor Explain) asks a question with context items. */
  ask: 'flywheel.chat.ask',
} as const;
