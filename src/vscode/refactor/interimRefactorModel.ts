// INTERIM: used only when registerRefactor is given no refactorModel/syntax. A RefactorModel
// straight on one Ollama server (host: the "flywheel.models.ollamaHost" setting, else
// OLLAMA_HOST, else 127.0.0.1:11434; model: the first one installed), and a syntax service
// created on first use. The integrator passes the gateway's 'refactor' role and the shared
// SyntaxService instead, and then this file can go.
import * as vscode from 'vscode';
import type { Logger } from '../../core/logger';
import { ModelError } from '../../core/models/modelError';
import type { ChatRequest, StreamChunk } from '../../core/models/modelTypes';
import { resolveOllamaHost } from '../../core/models/ollamaDiscovery';
import { OllamaProvider } from '../../core/models/ollamaProvider';
import type { RefactorModel } from '../../core/refactor/refactorRequest';
import type { RefactorSyntax } from '../../core/refactor/targetRange';
import { SyntaxService } from '../../core/syntax/syntaxService';

export function createInterimRefactorModel(logger: Logger): RefactorModel {
  const host = (): string =>
    resolveOllamaHost(vscode.workspace.getConfiguration('flywheel.models').get<string>('ollamaHost') || process.env.OLLAMA_HOST);
  return {
    async *streamChat(request: ChatRequest, signal: AbortSignal): AsyncIterable<StreamChunk> {
      const baseUrl = host();
      const probe = new OllamaProvider({ provider: 'ollama', baseUrl, model: '' }, { logger });
      let model: string | undefined;
      try {
        model = (await probe.listModels(signal))[0]?.name;
      } finally {
        probe.dispose();
      }
      if (!model) throw new ModelError('modelNotFound', { provider: 'ollama', baseUrl, detail: 'no models are installed' });
      const provider = new OllamaProvider({ provider: 'ollama', baseUrl, model }, { logger });
      try {
        yield* provider.streamChat(request, signal);
      } finally {
        provider.dispose();
      }
    },
  };
}

/** A syntax service made on first use (grammars from the bundle's dist/wasm). */
export function createLazySyntax(logger: Logger, subscriptions: { push(d: vscode.Disposable): unknown }): RefactorSyntax {
  let service: Promise<SyntaxService | undefined> | undefined;
  return {
    async parse(languageId, text, options) {
      service ??= SyntaxService.create({ logger }).then(
        (s) => {
          subscriptions.push(s);
          return s;
        },
        (error: unknown) => {
          logger.warn(`refactor: tree-sitter unavailable: ${String(error)}`);
          return undefined;
        },
      );
      return (await service)?.parse(languageId, text, options);
    },
  };
}
