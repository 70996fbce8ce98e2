// INTERIM: a ChatModel straight on one Ollama server, until the model gateway provides chat
// (then the integrator passes the gateway's chat role to registerChat and deletes this file).
// Host: the "flywheel.models.ollamaHost" setting if set, else OLLAMA_HOST, else 127.0.0.1:11434.
import * as vscode from 'vscode';
import type { ChatModel, ChatModelInfo } from '../../core/chat/chatModelPort';
import type { Logger } from '../../core/logger';
import { isLocalEndpoint } from '../../core/models/endpointLocality';
import { ModelError } from '../../core/models/modelError';
import type { ChatRequest, StreamChunk } from '../../core/models/modelTypes';
import { resolveOllamaHost } from '../../core/models/ollamaDiscovery';
import { OllamaProvider } from '../../core/models/ollamaProvider';

const SELECTED_KEY = 'flywheel.chat.interimModel';

export function createInterimOllamaChatModel(memento: vscode.Memento, logger: Logger): ChatModel {
  const host = (): string =>
    resolveOllamaHost(vscode.workspace.getConfiguration('flywheel.models').get<string>('ollamaHost') || process.env.OLLAMA_HOST);
  const contextLengths = new Map<string, number | undefined>();
  let selected: string | undefined = memento.get<string>(SELECTED_KEY);
  const provider = (model: string): OllamaProvider => new OllamaProvider({ provider: 'ollama', baseUrl: host(), model }, { logger });

  async function listModels(): Promise<ChatModelInfo[]> {
    const probe = provider('');
    try {
      const names = (await probe.listModels()).map((m) => m.name);
      if (!selected || !names.includes(selected)) selected = names[0];
      if (selected && !contextLengths.has(selected)) {
        contextLengths.set(selected, await probe.describeModel(selected).then((d) => d.contextLength, () => undefined));
      }
      const local = isLocalEndpoint(host());
      return names.map((id) => ({ id, label: id, local, selected: id === selected, contextLength: contextLengths.get(id) }));
    } finally {
      probe.dispose();
    }
  }

  return {
    listModels,
    async select(id: string): Promise<void> {
      selected = id;
      await memento.update(SELECTED_KEY, id);
    },
    async *streamChat(request: ChatRequest, signal: AbortSignal): AsyncIterable<StreamChunk> {
      if (!selected) await listModels().catch(() => undefined);
      if (!selected) throw new ModelError('modelNotFound', { provider: 'ollama', baseUrl: host(), detail: 'no models are installed' });
      const chat = provider(selected);
      try {
        yield* chat.streamChat(request, signal);
      } finally {
        chat.dispose();
      }
    },
  };
}
