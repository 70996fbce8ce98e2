// Registers the refactor feature: the commands and the lightbulb. Proposals are reviewed in the
// shared review controller. Called once from activate().
import type { Refusal } from '../../core/guard/pathPolicy';
import * as vscode from 'vscode';
import type { FeedbackSink } from '../../core/feedback/feedbackEvents';
import type { Logger } from '../../core/logger';
import { parseCustomActions } from '../../core/refactor/customActions';
import { BUILT_IN_ACTIONS, appliesTo, builtInAction } from '../../core/refactor/refactorActions';
import type { BuiltInActionId, RefactorAction } from '../../core/refactor/refactorActions';
import type { RefactorModel } from '../../core/refactor/refactorRequest';
import type { RefactorSyntax } from '../../core/refactor/targetRange';
import { NOTEBOOK_CELL_SCHEME } from '../notebook/notebookCells';
import type { ReviewController } from '../review/reviewController';
import { runRefactorCommand, type RefactorServices, type RunArgs } from './refactorCommand';
import { RefactorCodeActionProvider } from './refactorCodeActions';
import { CUSTOM_ACTIONS_SETTING } from './refactorIds';
import { errorMessage, errorForLog } from '../../core/errorMessage';
import { RefactorCommands } from '../commandIds';

export interface RefactorDependencies {
  readonly logger: Logger;
  /** The gateway's 'refactor' role. */
  readonly refactorModel: RefactorModel;
  /**
   * The syntax service: finds the enclosing function, checks that replies parse. Without it
   * only selections work and replies are not parse-checked.
   */
  readonly syntax?: RefactorSyntax;
  readonly feedback?: FeedbackSink;
  /** Where proposals are reviewed (shared with the chat's Apply). */
  readonly reviews: ReviewController;
  /**
   * Why the path policy refuses a file, judged afresh as the door judges: a refactor of a refused file is refused before
   * any progress, and Generate Tests quotes only a test file it lets into prompts.
   */
  readonly refusal: (path: string) => Refusal | undefined;
}

const BUILT_IN_COMMANDS: ReadonlyArray<[string, BuiltInActionId]> = [
  [RefactorCommands.explain, 'explain'],
  [RefactorCommands.document, 'document'],
  [RefactorCommands.tests, 'tests'],
  [RefactorCommands.fix, 'fix'],
  [RefactorCommands.simplify, 'simplify'],
  [RefactorCommands.addTypes, 'addTypes'],
  [RefactorCommands.rewrite, 'rewrite'],
];

export function registerRefactor(context: Pick<vscode.ExtensionContext, 'subscriptions'>, deps: RefactorDependencies): void {
  const services: RefactorServices = deps;
  let reported = '';

  const customActions = (): readonly RefactorAction[] => {
    const { actions, problems } = parseCustomActions(vscode.workspace.getConfiguration().get(CUSTOM_ACTIONS_SETTING));
    const key = problems.join('\n');
    if (key && key !== reported) deps.logger.warn(`refactor: ${key}`);
    reported = key;
    return actions;
  };

  const run = (action: RefactorAction, args?: RunArgs): Promise<void> =>
    runRefactorCommand(services, action, isRunArgs(args) ? args : {}).catch((error: unknown) => {
      deps.logger.error(errorForLog(error));
      void vscode.window.showErrorMessage(`Flywheel: ${action.title} failed: ${errorMessage(error)}`);
    });

  context.subscriptions.push(
    ...BUILT_IN_COMMANDS.map(([command, id]) => vscode.commands.registerCommand(command, (args?: RunArgs) => run(builtInAction(id), args))),
    vscode.commands.registerCommand(RefactorCommands.custom, async (name?: string, args?: RunArgs) => {
      const action = await pickCustomAction(customActions(), typeof name === 'string' ? name : undefined);
      if (action) await run(action, args);
    }),
    vscode.languages.registerCodeActionsProvider(
      [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }, { scheme: NOTEBOOK_CELL_SCHEME }],
      new RefactorCodeActionProvider(() => [...BUILT_IN_ACTIONS, ...customActions()]),
      RefactorCodeActionProvider.metadata,
    ),
  );
}

function isRunArgs(value: unknown): value is RunArgs {
  // Commands run from an editor's context menu receive the document's Uri instead.
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri);
}

async function pickCustomAction(actions: readonly RefactorAction[], name: string | undefined): Promise<RefactorAction | undefined> {
  if (name) {
    const action = actions.find((a) => a.title === name);
    if (!action) void vscode.window.showWarningMessage(`Flywheel: no custom action named "${name}" in ${CUSTOM_ACTIONS_SETTING}.`);
    return action;
  }
  const languageId = vscode.window.activeTextEditor?.document.languageId ?? '';
  const usable = actions.filter((a) => appliesTo(a, languageId));
  if (usable.length === 0) {
    const open = await vscode.window.showInformationMessage(
      `Flywheel: no custom actions${actions.length ? ' for this language' : ''}. Add them in the ${CUSTOM_ACTIONS_SETTING} setting.`,
      'Open Settings',
    );
    if (open) await vscode.commands.executeCommand('workbench.action.openSettings', CUSTOM_ACTIONS_SETTING);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    usable.map((action) => ({ label: action.title, detail: action.instruction, action })),
    { title: 'Flywheel: Run Custom Action', placeHolder: 'Which action?' },
  );
  return picked?.action;
}
