// Where Generate Tests writes, found in the workspace: the test file the project's convention
// names (appended to when it exists, created when not), or else a new untitled document. The
// example test file quoted to the model is one the path policy lets into prompts, named by its
// workspace path (its folder first in a multi-root workspace), as the door judges it.
import * as vscode from 'vscode';
import { testHintFor, type TestDestination } from '../../core/refactor/testDestination';
import { chooseTestFile, testFileGlob } from '../../core/refactor/testFileConvention';
import { normalizedText } from '../review/documentText';
import { EXCLUDED_FOLDERS_GLOB } from '../../core/excludedFolders';
import { uriExists } from '../uriExists';
import { workspacePath } from '../workspacePaths';

async function head(uri: vscode.Uri, chars: number): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).slice(0, chars).replace(/\r\n/g, '\n');
  } catch {
    return undefined;
  }
}

/** `mayInclude`: the path policy's answer for a workspace path. */
export async function resolveTestDestination(document: vscode.TextDocument, mayInclude: (path: string) => boolean): Promise<TestDestination> {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return { kind: 'untitled' };
  const languageId = document.languageId;
  const glob = testFileGlob(languageId);
  const found = glob ? await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDED_FOLDERS_GLOB, 2000) : [];
  // Conventions are judged inside the document's own folder: paths relative to it.
  const existing = found.map((uri) => vscode.workspace.asRelativePath(uri, false));
  const inFolder = (relative: string) => vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
  const choice = chooseTestFile(vscode.workspace.asRelativePath(document.uri, false), languageId, existing, (relative) => mayInclude(workspacePath(inFolder(relative))));
  if (!choice) return { kind: 'untitled' };

  const uri = inFolder(choice.path);
  const example = choice.example ? await head(inFolder(choice.example), 1200) : undefined;
  const there = await uriExists(uri);
  const hint = { testHint: testHintFor({ ...choice, exists: there }, example), ...(example && { examplePath: workspacePath(inFolder(choice.example!)) }) };
  if (there) {
    const testDocument = await vscode.workspace.openTextDocument(uri);
    return { kind: 'document', uri: uri.toString(), version: testDocument.version, path: workspacePath(uri), text: normalizedText(testDocument), ...hint };
  }
  return { kind: 'newFile', uri: uri.toString(), path: workspacePath(uri), ...hint };
}
