// Where Generate Tests writes, found in the workspace: the test file the project's convention
// names (appended to when it exists, created when not), or else a new untitled file.
import * as vscode from 'vscode';
import { chooseTestFile, testFileGlob } from '../../core/refactor/testFileConvention';
import { normalizedText } from './normalizedText';
import type { ReviewDestination } from './proposalReview';

export interface TestDestination {
  readonly destination: ReviewDestination;
  /** The test file's current text ('' when it is new). */
  readonly original: string;
  readonly fileName: string;
  readonly relativePath?: string;
  /** Framework/style hint for the prompt. */
  readonly testHint?: string;
  /** The existing test file quoted in the hint (its text goes to the model too). */
  readonly examplePath?: string;
}

const EXCLUDE = '**/{node_modules,.git,dist,out,build,vendor,.venv,venv,target}/**';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function head(uri: vscode.Uri, chars: number): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).slice(0, chars).replace(/\r\n/g, '\n');
  } catch {
    return undefined;
  }
}

export async function resolveTestDestination(document: vscode.TextDocument): Promise<TestDestination> {
  const languageId = document.languageId;
  const untitled: TestDestination = { destination: { kind: 'untitled', languageId }, original: '', fileName: 'tests' };
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return untitled;
  const sourcePath = vscode.workspace.asRelativePath(document.uri, false);
  const glob = testFileGlob(languageId);
  const found = glob ? await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDE, 2000) : [];
  const existing = found.map((uri) => vscode.workspace.asRelativePath(uri, false));
  const choice = chooseTestFile(sourcePath, languageId, existing);
  if (!choice) return untitled;

  const uri = vscode.Uri.joinPath(folder.uri, ...choice.path.split('/'));
  const fileName = choice.path.slice(choice.path.lastIndexOf('/') + 1);
  const example = choice.example && (await head(vscode.Uri.joinPath(folder.uri, ...choice.example.split('/')), 1200));
  let testHint = example ? `the same framework, imports and style as ${choice.example}, which begins:\n\`\`\`\n${example}\n\`\`\`` : undefined;

  if (await exists(uri)) {
    const testDocument = await vscode.workspace.openTextDocument(uri);
    const original = normalizedText(testDocument);
    const end = testDocument.lineAt(testDocument.lineCount - 1).range.end;
    testHint = `${testHint ?? 'the framework the file already uses'}. ${choice.path} already exists: reply with only the new tests to append at its end, without repeating its imports`;
    return {
      destination: { kind: 'range', document: testDocument, version: testDocument.version, range: new vscode.Range(new vscode.Position(0, 0), end) },
      original,
      fileName,
      relativePath: choice.path,
      testHint,
      examplePath: choice.example,
    };
  }
  return { destination: { kind: 'newFile', uri, languageId }, original: '', fileName, relativePath: choice.path, testHint, examplePath: example ? choice.example : undefined };
}

/** The test file's new text: the generated tests appended to what is there. */
export function appendTests(original: string, tests: string): string {
  const body = tests.replace(/\s+$/, '') + '\n';
  return original.trim() ? `${original.replace(/\s+$/, '')}\n\n${body}` : body;
}
