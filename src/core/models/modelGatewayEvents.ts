// What the gateway tells the editor while it works: the status bar shows "loading model",
// a fallback, and (once) a switch from a local model to a cloud one; every call, for the
// feedback log and the audit trail.
import type { Disposable } from '../disposable';
import type { CallRecord } from './callMetrics';
import type { ModelRole } from './modelGatewayConfig';
import type { ModelEndpoint } from './modelTypes';
import type { ClearedPrompt, OutgoingPrompt } from './outgoingPrompt';
import type { RedactionStrictness } from '../strictnessSetting';

/** One request sent to one endpoint (each retry is its own), measured once it ended. */
export interface ModelCallEvent {
  readonly type: 'call';
  readonly record: CallRecord;
  /** The prompt as the feature described it: purpose, files, suggestion id (its texts are not for logs). */
  readonly prompt: OutgoingPrompt;
  readonly endpoint: ModelEndpoint;
  readonly local: boolean;
  /** UTF-8 bytes of the texts as sent. */
  readonly bytes: number;
  /** Secrets replaced in the texts as sent (0 for an endpoint on this machine). */
  readonly redactions: number;
  /** The strictness they were redacted at (absent for an endpoint on this machine, or redaction off). */
  readonly strictness?: RedactionStrictness;
}

export type GatewayEvent =
  /** Connected, but the server has not answered for a while: it is loading the model. */
  | { readonly type: 'loadingModel'; readonly role: ModelRole; readonly endpoint: ModelEndpoint }
  /** The model that was loading produced its first token. */
  | { readonly type: 'modelLoaded'; readonly role: ModelRole; readonly endpoint: ModelEndpoint }
  /** `from` failed before any token; `to` is tried next. */
  | { readonly type: 'fellBack'; readonly role: ModelRole; readonly from: ModelEndpoint; readonly to: ModelEndpoint; readonly error: Error }
  /** A cloud endpoint serves a role whose local endpoint failed. Sent once until local serves again. */
  | { readonly type: 'switchedToCloud'; readonly role: ModelRole; readonly from: ModelEndpoint; readonly to: ModelEndpoint }
  /** A local endpoint serves the role again after a switch to cloud. */
  | { readonly type: 'backToLocal'; readonly role: ModelRole; readonly endpoint: ModelEndpoint }
  /** Every endpoint of the role failed (not sent for cancellations). */
  | { readonly type: 'error'; readonly role: ModelRole; readonly error: Error }
  | ModelCallEvent;

export class GatewayEvents implements Disposable {
  private readonly listeners = new Set<(event: GatewayEvent) => void>();

  on(listener: (event: GatewayEvent) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  fire(event: GatewayEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A listener's bug must not break a model call.
      }
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}

/** The strictness the texts sent were redacted at: none for an endpoint on this machine, which gets them unredacted. */
export function strictnessSent(prompt: ClearedPrompt, local: boolean): Pick<ModelCallEvent, 'strictness'> {
  return !local && prompt.strictness ? { strictness: prompt.strictness } : {};
}
