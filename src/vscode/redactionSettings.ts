// flywheel.redaction.strictness as the window reads it, for every feature that redacts: the door (the guard's settings)
// and the feedback export.
import * as vscode from 'vscode';
import { strictnessInScopes, type RedactionStrictness } from '../core/strictnessSetting';

export function readRedactionStrictness(): RedactionStrictness {
  return strictnessInScopes(vscode.workspace.getConfiguration('flywheel.redaction').inspect<string>('strictness'));
}
