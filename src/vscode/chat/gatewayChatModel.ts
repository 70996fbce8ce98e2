// The chat's model port on the model gateway's "chat" role. The picker lists what the chat
// role's servers have (every installed Ollama model; for OpenAI-compatible servers only the
// models configured in flywheel.models.chat, not a provider's whole catalogue); choosing one
// puts it first in flywheel.models.chat, as "Flywheel: Select Model for Chat" does.
import * as vscode from 'vscode';
import type { ChatModel, ChatModelInfo } from '../../core/chat/chatModelPort';
import { isLocalEndpoint } from '../../core/models/endpointLocality';
import type { ModelGateway } from '../../core/models/modelGateway';
import type { GatewayEndpoint } from '../../core/models/modelGatewayConfig';
import { resolveOllamaHost } from '../../core/models/ollamaDiscovery';
import type { PromptSender } from '../../core/promptDoor';
import { readEndpoints } from '../../core/models/endpointSettings';
import { readModelSettings } from '../models/modelSettings';

const LIST_TIMEOUT_MS = 5_000;

function modelId(endpoint: Pick<GatewayEndpoint, 'baseUrl' | 'model'>): string {
  return `${endpoint.model} @ ${endpoint.baseUrl}`;
}

export function gatewayChatModel(gateway: ModelGateway, send: PromptSender): ChatModel {
  let choices = new Map<string, GatewayEndpoint>();

  async function listModels(): Promise<ChatModelInfo[]> {
    const configured = readModelSettings().roles.chat;
    const servers = new Map<string, GatewayEndpoint>();
    for (const e of configured) if (!servers.has(e.baseUrl)) servers.set(e.baseUrl, e);
    if (configured.length === 0) {
      // Nothing configured: the chat runs on the discovered Ollama (OLLAMA_HOST or the default).
      const host = resolveOllamaHost(process.env.OLLAMA_HOST);
      servers.set(host, { provider: 'ollama', baseUrl: host, model: '' });
    }
    const found: GatewayEndpoint[] = [];
    let firstError: unknown;
    for (const server of servers.values()) {
      if (server.provider !== 'ollama') {
        found.push(...configured.filter((e) => e.baseUrl === server.baseUrl));
        continue;
      }
      try {
        const models = await gateway.listModels(server, AbortSignal.timeout(LIST_TIMEOUT_MS));
        for (const m of models) {
          // Keep a configured entry's options (context length, headers) when it is listed.
          found.push(configured.find((e) => e.baseUrl === server.baseUrl && e.model === m.name) ?? { ...server, model: m.name });
        }
      } catch (error) {
        firstError ??= error;
        found.push(...configured.filter((e) => e.baseUrl === server.baseUrl));
      }
    }
    if (found.length === 0 && firstError) throw firstError;
    choices = new Map(found.map((e) => [modelId(e), e]));
    const selected = configured[0] ? modelId(configured[0]) : found[0] && modelId(found[0]);
    let contextLength: number | undefined;
    try {
      contextLength = configured.length > 0 ? (await gateway.resolve('chat', AbortSignal.timeout(LIST_TIMEOUT_MS))).details.contextLength : undefined;
    } catch {
      // Reported when a request is made.
    }
    return found.map((e) => ({
      id: modelId(e),
      label: e.model,
      local: isLocalEndpoint(e.baseUrl),
      selected: modelId(e) === selected,
      contextLength: modelId(e) === selected ? (e.contextLength ?? contextLength) : e.contextLength,
    }));
  }

  return {
    listModels,
    async select(id: string): Promise<void> {
      const endpoint = choices.get(id);
      if (endpoint) await putFirstForChat(endpoint);
    },
    streamChat: send,
  };
}

/** The chosen endpoint first in flywheel.models.chat; the rest stay as fallbacks, entries kept raw. */
async function putFirstForChat(endpoint: GatewayEndpoint): Promise<void> {
  const config = vscode.workspace.getConfiguration('flywheel.models');
  const raw = config.get<Record<string, unknown>[]>('chat', []);
  const same = (entry: Record<string, unknown>): boolean => {
    const [e] = readEndpoints([entry]);
    return e !== undefined && e.baseUrl === endpoint.baseUrl && e.model === endpoint.model;
  };
  const first = raw.find(same) ?? { provider: endpoint.provider, baseUrl: endpoint.baseUrl, model: endpoint.model };
  await config.update('chat', [first, ...raw.filter((entry) => !same(entry))], vscode.ConfigurationTarget.Global);
}
