// Composition root: builds the services, registers them, nothing else.
import * as vscode from 'vscode';
import type { Logger } from './core/logger';
import { SyntaxService } from './core/syntax/syntaxService';
import { gatewayChatModel } from './vscode/chat/gatewayChatModel';
import { registerChat } from './vscode/chat/registerChat';
import { registerCompletions, type CompletionServices } from './vscode/completion/registerCompletions';
import { chatRetrieval } from './vscode/context/chatRetrieval';
import { registerContext } from './vscode/context/registerContext';
import { registerFeedback } from './vscode/feedback/registerFeedback';
import { gatewayEmbedding } from './vscode/index/gatewayEmbedding';
import { registerIndex } from './vscode/index/registerIndex';
import type { WorkspaceIndex } from './core/index/workspaceIndex';
import { registerModels } from './vscode/models/registerModels';
import { createOutputLogger } from './vscode/outputLogger';
import { registerRefactor } from './vscode/refactor/registerRefactor';
import { ReviewController } from './vscode/review/reviewController';
import { errorMessage, errorForLog } from './core/errorMessage';
import type { Refusal } from './core/guard/pathPolicy';
import { refusalWords } from './core/guard/promptGuard';
import { remedyFor } from './vscode/refusalRemedy';
import { OutputCommands } from './vscode/commandIds';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const { logger, channel } = createOutputLogger();
  context.subscriptions.push(channel, vscode.commands.registerCommand(OutputCommands.showLog, () => channel.show()));
  try {
    // The guard is built with the models; until then nothing is exported (fails closed).
    let refusal: ((path: string) => Refusal | undefined) | undefined;
    const feedback = registerFeedback(context, { logger, refusal: (path) => (refusal ? refusal(path)?.reason : 'patterns') });
    let completions: CompletionServices | undefined;
    const models = registerModels(context, { logger, feedbackSink: feedback.sink, onDiscovery: (r, roles) => completions?.onDiscovery(r, roles) });
    refusal = models.refusal;
    const syntax = await createSyntax(logger);
    if (syntax) context.subscriptions.push(syntax);
    const isExcluded = (path: string) => !models.mayInclude(path);
    const editorContext = registerContext(context, { logger, syntax, isExcluded });
    // The index starts after the completions; a request holds it back once it exists.
    let workspaceIndex: WorkspaceIndex | undefined;
    completions = registerCompletions(context, {
      logger,
      gateway: models.gateway,
      send: models.send,
      onModelsChanged: models.onDidChange,
      onDidKnowAddedFolder: models.onDidKnowAddedFolder,
      roleModels: models.roleModels,
      onDidChangeRoleModels: models.onDidChangeRoleModels,
      mayInclude: models.mayInclude,
      refusal: models.refusal,
      syntax,
      contextEngine: editorContext.engine,
      outcomes: feedback.tracker,
      holdBackground: () => workspaceIndex?.requestStarted() ?? { dispose: () => undefined },
    });
    workspaceIndex = registerIndex(context, {
      logger,
      engine: editorContext.engine,
      mayInclude: models.mayInclude,
      pendingFolders: models.pendingFolders,
      onDidSettlePending: models.onDidSettlePending,
      readingSettings: models.readingSettings,
      onModelsChanged: models.onDidChange,
      embedding: gatewayEmbedding(models),
    });
    // Discovery may have finished while tree-sitter was loading.
    const found = models.lastDiscovery();
    if (found) completions.onDiscovery(found.result, found.roles);
    // One review for every proposed edit, whoever proposes it.
    const reviews = new ReviewController({ logger, retention: feedback.retention });
    context.subscriptions.push(reviews);
    registerChat(context, {
      logger,
      chatModel: gatewayChatModel(models.gateway, models.send),
      retrieveContext: chatRetrieval(editorContext.engine),
      feedback: feedback.sink,
      isIgnored: isExcluded,
      whyNotSent: (path) => {
        const refused = models.refusal(path);
        const button = refused && remedyFor([refused])?.title;
        return refused && { reason: refusalWords(refused), ...(button && { button }) };
      },
      // The note's button: what refuses the file now, opened by the command the door's notices use.
      openRefusal: async (path) => {
        const refused = models.refusalNow(path);
        const remedy = refused && remedyFor([refused]);
        if (remedy) await vscode.commands.executeCommand(remedy.command, ...remedy.args);
      },
      onModelsChanged: models.onDidChange,
      reviews,
    });
    registerRefactor(context, {
      logger,
      refactorModel: { stream: models.send },
      syntax,
      feedback: feedback.sink,
      reviews,
      // Judged as the door judges: a refactor's file is refused before its progress starts, with the door's own verdict.
      refusal: models.refusalNow,
    });
    logger.info(`Flywheel ${context.extension.packageJSON.version} activated`);
  } catch (error) {
    logger.error(errorForLog(error));
    void vscode.window.showErrorMessage(`Flywheel failed to start: ${errorMessage(error)}`, 'Show Log').then((choice) => {
      if (choice) channel.show();
    });
  }
}

/** Tree-sitter makes context and truncation better, not possible: without it, text rules serve. */
async function createSyntax(logger: Logger): Promise<SyntaxService | undefined> {
  try {
    return await SyntaxService.create({ logger });
  } catch (error) {
    logger.warn(`tree-sitter unavailable, using text rules: ${errorMessage(error)}`);
    return undefined;
  }
}

export function deactivate(): void {}
