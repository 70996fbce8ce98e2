// The chat request for one action on one range: the code, a window of the file around it for
// context, the editor's diagnostics for Fix, and a strict answer format so the reply can be
// turned back into an edit.
import type { ChatRequest } from '../models/modelTypes';
import { instructionFor } from './refactorActions';
import type { RefactorAction } from './refactorActions';

export interface RefactorDiagnostic {
  /** 1-based line in the document. */
  readonly line: number;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
  readonly source?: string;
  readonly code?: string;
}

/** A notebook cell's name ("analysis.ipynb, cell 3") and the text of the cells before and after it. */
export interface NotebookCellAround {
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export interface RefactorPromptInput {
  readonly action: RefactorAction;
  readonly languageId: string;
  /** What the prompt names the code's place by: a path, or a notebook cell's label. */
  readonly relativePath: string;
  readonly documentText: string;
  /** The document is a notebook cell: the other cells are context too (nearest first, as for a file). */
  readonly around?: NotebookCellAround;
  readonly target: { readonly start: number; readonly end: number };
  readonly userInstruction?: string;
  readonly diagnostics?: readonly RefactorDiagnostic[];
  /** For Generate Tests: the framework and the path the tests will live at. */
  readonly testHint?: string;
  readonly testPath?: string;
  /** Characters of surrounding file shown before and after the code (each). */
  readonly contextChars?: number;
  readonly maxTokens?: number;
  readonly temperature?: number;
}

const SYSTEM_REPLACE = `You are Flywheel, a precise code refactoring tool inside a code editor.
You get one piece of code from a file and an instruction.
Reply with the complete new version of that piece of code in ONE fenced code block, and nothing else: no explanation before or after.
The code replaces the original piece exactly, so keep everything the instruction does not ask to change as it is, keep the indentation style, and do not repeat the surrounding context.`;

const SYSTEM_TESTS = `You are Flywheel, a programming assistant inside a code editor that writes unit tests.
Reply with one complete test file in ONE fenced code block, and nothing else: imports, test cases, everything needed to run it.`;

function fence(code: string, languageId: string): string {
  // A fence longer than any backtick run inside the code, so the code cannot close it.
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${languageId}\n${code}\n${ticks}`;
}

/** Up to `chars` characters of whole lines before and after the target. */
export function surroundingContext(text: string, start: number, end: number, chars: number): { before: string; after: string } {
  let before = text.slice(Math.max(0, start - chars), start);
  if (start - chars > 0) before = before.slice(before.indexOf('\n') + 1);
  let after = text.slice(end, end + chars);
  if (end + chars < text.length) after = after.slice(0, after.lastIndexOf('\n') + 1);
  const trimBlankLines = (s: string): string => s.replace(/^\s*\n|\n\s*$/g, '');
  return { before: trimBlankLines(before), after: trimBlankLines(after) };
}

export function buildRefactorPrompt(input: RefactorPromptInput): ChatRequest {
  const { action, languageId } = input;
  const code = input.documentText.slice(input.target.start, input.target.end);
  const firstLine = input.documentText.slice(0, input.target.start).split('\n').length;
  const lastLine = firstLine + code.split('\n').length - 1;
  const outer = input.around?.before ?? '';
  const { before, after } = surroundingContext(
    outer + input.documentText + (input.around?.after ?? ''), outer.length + input.target.start, outer.length + input.target.end, input.contextChars ?? 3000,
  );
  const instruction = instructionFor(action, { languageId, userInstruction: input.userInstruction, testHint: input.testHint });

  const parts: string[] = [`File: ${input.relativePath} (${languageId})`];
  if (before.trim()) parts.push(`Context before the code (do not repeat it):\n${fence(before, languageId)}`);
  parts.push(`The code (lines ${firstLine}-${lastLine}):\n${fence(code, languageId)}`);
  if (after.trim()) parts.push(`Context after the code (do not repeat it):\n${fence(after, languageId)}`);
  if (action.usesDiagnostics) {
    const diagnostics = input.diagnostics ?? [];
    parts.push(
      diagnostics.length
        ? `Problems reported by the editor in this code:\n${diagnostics
            .map((d) => `- line ${d.line}: ${d.severity}${d.source ? ` (${d.source}${d.code ? ` ${d.code}` : ''})` : ''}: ${d.message}`)
            .join('\n')}`
        : 'The editor reports no problems in this code; look for bugs yourself.',
    );
  }
  if (action.output === 'tests' && input.testPath) parts.push(`The tests will be saved as ${input.testPath}; import the code under test relative to it.`);
  parts.push(`Instruction: ${instruction}`);
  if (action.output === 'replace') parts.push(`Reply with the whole rewritten code (lines ${firstLine}-${lastLine}) in one \`\`\`${languageId} block.`);

  const system = action.output === 'tests' ? SYSTEM_TESTS : SYSTEM_REPLACE;
  return {
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: parts.join('\n\n') },
    ],
    maxTokens: input.maxTokens ?? Math.min(8192, Math.max(1024, Math.ceil(code.length / 2) + 512)),
    temperature: input.temperature ?? 0.2,
  };
}
