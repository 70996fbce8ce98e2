// "Flywheel: Test Connection": looks for Ollama again (the user may just have started it),
// resolves the completion model through the gateway, runs one small fill-in-the-middle round
// trip, and reports what it found — or exactly what failed, where, and what to do. Only a
// success sets the context key that ticks the walkthrough's step.
import * as vscode from 'vscode';
import type { Logger } from '../../core/logger';
import { selectFimTemplate } from '../../core/models/fimTemplates';
import type { ModelGateway } from '../../core/models/modelGateway';
import type { FimRequest } from '../../core/models/modelTypes';
import type { PromptSender } from '../../core/promptDoor';
import { errorMessage } from '../../core/errorMessage';
import { openModelSettings } from '../models/openModelSettings';
import { CompletionCommands, OutputCommands } from '../commandIds';

/** True once a Test Connection succeeded in this window (the walkthrough's completion event). */
export const connectedContextKey = 'flywheel.modelConnected';

const TEST_TIMEOUT_MS = 60_000;
const PREFIX = 'def add(a, b):\n    """Return the sum of a and b."""\n    return ';
const SUFFIX = '\n\n\nprint(add(2, 3))\n';

export async function testConnection(gateway: ModelGateway, send: PromptSender, logger: Logger, onConnected: (model: string) => void): Promise<void> {
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Flywheel: testing the completion model…', cancellable: true },
    async (_progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(TEST_TIMEOUT_MS)]);
      try {
        await gateway.rediscover();
        const started = performance.now();
        const { endpoint, details, local } = await gateway.resolve('completion', signal);
        const template = selectFimTemplate(endpoint.model, details.template);
        const native = endpoint.provider === 'ollama' && details.supportsFim;
        const request: FimRequest = native
          ? { prefix: PREFIX, suffix: SUFFIX, maxTokens: 16, stop: ['\n'], temperature: 0 }
          : { prefix: PREFIX, suffix: SUFFIX, prompt: template.render({ prefix: PREFIX, suffix: SUFFIX }), maxTokens: 16, stop: [...template.stop, '\n'], temperature: 0 };
        let text = '';
        let firstTokenMs: number | undefined;
        const prompt = { role: 'completion', purpose: 'test-connection', body: { kind: 'fim', request }, files: [], supersedeKey: 'test-connection' } as const;
        for await (const chunk of send(prompt, signal)) {
          if (chunk.text && firstTokenMs === undefined) firstTokenMs = performance.now() - started;
          text += chunk.text;
        }
        const where = `${endpoint.model} at ${endpoint.baseUrl} (${endpoint.provider}, ${local ? 'local' : 'cloud'})`;
        const format = native ? "the model's own FIM template" : `the ${template.id} FIM template`;
        const context = details.contextLength ? `, context ${details.contextLength} tokens` : '';
        return {
          ok: true as const,
          model: endpoint.model,
          message: `Flywheel: connected to ${where}${context}; ${format}; first token after ${Math.round(firstTokenMs ?? 0)} ms; it completed \`return ${text.trim() || '(nothing)'}\`.`,
        };
      } catch (error) {
        return { ok: false as const, message: `Flywheel: the completion model did not answer: ${errorMessage(error)}` };
      }
    },
  );
  if (outcome.ok) {
    logger.info(outcome.message);
    onConnected(outcome.model);
    await vscode.commands.executeCommand('setContext', connectedContextKey, true);
    void vscode.window.showInformationMessage(outcome.message);
    return;
  }
  logger.warn(outcome.message);
  const choice = await vscode.window.showErrorMessage(outcome.message, 'Retry', 'Open Settings', 'Show Log');
  if (choice === 'Retry') await vscode.commands.executeCommand(CompletionCommands.testConnection);
  if (choice === 'Open Settings') await openModelSettings('flywheel.models.completion');
  if (choice === 'Show Log') await vscode.commands.executeCommand(OutputCommands.showLog);
}
