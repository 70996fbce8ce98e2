// The status bar notice for what the gateway does behind the user's back: a model loading,
// and a role that fell back from a local model to a cloud one (never silent).
import * as vscode from 'vscode';
import type { Disposable } from '../../core/disposable';
import type { GatewayEvent } from '../../core/models/modelGatewayEvents';
import type { ModelRole } from '../../core/models/modelGatewayConfig';
import { openModelSettings } from './openModelSettings';
import { ModelCommands } from '../commandIds';

export class ModelStatusBar implements Disposable {
  private readonly item = vscode.window.createStatusBarItem('flywheel.modelStatus', vscode.StatusBarAlignment.Right, 99);
  private readonly loading = new Set<ModelRole>();
  private readonly onCloud = new Map<ModelRole, string>();

  constructor() {
    this.item.name = 'Flywheel Model';
    this.item.command = ModelCommands.showMetrics;
  }

  handle(event: GatewayEvent): void {
    switch (event.type) {
      case 'loadingModel':
        this.loading.add(event.role);
        break;
      case 'modelLoaded':
      case 'error':
        this.loading.delete(event.role);
        break;
      case 'switchedToCloud':
        this.onCloud.set(event.role, `${event.to.model} (${hostOf(event.to.baseUrl)})`);
        void vscode.window.showWarningMessage(
          `Flywheel: the local model ${event.from.model} is not answering; ${event.role} now uses the cloud model ${event.to.model} at ${hostOf(event.to.baseUrl)}.`,
          'Open Settings',
        ).then((choice) => {
          if (choice) void openModelSettings(`flywheel.models.${event.role}`);
        });
        break;
      case 'backToLocal':
        this.onCloud.delete(event.role);
        break;
      case 'fellBack':
        break;
    }
    this.render();
  }

  dispose(): void {
    this.item.dispose();
  }

  private render(): void {
    if (this.loading.size > 0) {
      this.item.text = '$(loading~spin) Flywheel: loading model…';
      this.item.tooltip = `Ollama is loading the ${[...this.loading].join(', ')} model into memory (first use after a while).`;
      this.item.backgroundColor = undefined;
      this.item.show();
    } else if (this.onCloud.size > 0) {
      const roles = [...this.onCloud.entries()];
      this.item.text = `$(cloud) Flywheel: ${roles.map(([r]) => r).join(', ')} on cloud`;
      this.item.tooltip = roles.map(([r, m]) => `${r}: ${m} (the local model failed)`).join('\n');
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.show();
    } else {
      this.item.hide();
    }
  }
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
