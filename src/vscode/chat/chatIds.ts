// The chat's view ids as contributed in package.json, so a typo is a compile error (its
// commands are in ../commandIds).
export const CHAT_VIEW_ID = 'flywheel.chat';
export const CHAT_CONTAINER_ID = 'flywheel';

