// The catalogue of refactor actions: what each one asks of the model, what its reply becomes
// (an edit of the target range, an explanation, or a test file), and where it applies.
import { docCommentStyle } from './docCommentStyle';

/** What the reply of an action turns into. */
export type RefactorOutput = 'replace' | 'explanation' | 'tests';

export type BuiltInActionId = 'explain' | 'document' | 'tests' | 'fix' | 'simplify' | 'addTypes' | 'rewrite';

export interface RefactorAction {
  /** Stable id, also the `action` of feedback events: a built-in id or `custom:<name>`. */
  readonly id: string;
  /** Shown in menus, e.g. "Add Documentation". */
  readonly title: string;
  readonly output: RefactorOutput;
  /** What the model is asked to do; the language's doc style etc. is filled in by `instructionFor`. */
  readonly instruction: string;
  /** VS Code language ids the action applies to; undefined means every language. */
  readonly languages?: readonly string[];
  /** The user types the instruction (Rewrite With Instruction…). */
  readonly asksForInstruction?: boolean;
  /** The diagnostics in range go into the prompt (Fix). */
  readonly usesDiagnostics?: boolean;
}

export const BUILT_IN_ACTIONS: readonly RefactorAction[] = [
  {
    id: 'explain',
    title: 'Explain',
    output: 'explanation',
    instruction:
      'Explain what this code does, how it does it, and anything surprising or risky in it. Be concise; use Markdown.',
  },
  {
    id: 'document',
    title: 'Add Documentation',
    output: 'replace',
    instruction:
      'Add documentation comments to this code in the language\'s standard doc-comment style: {docStyle}. Document what it does, its parameters and its return value. Do not change any code; keep existing comments.',
  },
  {
    id: 'tests',
    title: 'Generate Tests',
    output: 'tests',
    instruction:
      'Write unit tests for this code. Cover the normal cases, edge cases and error cases. Use the test framework and style the project already uses ({testHint}).',
  },
  {
    id: 'fix',
    title: 'Fix',
    output: 'replace',
    usesDiagnostics: true,
    instruction:
      'Fix the bugs in this code, in particular the problems reported by the editor listed below. Change as little as possible.',
  },
  {
    id: 'simplify',
    title: 'Simplify',
    output: 'replace',
    instruction:
      'Simplify this code: make it shorter and clearer without changing its behaviour or its public signature.',
  },
  {
    id: 'addTypes',
    title: 'Add Types',
    output: 'replace',
    languages: ['typescript', 'typescriptreact', 'python'],
    instruction:
      'Add precise type annotations to this code (parameters, return values, and variables where they help). Do not change behaviour. {typeHint}',
  },
  {
    id: 'rewrite',
    title: 'Rewrite With Instruction…',
    output: 'replace',
    asksForInstruction: true,
    instruction: 'Rewrite this code as follows: {userInstruction}',
  },
];

export function builtInAction(id: BuiltInActionId): RefactorAction {
  const action = BUILT_IN_ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`unknown refactor action ${id}`);
  return action;
}

export function appliesTo(action: RefactorAction, languageId: string): boolean {
  return !action.languages || action.languages.length === 0 || action.languages.includes(languageId);
}

export interface InstructionInputs {
  readonly languageId: string;
  /** What the user typed for Rewrite With Instruction…. */
  readonly userInstruction?: string;
  /** e.g. "node:test with assert/strict, as in test/unit/foo.test.ts". */
  readonly testHint?: string;
}

/** The action's instruction with its placeholders filled for one language and request. */
export function instructionFor(action: RefactorAction, inputs: InstructionInputs): string {
  const typeHint =
    inputs.languageId === 'python'
      ? 'Use standard typing (PEP 484/604), e.g. `list[int]`, `str | None`.'
      : 'Prefer precise types over `any`.';
  return action.instruction
    .replace('{docStyle}', docCommentStyle(inputs.languageId))
    .replace('{testHint}', inputs.testHint ?? 'the most common framework for this language if unknown')
    .replace('{typeHint}', typeHint)
    .replace('{userInstruction}', inputs.userInstruction?.trim() || '(no instruction given)');
}
