// "Put this model first" for a role, the one writer every model picker uses: the chosen model
// goes to the head of flywheel.models.<role> and the rest stay as fallbacks, kept as the user
// wrote them (their options and any entry Flywheel could not read survive). Written to the user
// settings: flywheel.models.* are machine-scoped, so in a remote window VS Code keeps them in
// the Remote settings.
import * as vscode from 'vscode';
import { sameModel } from '../../core/models/modelCatalog';
import { parseModelEntries } from '../../core/models/modelEntries';
import type { GatewayEndpoint, ModelRole } from '../../core/models/modelGatewayConfig';

export async function putModelFirst(role: ModelRole, endpoint: Pick<GatewayEndpoint, 'provider' | 'baseUrl' | 'model'>): Promise<void> {
  const config = vscode.workspace.getConfiguration('flywheel.models');
  const raw = config.get<unknown[]>(role, []);
  const list = Array.isArray(raw) ? raw : [];
  const same = (entry: unknown): boolean => {
    const [e] = parseModelEntries(role, [entry]).endpoints;
    return e !== undefined && sameModel(e, endpoint);
  };
  // Only where, which wire format and which model: never a key or header from memory.
  const first = list.find(same) ?? { provider: endpoint.provider, baseUrl: endpoint.baseUrl, model: endpoint.model };
  await config.update(role, [first, ...list.filter((entry) => !same(entry))], vscode.ConfigurationTarget.Global);
}
