// Composition root: builds the services, registers them, nothing else.
import * as vscode from 'vscode';
import { createOutputLogger } from './vscode/outputLogger';
import { registerChat } from './vscode/chat/registerChat';
import { registerRefactor } from './vscode/refactor/registerRefactor';

export function activate(context: vscode.ExtensionContext): void {
  const { logger, channel } = createOutputLogger();
  context.subscriptions.push(channel);
  try {
    // Feature registrations (one line each) go below.
    registerRefactor(context, { logger });
    registerChat(context, { logger });
    logger.info(`Flywheel ${context.extension.packageJSON.version} activated`);
  } catch (error) {
    logger.error(error instanceof Error ? error : String(error));
    void vscode.window.showErrorMessage(`Flywheel failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function deactivate(): void {}
