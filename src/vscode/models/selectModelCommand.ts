// "Flywheel: Select Model for …": lists what the endpoints really have (/api/tags, /v1/models)
// and puts the chosen model first in the role's list (user settings: endpoints are machine-scoped).
import * as vscode from 'vscode';
import type { ModelGateway } from '../../core/models/modelGateway';
import { ModelError } from '../../core/models/modelError';
import { modelRoles, type GatewayEndpoint, type ModelRole } from '../../core/models/modelGatewayConfig';
import { defaultOllamaHost } from '../../core/models/ollamaDiscovery';
import { readEndpoints } from '../../core/models/endpointSettings';
import { readModelSettings } from './modelSettings';

interface ModelPick extends vscode.QuickPickItem {
  readonly endpoint?: GatewayEndpoint;
}

export async function selectModel(gateway: ModelGateway, roleArg?: ModelRole): Promise<void> {
  const role = roleArg ?? (await pickRole());
  if (!role) return;
  const settings = readModelSettings();
  const current = settings.roles[role][0];
  const servers = uniqueServers([...settings.roles[role], ...modelRoles.flatMap((r) => settings.roles[r])]);
  if (!servers.some((s) => s.provider === 'ollama')) servers.push({ provider: 'ollama', baseUrl: defaultOllamaHost, model: '' });

  const pick = vscode.window.createQuickPick<ModelPick>();
  pick.title = `Flywheel: Select Model for ${title(role)}`;
  pick.placeholder = 'Asking the model servers what they have…';
  pick.busy = true;
  pick.show();
  const abort = new AbortController();
  pick.onDidHide(() => abort.abort());
  const items: ModelPick[] = [];
  await Promise.all(
    servers.map(async (server) => {
      const group: ModelPick[] = [{ label: `${server.provider === 'ollama' ? 'Ollama' : 'OpenAI-compatible'} · ${server.baseUrl}`, kind: vscode.QuickPickItemKind.Separator }];
      try {
        const models = await gateway.listModels(server, AbortSignal.any([abort.signal, AbortSignal.timeout(5_000)]));
        for (const m of models) {
          const endpoint = { ...server, model: m.name };
          const isCurrent = current?.baseUrl === server.baseUrl && current.model === m.name;
          group.push({
            label: `${isCurrent ? '$(check) ' : ''}${m.name}`,
            description: [m.family, m.sizeBytes ? `${(m.sizeBytes / 1e9).toFixed(1)} GB` : ''].filter(Boolean).join(' · '),
            endpoint,
          });
        }
        if (models.length === 0) group.push({ label: '$(info) no models installed', description: server.provider === 'ollama' ? 'ollama pull qwen2.5-coder:1.5b' : '' });
      } catch (error) {
        // A server that answered "wrong key" is reachable: say what is wrong.
        const label = ModelError.is(error, 'unauthorized') ? '$(key) API key rejected' : '$(error) not reachable';
        group.push({ label, description: error instanceof Error ? error.message : String(error) });
      }
      items.push(...group);
      pick.items = items;
    }),
  );
  pick.busy = false;
  pick.placeholder = `Model for ${title(role)} (it goes first; the others stay as fallbacks)`;
  const chosen = await new Promise<ModelPick | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]));
    pick.onDidHide(() => resolve(undefined));
  });
  pick.dispose();
  if (!chosen?.endpoint) return;
  await putFirst(role, chosen.endpoint);
  void vscode.window.showInformationMessage(`Flywheel: ${title(role)} now uses ${chosen.endpoint.model}.`);
}

async function pickRole(): Promise<ModelRole | undefined> {
  const picked = await vscode.window.showQuickPick(
    modelRoles.map((role) => ({ label: title(role), role })),
    { title: 'Flywheel: Select Model for …' },
  );
  return picked?.role;
}

/** The chosen endpoint first, the rest of the list kept as fallbacks (raw entries, so options survive). */
async function putFirst(role: ModelRole, endpoint: GatewayEndpoint): Promise<void> {
  const config = vscode.workspace.getConfiguration('flywheel.models');
  const raw = config.get<Record<string, unknown>[]>(role, []);
  const rest = raw.filter((entry) => {
    const [e] = readEndpoints([entry]);
    return !e || e.baseUrl !== endpoint.baseUrl || e.model !== endpoint.model;
  });
  const same = raw.find((entry) => entry.baseUrl === endpoint.baseUrl && entry.model === endpoint.model);
  const first = same ?? { provider: endpoint.provider, baseUrl: endpoint.baseUrl, model: endpoint.model };
  await config.update(role, [first, ...rest], vscode.ConfigurationTarget.Global);
}

function uniqueServers(endpoints: readonly GatewayEndpoint[]): GatewayEndpoint[] {
  const seen = new Map<string, GatewayEndpoint>();
  for (const e of endpoints) {
    const key = `${e.provider} ${e.baseUrl}`;
    if (!seen.has(key)) seen.set(key, e);
  }
  return [...seen.values()];
}

function title(role: ModelRole): string {
  return { completion: 'Completions', chat: 'Chat', refactor: 'Refactoring', embedding: 'Embeddings' }[role];
}
