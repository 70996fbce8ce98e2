// The chat's ids as contributed in package.json, so a typo is a compile error.
export const CHAT_VIEW_ID = 'flywheel.chat';
export const CHAT_CONTAINER_ID = 'flywheel';

export const ChatCommands = {
  askAboutSelection: 'flywheel.askAboutSelection',
  newChat: 'flywheel.chat.new',
  showChatHistory: 'flywheel.chat.showHistory',
  addFileToChat: 'flywheel.chat.addFile',
  acceptChatEdit: 'flywheel.chat.acceptEdit',
  rejectChatEdit: 'flywheel.chat.rejectEdit',
  /** Internal: another feature (refactor Explain) asks a question with context items. */
  ask: 'flywheel.chat.ask',
} as const;

/** Context keys for `when` clauses. */
export const ChatContextKeys = {
  /** The active editor is a proposed-edit diff opened by Apply. */
  proposedEditActive: 'flywheel.chat.proposedEditActive',
} as const;

/** URI scheme of the read-only proposed side of an Apply diff. */
export const PROPOSED_EDIT_SCHEME = 'flywheel-proposed';
