// The core works on text with '\n' line ends. A CRLF document keeps the same line/character
// positions, so positions translate one to one; offsets are recomputed here.
import * as vscode from 'vscode';

export function normalizedText(document: vscode.TextDocument): string {
  return document.getText().replace(/\r\n/g, '\n');
}

export function offsetIn(text: string, position: vscode.Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  const end = text.indexOf('\n', offset);
  return Math.min(offset + position.character, end < 0 ? text.length : end);
}

export function positionIn(text: string, offset: number): vscode.Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return new vscode.Position(line, offset - (before.lastIndexOf('\n') + 1));
}
