// API keys live in VS Code's SecretStorage, one per endpoint base URL; never in settings, never logged.
import type * as vscode from 'vscode';
import type { GatewayEndpoint } from '../../core/models/modelGatewayConfig';

export class ApiKeyStore {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  readonly onDidChange = (listener: () => void): vscode.Disposable =>
    this.secrets.onDidChange((e) => {
      if (e.key.startsWith(prefix)) listener();
    });

  get(baseUrl: string): Thenable<string | undefined> {
    return this.secrets.get(secretKey(baseUrl));
  }

  async set(baseUrl: string, key: string): Promise<void> {
    if (key) await this.secrets.store(secretKey(baseUrl), key);
    else await this.secrets.delete(secretKey(baseUrl));
  }

  /** The endpoints with their keys filled in, for the gateway. */
  async withKeys(endpoints: readonly GatewayEndpoint[]): Promise<GatewayEndpoint[]> {
    return Promise.all(
      endpoints.map(async (e) => {
        const apiKey = await this.get(e.baseUrl);
        return apiKey ? { ...e, apiKey } : e;
      }),
    );
  }
}

const prefix = 'flywheel.apiKey:';

function secretKey(baseUrl: string): string {
  return `${prefix}${baseUrl.replace(/\/+$/, '').toLowerCase()}`;
}
