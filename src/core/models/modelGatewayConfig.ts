// The plain configuration a ModelGateway is built from; the editor shell reads it from
// settings (flywheel.models.*), tests write it by hand.
import type { Logger } from '../logger';
import type { CallRole, ModelPrice } from './callMetrics';
import type { HttpTransportOptions } from './httpTransport';
import type { ModelEndpoint, ModelProvider } from './modelTypes';
import type { PhaseTimeouts } from './phaseTimeouts';
import type { RetryOptions } from './retryPolicy';
import type { SchedulerLimits } from './requestScheduler';

export type ModelRole = CallRole;
/** The roles that generate text (every one has a list; an empty one means "find Ollama"). */
export type GenerationRole = Exclude<ModelRole, 'embedding'>;
export const modelRoles: readonly GenerationRole[] = ['completion', 'chat', 'refactor'];

/** One entry of a role's ordered list: where, which model, and what it costs. */
export interface GatewayEndpoint extends ModelEndpoint, ModelPrice {}

export interface ModelGatewayConfig {
  /**
   * Per role, the endpoints to try in order. An empty completion list means "find Ollama". The
   * embedding role is never discovered: without an entry the workspace index has no vectors.
   */
  readonly roles: Readonly<Record<GenerationRole, readonly GatewayEndpoint[]>> & { readonly embedding?: readonly GatewayEndpoint[] };
  /**
   * Roles whose settings had entries that could not be used, with what was wrong. Such a role
   * with no usable entry fails with this message instead of falling back to discovery.
   */
  readonly invalidSettings?: Readonly<Partial<Record<ModelRole, string>>>;
  readonly timeouts?: Partial<PhaseTimeouts>;
  readonly retry?: Partial<RetryOptions>;
  readonly scheduler?: Partial<SchedulerLimits>;
  /** Ollama keep_alive for every request that doesn't set its own (default "30m"). */
  readonly keepAlive?: string;
  /** After an endpoint fails (down, timed out), skip it for this long (default 15 s). */
  readonly unhealthyForMs?: number;
  /** Refuse every endpoint that is not on this machine ("flywheel.models.localOnly"). */
  readonly localOnly?: boolean;
  /** Proxy and certificates for every request. */
  readonly transport?: HttpTransportOptions;
}

/** Builds the provider for one endpoint over the gateway's fetch (tests inject their own). */
export type ProviderFactory = (endpoint: ModelEndpoint, fetch: typeof globalThis.fetch, logger: Logger) => ModelProvider;
