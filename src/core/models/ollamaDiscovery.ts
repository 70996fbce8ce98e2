// Zero configuration: find Ollama (OLLAMA_HOST or the default port) and pick an installed model
// that can fill in the middle, preferring qwen2.5-coder. The result says what to tell the user
// when there is nothing to use.
import { fimFamilyFromName, fimFamilyFromTemplate, type BuiltInFimTemplateId } from './fimTemplates';
import { ModelError } from './modelError';
import type { ModelDetails, ModelEndpoint, ModelInfo } from './modelTypes';
import { OllamaProvider } from './ollamaProvider';

export const defaultOllamaHost = 'http://127.0.0.1:11434';
export const suggestedFimModel = 'qwen2.5-coder:1.5b';

export type OllamaDiscovery =
  | { readonly kind: 'ready'; readonly endpoint: ModelEndpoint; readonly details: ModelDetails; readonly family: BuiltInFimTemplateId }
  | { readonly kind: 'ollamaDown'; readonly host: string; readonly error: ModelError }
  | {
      readonly kind: 'noFimModel';
      readonly host: string;
      readonly installed: readonly string[];
      readonly suggestion: `ollama pull ${typeof suggestedFimModel}`;
    };

export interface DiscoverOllamaOptions {
  /** An explicit host; otherwise OLLAMA_HOST from `env`, otherwise the default. */
  readonly host?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
}

/** Family preference for inline completion: Qwen2.5-Coder first, then other trained FIM families. */
const familyRank: readonly BuiltInFimTemplateId[] = ['qwen', 'deepseek', 'starcoder', 'codestral', 'codegemma', 'codellama'];

/** Models with more names than this are checked by name only; /api/show for each would be slow. */
const maxShowsForUnknownNames = 20;

export async function discoverOllama(options: DiscoverOllamaOptions = {}): Promise<OllamaDiscovery> {
  const host = options.host ?? resolveOllamaHost(options.env?.OLLAMA_HOST);
  const probe = new OllamaProvider({ provider: 'ollama', baseUrl: host, model: '' }, { fetch: options.fetch });
  try {
    let models: ModelInfo[];
    try {
      models = await probe.listModels(options.signal);
    } catch (error) {
      if (ModelError.is(error, 'aborted')) throw error;
      return { kind: 'ollamaDown', host, error: ModelError.is(error) ? error : new ModelError('unreachable', { provider: 'ollama', baseUrl: host, cause: error }) };
    }
    const ready = (details: ModelDetails, family: BuiltInFimTemplateId): OllamaDiscovery => ({
      kind: 'ready',
      endpoint: { provider: 'ollama', baseUrl: host, model: details.name, contextLength: details.contextLength },
      details,
      family,
    });

    // Known FIM families by name, best family first, then smaller first (inline completion is latency-bound).
    const named = models
      .map((m) => ({ m, family: fimFamilyFromName(m.name) }))
      .filter((x): x is { m: ModelInfo; family: BuiltInFimTemplateId } => x.family !== undefined)
      .sort((a, b) => familyRank.indexOf(a.family) - familyRank.indexOf(b.family) || (a.m.sizeBytes ?? 0) - (b.m.sizeBytes ?? 0));
    let fallback: { details: ModelDetails; family: BuiltInFimTemplateId } | undefined;
    for (const { m, family } of named) {
      const details = await describe(probe, m.name, options.signal);
      if (details?.supportsFim) return ready(details, family);
      // A FIM-trained model whose Ollama template lacks .Suffix still works with our raw template.
      if (details && !fallback) fallback = { details, family };
    }
    if (fallback) return ready(fallback.details, fallback.family);

    // Any other model whose template takes a suffix in a format we know.
    const others = models.filter((m) => !named.some((n) => n.m === m)).slice(0, maxShowsForUnknownNames);
    for (const m of others) {
      const details = await describe(probe, m.name, options.signal);
      const family = fimFamilyFromTemplate(details?.template);
      if (details?.supportsFim && family) return ready(details, family);
    }
    return { kind: 'noFimModel', host, installed: models.map((m) => m.name), suggestion: `ollama pull ${suggestedFimModel}` };
  } finally {
    probe.dispose();
  }
}

async function describe(probe: OllamaProvider, name: string, signal?: AbortSignal): Promise<ModelDetails | undefined> {
  try {
    return await probe.describeModel(name, signal);
  } catch (error) {
    if (ModelError.is(error, 'aborted') || ModelError.is(error, 'timeout')) throw error;
    return undefined; // one broken model must not hide the others
  }
}

/**
 * OLLAMA_HOST in the forms Ollama itself accepts (envconfig.Host): `host`, `host:port`, `:port`,
 * `http(s)://host[:port][/path]`, bracketed IPv6. No port means 11434 without a scheme, and the
 * scheme's default port with one. A bind-all address (0.0.0.0, ::) is reached on loopback.
 */
export function resolveOllamaHost(value: string | undefined): string {
  const raw = value?.trim() ?? '';
  if (raw === '') return defaultOllamaHost;
  let scheme = 'http';
  let defaultPort = '11434';
  let rest = raw;
  const sep = raw.indexOf('://');
  if (sep >= 0) {
    scheme = raw.slice(0, sep).toLowerCase();
    rest = raw.slice(sep + 3);
    defaultPort = scheme === 'https' ? '443' : '80';
  }
  const slash = rest.indexOf('/');
  const path = slash >= 0 ? rest.slice(slash).replace(/\/+$/, '') : '';
  const hostPort = slash >= 0 ? rest.slice(0, slash) : rest;
  let host = hostPort;
  let port = defaultPort;
  const v6 = /^\[([^\]]*)\](?::(\d*))?$/.exec(hostPort);
  if (v6) {
    host = v6[1];
    if (v6[2]) port = v6[2];
  } else if (hostPort.split(':').length === 2) {
    [host, port] = hostPort.split(':');
  }
  if (!/^\d+$/.test(port) || Number(port) > 65535) port = defaultPort;
  if (host === '' || host === '0.0.0.0') host = '127.0.0.1';
  if (host === '::') host = '::1';
  const shown = host.includes(':') ? `[${host}]` : host;
  return `${scheme}://${shown}:${port}${path}`;
}
