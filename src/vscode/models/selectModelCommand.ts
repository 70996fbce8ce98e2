// "Flywheel: Select Model for …": lists what the servers really have (through the gateway's
// catalogue) and puts the chosen model first in the role's list.
import * as vscode from 'vscode';
import { listModelCatalog, type CatalogGroup } from '../../core/models/modelCatalog';
import { ModelError } from '../../core/models/modelError';
import type { ModelGateway } from '../../core/models/modelGateway';
import { modelRoles, type GatewayEndpoint, type ModelRole } from '../../core/models/modelGatewayConfig';
import { suggestedFimModel } from '../../core/models/ollamaDiscovery';
import { putModelFirst } from './putModelFirst';
import { errorMessage } from '../../core/errorMessage';

interface ModelPick extends vscode.QuickPickItem {
  readonly endpoint?: GatewayEndpoint;
}

const LIST_TIMEOUT_MS = 5_000;

export async function selectModel(gateway: ModelGateway, roleArg?: ModelRole): Promise<void> {
  const role = roleArg ?? (await pickRole());
  if (!role) return;
  const pick = vscode.window.createQuickPick<ModelPick>();
  pick.title = `Flywheel: Select Model for ${title(role)}`;
  pick.placeholder = 'Asking the model servers what they have…';
  pick.busy = true;
  pick.show();
  const abort = new AbortController();
  pick.onDidHide(() => abort.abort());
  try {
    const groups = await listModelCatalog(gateway, role, AbortSignal.any([abort.signal, AbortSignal.timeout(LIST_TIMEOUT_MS)]), {
      openai: 'all',
      onGroup: (partial) => (pick.items = partial.flatMap(items)),
    });
    pick.items = groups.flatMap(items);
  } catch (error) {
    if (abort.signal.aborted) return;
    pick.items = [{ label: '$(error) could not list the models', description: errorMessage(error) }];
  }
  pick.busy = false;
  pick.placeholder = `Model for ${title(role)} (it goes first; the others stay as fallbacks)`;
  const chosen = await new Promise<ModelPick | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]));
    pick.onDidHide(() => resolve(undefined));
  });
  pick.dispose();
  if (!chosen?.endpoint) return;
  await putModelFirst(role, chosen.endpoint);
  void vscode.window.showInformationMessage(`Flywheel: ${title(role)} now uses ${chosen.endpoint.model}.`);
}

function items(group: CatalogGroup): ModelPick[] {
  const { server } = group;
  const out: ModelPick[] = [{ label: `${server.provider === 'ollama' ? 'Ollama' : 'OpenAI-compatible'} · ${server.baseUrl}`, kind: vscode.QuickPickItemKind.Separator }];
  for (const e of group.entries) {
    out.push({
      label: `${e.current ? '$(check) ' : ''}${e.endpoint.model}`,
      description: [e.family, e.sizeBytes ? `${(e.sizeBytes / 1e9).toFixed(1)} GB` : '', e.configured && !e.current ? 'in your list' : ''].filter(Boolean).join(' · '),
      endpoint: e.endpoint,
    });
  }
  if (group.error) {
    // A server that answered "wrong key" is reachable: say what is wrong.
    const label = ModelError.is(group.error, 'unauthorized') ? '$(key) API key rejected' : '$(error) not reachable';
    out.push({ label, description: group.error.message });
  } else if (group.entries.length === 0) {
    out.push({ label: '$(info) no models installed', description: server.provider === 'ollama' ? `ollama pull ${suggestedFimModel}` : '' });
  }
  return out;
}

async function pickRole(): Promise<ModelRole | undefined> {
  const picked = await vscode.window.showQuickPick(
    modelRoles.map((role) => ({ label: title(role), role })),
    { title: 'Flywheel: Select Model for …' },
  );
  return picked?.role;
}

function title(role: ModelRole): string {
  return { completion: 'Completions', chat: 'Chat', refactor: 'Refactoring', embedding: 'Embeddings' }[role];
}
