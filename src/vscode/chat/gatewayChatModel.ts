// The chat's model port on the model gateway's "chat" role. The model menu lists the gateway's
// catalogue for chat (every installed Ollama model; for OpenAI-compatible servers only the
// models configured in flywheel.models.chat, not a provider's whole catalogue); choosing one
// puts it first in flywheel.models.chat, as "Flywheel: Select Model for Chat" does.
import type { ChatModel, ChatModelInfo } from '../../core/chat/chatModelPort';
import { isLocalEndpoint } from '../../core/models/endpointLocality';
import { listModelCatalog } from '../../core/models/modelCatalog';
import type { ModelGateway } from '../../core/models/modelGateway';
import type { GatewayEndpoint } from '../../core/models/modelGatewayConfig';
import type { PromptSender } from '../../core/promptDoor';
import { putModelFirst } from '../models/putModelFirst';

const LIST_TIMEOUT_MS = 5_000;

function modelId(endpoint: Pick<GatewayEndpoint, 'baseUrl' | 'model'>): string {
  return `${endpoint.model} @ ${endpoint.baseUrl}`;
}

export function gatewayChatModel(gateway: ModelGateway, send: PromptSender): ChatModel {
  let choices = new Map<string, GatewayEndpoint>();

  async function listModels(): Promise<ChatModelInfo[]> {
    const groups = await listModelCatalog(gateway, 'chat', AbortSignal.timeout(LIST_TIMEOUT_MS), { openai: 'configured' });
    const entries = groups.flatMap((g) => g.entries);
    const firstError = groups.find((g) => g.error)?.error;
    if (entries.length === 0 && firstError) throw firstError;
    choices = new Map(entries.map((e) => [modelId(e.endpoint), e.endpoint]));
    const current = entries.find((e) => e.current) ?? entries[0];
    let contextLength: number | undefined;
    if (current && current.endpoint.contextLength === undefined) {
      try {
        contextLength = (await gateway.resolve('chat', AbortSignal.timeout(LIST_TIMEOUT_MS))).details.contextLength;
      } catch {
        // Reported when a request is made.
      }
    }
    return entries.map((e) => ({
      id: modelId(e.endpoint),
      label: e.endpoint.model,
      local: isLocalEndpoint(e.endpoint.baseUrl),
      selected: e === current,
      contextLength: e === current ? (e.endpoint.contextLength ?? contextLength) : e.endpoint.contextLength,
    }));
  }

  return {
    listModels,
    async select(id: string): Promise<void> {
      const endpoint = choices.get(id);
      if (endpoint) await putModelFirst('chat', endpoint);
    },
    streamChat: send,
  };
}
