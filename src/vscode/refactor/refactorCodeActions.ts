// The lightbulb: "Fix with Flywheel" as a quick fix on errors, and the refactor actions (built-in
// and the user's own) under Refactor… when code is selected or the menu is asked for.
import * as vscode from 'vscode';
import { appliesTo } from '../../core/refactor/refactorActions';
import type { RefactorAction } from '../../core/refactor/refactorActions';
import { REVIEW_SCHEME } from '../review/reviewIds';
import type { RunArgs } from './refactorCommand';
import { RefactorCommands } from '../commandIds';

export const FLYWHEEL_REFACTOR_KIND = vscode.CodeActionKind.RefactorRewrite.append('flywheel');

/** Which command runs a built-in action; custom actions go through the custom command. */
export function commandFor(action: RefactorAction): string {
  if (action.id.startsWith('custom:')) return RefactorCommands.custom;
  return RefactorCommands[action.id as keyof typeof RefactorCommands] ?? RefactorCommands.custom;
}

export class RefactorCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FLYWHEEL_REFACTOR_KIND],
  };

  constructor(private readonly actions: () => readonly RefactorAction[]) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (document.uri.scheme === REVIEW_SCHEME) return [];
    const result: vscode.CodeAction[] = [];
    const wants = (kind: vscode.CodeActionKind): boolean => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const args: RunArgs = { uri: document.uri, range: new vscode.Range(range.start, range.end) };

    const errors = context.diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    if (errors.length && wants(vscode.CodeActionKind.QuickFix)) {
      const fix = new vscode.CodeAction('Fix with Flywheel', vscode.CodeActionKind.QuickFix);
      fix.diagnostics = errors;
      fix.command = { command: RefactorCommands.fix, title: 'Fix with Flywheel', arguments: [args] };
      result.push(fix);
    }

    // Refactors only on a selection or when the user opened the menu, so the lightbulb does
    // not light up on every line.
    const asked = context.triggerKind === vscode.CodeActionTriggerKind.Invoke;
    if ((range.isEmpty && !asked) || !wants(FLYWHEEL_REFACTOR_KIND)) return result;
    for (const action of this.actions()) {
      if (!appliesTo(action, document.languageId) || action.id === 'fix' && errors.length) continue;
      const kind = FLYWHEEL_REFACTOR_KIND.append(action.id.startsWith('custom:') ? 'custom' : action.id);
      const item = new vscode.CodeAction(`Flywheel: ${action.title}`, kind);
      const commandArgs = action.id.startsWith('custom:') ? [action.title, args] : [args];
      item.command = { command: commandFor(action), title: action.title, arguments: commandArgs };
      result.push(item);
    }
    return result;
  }
}
