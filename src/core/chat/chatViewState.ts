// What the chat view shows, built whole from the session's parts: the host owns the state and
// sends it after every change (the webview draws it and keeps nothing of its own).
import { isLiveFileItem } from './chatContextItem';
import type { ChatConversations } from './chatConversations';
import type { ChatModelList } from './chatModelList';
import type { ChatViewState } from './chatProtocol';
import type { WhyNotSent } from './conversation';
import type { PendingContext } from './pendingContext';

/** `whyNotSent`: the path policy's reason a file is refused (the user's words), marked on its chip before the question is asked. */
export function chatViewState(
  conversations: ChatConversations,
  models: ChatModelList,
  pending: PendingContext,
  busy: boolean,
  whyNotSent?: WhyNotSent,
): ChatViewState {
  return {
    conversation: conversations.active,
    history: conversations.history(),
    ...models.view(),
    // A file chip's text is read again when the message is sent: the view needs only its name.
    chips: pending.chips().map((c) => {
      const chip = isLiveFileItem(c) ? { ...c, text: undefined } : c;
      const notSent = c.kind !== 'codebase' && c.path ? whyNotSent?.(c.path)?.reason : undefined;
      return notSent ? { ...chip, notSent } : chip;
    }),
    busy,
  };
}
