// What the model servers have, for every model picker (the "Select Model for …" command and the
// chat's model menu): each server once — the configured ones and the local Ollama discovery asks
// (OLLAMA_HOST honoured) — listed through the gateway, so keys, proxy, certificates and the
// local-only rule apply as they do to requests. The role's own servers come first.
import type { GatewayEndpoint, ModelRole } from './modelGatewayConfig';
import type { ModelInfo } from './modelTypes';

/** The gateway's side of a listing (ModelGateway implements it). */
export interface CatalogSource {
  servers(signal: AbortSignal): Promise<GatewayEndpoint[]>;
  listModels(endpoint: GatewayEndpoint, signal: AbortSignal): Promise<ModelInfo[]>;
  configured(role: ModelRole): readonly GatewayEndpoint[];
  firstChoices(signal: AbortSignal): Promise<Partial<Record<ModelRole, GatewayEndpoint>>>;
}

export interface CatalogEntry {
  /** Ready to use: a configured entry keeps its options (context length, headers, key). */
  readonly endpoint: GatewayEndpoint;
  readonly sizeBytes?: number;
  readonly family?: string;
  /** In the role's flywheel.models list. */
  readonly configured: boolean;
  /** The model the role asks first now. */
  readonly current: boolean;
}

export interface CatalogGroup {
  readonly server: GatewayEndpoint;
  readonly entries: readonly CatalogEntry[];
  /** The server did not answer; its configured entries are listed anyway. */
  readonly error?: Error;
}

export interface CatalogOptions {
  /**
   * OpenAI-compatible servers: 'all' lists /v1/models (a cloud provider's whole catalogue, fine
   * in a searchable quick pick); 'configured' lists only the role's entries (a short menu).
   */
  readonly openai: 'all' | 'configured';
  /** Called as each server answers, so a picker can fill in while slower ones are asked. */
  readonly onGroup?: (groups: readonly CatalogGroup[]) => void;
}

export async function listModelCatalog(source: CatalogSource, role: ModelRole, signal: AbortSignal, options: CatalogOptions): Promise<CatalogGroup[]> {
  const configured = source.configured(role);
  const [servers, first] = await Promise.all([source.servers(signal), source.firstChoices(signal).catch(() => ({}) as Partial<Record<ModelRole, GatewayEndpoint>>)]);
  const current = first[role];
  const own = (s: GatewayEndpoint) => configured.some((e) => sameServer(e, s)) || (configured.length === 0 && current !== undefined && sameServer(current, s));
  const ordered = [...servers.filter(own), ...servers.filter((s) => !own(s))];
  const groups: (CatalogGroup | undefined)[] = ordered.map(() => undefined);
  const entry = (endpoint: GatewayEndpoint, info?: ModelInfo): CatalogEntry => ({
    endpoint,
    ...(info?.sizeBytes !== undefined ? { sizeBytes: info.sizeBytes } : {}),
    ...(info?.family ? { family: info.family } : {}),
    configured: configured.some((e) => sameModel(e, endpoint)),
    current: current !== undefined && sameModel(current, endpoint),
  });
  await Promise.all(
    ordered.map(async (server, i) => {
      const mine = configured.filter((e) => sameServer(e, server));
      if (server.provider === 'openai' && options.openai === 'configured') {
        groups[i] = { server, entries: mine.map((e) => entry(e)) };
      } else {
        try {
          const models = await source.listModels(server, signal);
          // A configured entry keeps its options when the server lists it.
          groups[i] = { server, entries: models.map((m) => entry(mine.find((e) => e.model === m.name) ?? { ...server, model: m.name }, m)) };
        } catch (error) {
          if (signal.aborted) throw error;
          groups[i] = { server, entries: mine.map((e) => entry(e)), error: error instanceof Error ? error : new Error(String(error)) };
        }
      }
      options.onGroup?.(groups.filter((g): g is CatalogGroup => g !== undefined));
    }),
  );
  return groups.filter((g): g is CatalogGroup => g !== undefined);
}

export function sameServer(a: Pick<GatewayEndpoint, 'provider' | 'baseUrl'>, b: Pick<GatewayEndpoint, 'provider' | 'baseUrl'>): boolean {
  return a.provider === b.provider && a.baseUrl === b.baseUrl;
}

export function sameModel(a: Pick<GatewayEndpoint, 'provider' | 'baseUrl' | 'model'>, b: Pick<GatewayEndpoint, 'provider' | 'baseUrl' | 'model'>): boolean {
  return sameServer(a, b) && a.model === b.model;
}
