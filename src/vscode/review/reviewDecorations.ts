// Colours of the review editor's lines, from the theme's diff colours: removed and added lines
// of undecided changes like a diff, decided ones with only a bar in front (they read as the
// result). The overview ruler marks every change so a long file's changes are easy to find.
import * as vscode from 'vscode';
import type { ReviewLineKind, ReviewView } from '../../core/review/reviewView';

type Marked = Exclude<ReviewLineKind, 'context'>;

export class ReviewDecorations implements vscode.Disposable {
  private readonly types: Record<Marked, vscode.TextEditorDecorationType> = {
    removed: vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('diffEditor.removedLineBackground'),
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.deletedForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Full,
    }),
    added: vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('diffEditor.insertedLineBackground'),
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.addedForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Full,
    }),
    kept: vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      borderWidth: '0 0 0 3px',
      borderStyle: 'solid',
      borderColor: new vscode.ThemeColor('editorGutter.addedBackground'),
    }),
    discarded: vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      borderWidth: '0 0 0 3px',
      borderStyle: 'dotted',
      borderColor: new vscode.ThemeColor('editorGutter.deletedBackground'),
    }),
  };

  apply(editor: vscode.TextEditor, view: ReviewView): void {
    const ranges: Record<Marked, vscode.Range[]> = { removed: [], added: [], kept: [], discarded: [] };
    view.kinds.forEach((kind, line) => {
      if (kind !== 'context') ranges[kind].push(new vscode.Range(line, 0, line, 0));
    });
    for (const kind of Object.keys(ranges) as Marked[]) editor.setDecorations(this.types[kind], ranges[kind]);
  }

  dispose(): void {
    for (const type of Object.values(this.types)) type.dispose();
  }
}
