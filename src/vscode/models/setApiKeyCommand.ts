// "Flywheel: Set API Key": stores the key for one endpoint in SecretStorage (empty input removes it).
import * as vscode from 'vscode';
import { modelRoles } from '../../core/models/modelGatewayConfig';
import type { ApiKeyStore } from './apiKeyStore';
import { readModelSettings } from './modelSettings';

export async function setApiKey(keys: ApiKeyStore, baseUrlArg?: string): Promise<void> {
  const baseUrl = baseUrlArg ?? (await pickBaseUrl());
  if (!baseUrl) return;
  const key = await vscode.window.showInputBox({
    title: `Flywheel: API key for ${baseUrl}`,
    prompt: 'Stored in VS Code\'s secret storage, never in settings. Leave empty to remove the key.',
    password: true,
    ignoreFocusOut: true,
  });
  if (key === undefined) return;
  await keys.set(baseUrl, key.trim());
  void vscode.window.showInformationMessage(key.trim() ? `Flywheel: API key saved for ${baseUrl}.` : `Flywheel: API key removed for ${baseUrl}.`);
}

async function pickBaseUrl(): Promise<string | undefined> {
  const settings = readModelSettings();
  const urls = [...new Set([...modelRoles, 'embedding' as const].flatMap((r) => settings.roles[r]).filter((e) => e.provider === 'openai').map((e) => e.baseUrl))];
  const other = { label: '$(add) Another endpoint…', url: '' };
  const picked = await vscode.window.showQuickPick([...urls.map((url) => ({ label: url, url })), other], {
    title: 'Flywheel: Set API Key for …',
  });
  if (!picked) return undefined;
  if (picked.url) return picked.url;
  return vscode.window.showInputBox({
    title: 'Flywheel: endpoint base URL',
    placeHolder: 'https://api.openai.com/v1',
    validateInput: (v) => (/^https?:\/\/\S+$/.test(v.trim()) ? undefined : 'An http(s) URL'),
  }).then((v) => v?.trim().replace(/\/+$/, ''));
}
