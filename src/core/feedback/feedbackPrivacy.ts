// What of an event may be written: text only when the user opted in, paths hashed on request.
import { createHash } from 'node:crypto';
import type { FeedbackEvent } from './feedbackEvents';

export interface FeedbackPrivacy {
  /** flywheel.feedback.storeText: keep prefix/suffix/completion/final text (dataset export). */
  readonly storeText: boolean;
  /** flywheel.feedback.hashPaths: replace relative paths by a salted hash. */
  readonly hashPaths: boolean;
  /** Per-installation salt, so equal paths hash equally here and nowhere else. */
  readonly pathSalt?: string;
}

export const defaultFeedbackPrivacy: FeedbackPrivacy = { storeText: false, hashPaths: false };

export function hashPath(path: string, salt = ''): string {
  return `sha256:${createHash('sha256').update(salt).update('\0').update(path).digest('hex').slice(0, 24)}`;
}

export function applyFeedbackPrivacy(event: FeedbackEvent, privacy: FeedbackPrivacy): FeedbackEvent {
  let out: Record<string, unknown> = event as unknown as Record<string, unknown>;
  if (!privacy.storeText && 'text' in event && event.text !== undefined) {
    const { text: _dropped, ...rest } = out;
    out = rest;
  }
  if (privacy.hashPaths && typeof event.path === 'string' && !event.path.startsWith('sha256:')) {
    out = { ...out, path: hashPath(event.path, privacy.pathSalt) };
  }
  return out as unknown as FeedbackEvent;
}
