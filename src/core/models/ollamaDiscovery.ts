// Zero configuration: find Ollama (OLLAMA_HOST or the default port) and choose, per role, the
// installed model that suits it (see modelRoleChoice.ts): a model that fills in the middle for
// completions, an instruction-tuned one for chat and refactors. The result says what to tell the
// user when a role has nothing to use.
import { ModelError } from './modelError';
import type { GatewayEndpoint, GenerationRole } from './modelGatewayConfig';
import { modelRoles } from './modelGatewayConfig';
import { choiceCaveat, chooseForRole, describeProfile, profileModel, type ModelProfile, type ModelTraining } from './modelRoleChoice';
import type { BuiltInFimTemplateId } from './fimTemplates';
import type { ModelDetails, ModelEndpoint, ModelInfo } from './modelTypes';
import { OllamaProvider } from './ollamaProvider';

export const defaultOllamaHost = 'http://127.0.0.1:11434';
export const suggestedFimModel = 'qwen2.5-coder:1.5b';

/** The model discovery chose for one role, and why. */
export interface LocalChoice {
  readonly endpoint: ModelEndpoint;
  readonly details: ModelDetails;
  readonly training: ModelTraining;
  readonly family?: BuiltInFimTemplateId;
  /** "base model, fills in the middle". */
  readonly why: string;
  /** Said to the user when the choice is a compromise (a base model for chat). */
  readonly caveat?: string;
}

export type LocalChoices = Readonly<Partial<Record<GenerationRole, LocalChoice>>>;

export type OllamaDiscovery =
  | { readonly kind: 'ready'; readonly host: string; readonly installed: readonly string[]; readonly roles: LocalChoices & { readonly completion: LocalChoice } }
  | { readonly kind: 'ollamaDown'; readonly host: string; readonly error: ModelError }
  | {
      readonly kind: 'noFimModel';
      readonly host: string;
      readonly installed: readonly string[];
      readonly suggestion: `ollama pull ${typeof suggestedFimModel}`;
      /** Chat and refactors may still have a model. */
      readonly roles: LocalChoices;
    };

export interface DiscoverOllamaOptions {
  /** An explicit host; otherwise OLLAMA_HOST from `env`, otherwise the default. */
  readonly host?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
  /**
   * What /api/show said, kept across discoveries by host, name and digest, so looking again
   * (every half minute) costs one /api/tags unless a model was pulled.
   */
  readonly detailsCache?: Map<string, ModelDetails>;
}

/** Beyond this many installed models the rest are not described (each is one /api/show). */
const maxDescribedModels = 32;

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
    const profiles: ModelProfile[] = [];
    for (const m of models.slice(0, maxDescribedModels)) {
      const details = await describe(probe, host, m, options);
      if (details) profiles.push(profileModel(m, details));
    }
    const roles: Partial<Record<GenerationRole, LocalChoice>> = {};
    for (const role of modelRoles) {
      const chosen = chooseForRole(role, profiles);
      if (chosen) roles[role] = toChoice(host, role, chosen);
    }
    const installed = models.map((m) => m.name);
    const { completion } = roles;
    if (completion) return { kind: 'ready', host, installed, roles: { ...roles, completion } };
    return { kind: 'noFimModel', host, installed, suggestion: `ollama pull ${suggestedFimModel}`, roles };
  } finally {
    probe.dispose();
  }
}

function toChoice(host: string, role: GenerationRole, profile: ModelProfile): LocalChoice {
  const caveat = choiceCaveat(role, profile);
  return {
    endpoint: { provider: 'ollama', baseUrl: host, model: profile.name, contextLength: profile.details.contextLength },
    details: profile.details,
    training: profile.training,
    ...(profile.fimFamily ? { family: profile.fimFamily } : {}),
    why: describeProfile(profile),
    ...(caveat ? { caveat } : {}),
  };
}

async function describe(probe: OllamaProvider, host: string, model: ModelInfo, options: DiscoverOllamaOptions): Promise<ModelDetails | undefined> {
  const key = model.digest ? `${host} ${model.name} ${model.digest}` : undefined;
  const cached = key ? options.detailsCache?.get(key) : undefined;
  if (cached) return cached;
  try {
    const details = await probe.describeModel(model.name, options.signal);
    if (key) options.detailsCache?.set(key, details);
    return details;
  } catch (error) {
    if (ModelError.is(error, 'aborted') || ModelError.is(error, 'timeout')) throw error;
    return undefined; // one broken model must not hide the others
  }
}

/** What the gateway takes from a discovery: per role, the endpoint to use or why there is none. */
export interface LocalModels {
  /** The Ollama that was asked (also where the model picker looks). */
  readonly host: string;
  readonly roles: Readonly<Partial<Record<GenerationRole, GatewayEndpoint>>>;
  /** Why a role has no local model, in words that name the host and the next step. */
  readonly problems: Readonly<Partial<Record<GenerationRole, ModelError>>>;
}

export function localModels(found: OllamaDiscovery): LocalModels {
  if (found.kind === 'ollamaDown') {
    return { host: found.host, roles: {}, problems: Object.fromEntries(modelRoles.map((r) => [r, found.error])) };
  }
  const roles: Partial<Record<GenerationRole, GatewayEndpoint>> = {};
  const problems: Partial<Record<GenerationRole, ModelError>> = {};
  for (const role of modelRoles) {
    const choice = found.roles[role];
    if (choice) roles[role] = choice.endpoint;
    else problems[role] = missingModel(found.host, role, found.installed.length);
  }
  return { host: found.host, roles, problems };
}

/** One pull that serves every role: it fills in the middle and follows instructions. */
function missingModel(host: string, role: GenerationRole, installed: number): ModelError {
  const what = role === 'completion' ? 'a model that can fill in the middle (for completions)' : `a model for ${role}`;
  return new ModelError('modelNotFound', {
    provider: 'ollama', baseUrl: host, model: suggestedFimModel,
    detail: installed === 0 ? 'no models are installed' : `none of the ${installed} installed models is ${what}`,
  });
}

/**
 * What the set-up help says when discovery found no working Ollama, by why: nothing listening
 * (start it), listening but silent past the discovery's limit (busy: loading a model, or the
 * machine is loaded; starting it again would not help), or something answering that is not
 * Ollama as expected (another server on the port, a proxy).
 */
export function ollamaDownHelp(problem: Extract<OllamaDiscovery, { kind: 'ollamaDown' }>): { readonly summary: string; readonly advice: string } {
  const { host, error } = problem;
  const elsewhere = 'or set another server in flywheel.models.completion';
  switch (error.reason) {
    case 'unreachable':
      return { summary: `Flywheel cannot reach Ollama at ${host}.`, advice: `Start Ollama ("ollama serve") and Retry, ${elsewhere}.` };
    case 'timeout':
      return { summary: `Ollama at ${host} did not answer in time.`, advice: `It may be busy loading a model: Retry in a moment, restart it if it stays silent, ${elsewhere}.` };
    default:
      return { summary: `Ollama at ${host} did not answer as Ollama does: ${error.message}`, advice: `Check that Ollama is what listens there and Retry, ${elsewhere}.` };
  }
}

/** One line for the log and the status bar: which model serves which role, and why. */
export function describeLocalChoices(found: OllamaDiscovery): string {
  if (found.kind === 'ollamaDown') return found.error.message;
  const byModel = new Map<string, { roles: GenerationRole[]; choice: LocalChoice }>();
  for (const role of modelRoles) {
    const choice = found.roles[role];
    if (!choice) continue;
    const entry = byModel.get(choice.endpoint.model) ?? { roles: [], choice };
    entry.roles.push(role);
    byModel.set(choice.endpoint.model, entry);
  }
  const parts = [...byModel.values()].map(({ roles, choice }) => `${roleList(roles)} use ${choice.endpoint.model} (${choice.why})`);
  if (found.kind === 'noFimModel') parts.push(`completions have no model that fills in the middle (run \`${found.suggestion}\`)`);
  return `Ollama at ${found.host}: ${parts.join('; ')}.`;
}

function roleList(roles: readonly GenerationRole[]): string {
  const names = roles.map((r) => ({ completion: 'completions', chat: 'chat', refactor: 'refactors' })[r]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
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
