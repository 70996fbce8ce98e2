// One refactor action from the user's selection to a proposal under review: find the target
// (the selection, or the function/class around the cursor), gather what the action needs (an
// instruction, the editor's diagnostics, where tests go), ask the model, stream the reply into
// the proposal, and hand it over ready to be decided. The editor and the CLI run the same flow;
// what only a shell can do comes in through `RefactorHost`.
import type { FeedbackSink } from '../feedback/feedbackEvents';
import { newFeedbackId } from '../feedback/feedbackEvents';
import { EditProposal, type ProposalTarget } from '../review/editProposal';
import { lineColumnAt } from '../review/textEdit';
import type { RefactorAction } from './refactorActions';
import { instructionFor } from './refactorActions';
import { buildRefactorPrompt, type NotebookCellAround, type RefactorDiagnostic } from './refactorPrompt';
import { runRefactorRequest, type RefactorModel, type RefactorProposal } from './refactorRequest';
import type { IndentStyle } from '../indentStyle';
import { selectTarget, type RefactorSyntax, type RefactorTarget } from './targetRange';
import { appendTests, type TestDestination } from './testDestination';

/** The document the action runs on, as the shell sees it now. */
export interface RefactorDocument {
  readonly uri: string;
  readonly languageId: string;
  /** '\n' line ends. */
  readonly text: string;
  readonly version: number;
  /** Workspace-relative, '/'-separated: for the prompt, the guard and the feedback log (a cell's is its notebook's). */
  readonly path: string;
  /** A notebook cell: how the user knows it, and the notebook's other cells around it (context for the prompt). */
  readonly cell?: NotebookCellAround;
}

/** What only the shell can do. Each part is optional: without it the flow does without. */
export interface RefactorHost {
  /** Asks the user how to rewrite; undefined or blank cancels. */
  askInstruction?(question: string): Promise<string | undefined>;
  /** The problems reported in lines [first, last] (0-based). */
  diagnostics?(lines: { readonly first: number; readonly last: number }): readonly RefactorDiagnostic[];
  /** Where Generate Tests writes; without it, a new untitled document. */
  testDestination?(): Promise<TestDestination>;
}

export interface RefactorInput {
  readonly action: RefactorAction;
  readonly document: RefactorDocument;
  /** Offsets into the text; an empty selection is a cursor. */
  readonly selection: { readonly start: number; readonly end: number };
  /** For actions that ask (Rewrite With Instruction…); otherwise the host is asked. */
  readonly instruction?: string;
  readonly indentStyle?: IndentStyle;
}

export interface RefactorDeps {
  /** The one door out, role 'refactor'. */
  readonly model: RefactorModel;
  /** Finds the enclosing function and checks that replies parse; without it only selections work. */
  readonly syntax?: RefactorSyntax;
  readonly feedback?: FeedbackSink;
  readonly newId?: () => string;
}

export type RefactorOutcome =
  | { readonly kind: 'noTarget' }
  /** Explanations are conversations: the shell sends them to the chat. */
  | { readonly kind: 'explain'; readonly target: RefactorTarget; readonly code: string; readonly question: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'proposed'; readonly proposal: EditProposal; readonly reply: RefactorProposal }
  | { readonly kind: 'noCode'; readonly proposal: EditProposal; readonly reply: RefactorProposal }
  | { readonly kind: 'noChange'; readonly proposal: EditProposal; readonly reply: RefactorProposal };

export interface RefactorHooks {
  /** The proposal exists (still empty) and the model is about to be asked: open its review now. */
  onProposal?(proposal: EditProposal): void | Promise<void>;
}

export async function runRefactor(
  input: RefactorInput,
  deps: RefactorDeps,
  host: RefactorHost,
  hooks: RefactorHooks,
  signal: AbortSignal,
): Promise<RefactorOutcome> {
  const { action, document } = input;
  const { text, languageId } = document;
  const target = await selectTarget(text, languageId, input.selection, deps.syntax, { maxWholeFileLines: 200 });
  if (!target) return { kind: 'noTarget' };
  const code = text.slice(target.start, target.end);
  const output = action.output;
  if (output === 'explanation') return { kind: 'explain', target, code, question: instructionFor(action, { languageId }) };

  let userInstruction = input.instruction;
  if (action.asksForInstruction && !userInstruction?.trim()) {
    userInstruction = await host.askInstruction?.(`How should ${target.name ? `\`${target.name}\`` : 'the code'} be rewritten?`);
    if (!userInstruction?.trim()) return { kind: 'cancelled' };
  }
  const firstLine = lineColumnAt(text, target.start).line;
  const diagnostics = action.usesDiagnostics ? (host.diagnostics?.({ first: firstLine, last: lineColumnAt(text, target.end).line }) ?? []) : [];
  const tests = output === 'tests' ? ((await host.testDestination?.()) ?? { kind: 'untitled' as const }) : undefined;
  signal.throwIfAborted();

  const request = buildRefactorPrompt({
    action,
    languageId,
    relativePath: document.cell?.label ?? document.path,
    documentText: text,
    around: document.cell,
    target,
    userInstruction,
    diagnostics,
    testHint: tests?.testHint,
    testPath: tests && tests.kind !== 'untitled' ? tests.path : undefined,
    maxTokens: output === 'replace' ? undefined : 4096,
  });
  const actionTitle = action.title.replace(/…$/, '');
  const id = (deps.newId ?? newFeedbackId)();
  const { proposalTarget, base } = tests ? testsTarget(tests, languageId) : documentTarget(document);
  const proposal = new EditProposal({
    id,
    origin: 'refactor',
    action: action.id,
    title: target.name ? `${actionTitle}: ${target.name}` : actionTitle,
    target: proposalTarget,
    base,
    feedback: deps.feedback,
  });
  // The whole target text a reply proposes: the range replaced, or the tests appended.
  const whole = (proposed: string): string => (tests ? appendTests(base, proposed) : text.slice(0, target.start) + proposed + text.slice(target.end));
  await hooks.onProposal?.(proposal);

  try {
    const reply = await runRefactorRequest(
      deps.model,
      {
        prompt: {
          role: 'refactor',
          purpose: `refactor:${action.id}`,
          body: { kind: 'chat', request },
          files: [document.path, ...(tests?.examplePath ? [tests.examplePath] : [])],
          languageId,
          suggestionId: id,
        },
        output,
        languageId,
        documentText: text,
        range: target,
        indentStyle: input.indentStyle,
        syntax: deps.syntax,
        onUpdate: (proposed) => proposal.update(whole(proposed)),
      },
      signal,
    );
    if (reply.proposed === undefined) {
      proposal.rejected();
      return { kind: 'noCode', proposal, reply };
    }
    const caution = reply.syntax === 'errors' || reply.extracted.truncated ? reply.warnings.join(' ') : undefined;
    const ready = proposal.ready(whole(reply.proposed), { ttftMs: reply.ttftMs, totalMs: reply.totalMs, warnings: reply.warnings, caution });
    return { kind: ready ? 'proposed' : 'noChange', proposal, reply };
  } catch (error) {
    proposal.rejected();
    throw error;
  }
}

function documentTarget(document: RefactorDocument): { proposalTarget: ProposalTarget; base: string } {
  return {
    proposalTarget: {
      kind: 'document', uri: document.uri, version: document.version, languageId: document.languageId, label: document.cell?.label ?? document.path, path: document.path,
      ...(document.cell && { notebook: true }),
    },
    base: document.text,
  };
}

function testsTarget(tests: TestDestination, languageId: string): { proposalTarget: ProposalTarget; base: string } {
  switch (tests.kind) {
    case 'document':
      return { proposalTarget: { kind: 'document', uri: tests.uri, version: tests.version, languageId, label: tests.path, path: tests.path }, base: tests.text };
    case 'newFile':
      return { proposalTarget: { kind: 'newFile', uri: tests.uri, languageId, label: tests.path, path: tests.path }, base: '' };
    case 'untitled':
      return { proposalTarget: { kind: 'untitled', languageId, label: 'a new untitled file' }, base: '' };
  }
}
