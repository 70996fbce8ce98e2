// One refactor request from prompt to proposal: streams the reply, reports the code found so
// far (re-indented) as it arrives, and at the end checks it: extraction, truncation, syntax.
// Nothing here writes anywhere; the shell shows the proposal and applies it if accepted.
import type { StreamChunk, UsageStats } from '../models/modelTypes';
import type { OutgoingPrompt } from '../models/outgoingPrompt';
import { computeHunks } from '../review/hunks';
import type { Hunk } from '../review/hunks';
import type { RefactorOutput } from './refactorActions';
import { extractCode } from './replyExtraction';
import type { ExtractedCode } from './replyExtraction';
import { reindent } from './reindent';
import type { IndentStyle } from '../indentStyle';
import { checkProposalSyntax } from './syntaxCheck';
import type { SyntaxVerdict } from './syntaxCheck';
import type { RefactorSyntax } from './targetRange';

/** The narrow slice of the model layer the refactor uses: the one door out. */
export interface RefactorModel {
  stream(prompt: OutgoingPrompt, signal: AbortSignal): AsyncIterable<StreamChunk>;
}

/** What a request proposes: an edit of the range or a test file (explanations go to the chat). */
export type ProposalOutput = Exclude<RefactorOutput, 'explanation'>;

export interface RefactorRequestInput {
  /** The request and the files whose text is in it, role 'refactor'. */
  readonly prompt: OutgoingPrompt;
  readonly output: ProposalOutput;
  readonly languageId: string;
  readonly documentText: string;
  /** The target range; for 'tests' only its text matters. */
  readonly range: { readonly start: number; readonly end: number };
  readonly indentStyle?: IndentStyle;
  /** Called as the reply grows: the proposal so far. */
  readonly onUpdate?: (proposal: string, reply: string) => void;
  readonly syntax?: RefactorSyntax;
  readonly now?: () => number;
}

export interface RefactorProposal {
  readonly reply: string;
  readonly extracted: ExtractedCode;
  /** The new text for the range ('replace') or the test file ('tests'). */
  readonly proposed: string | undefined;
  readonly original: string;
  readonly hunks: readonly Hunk[];
  readonly syntax: SyntaxVerdict;
  readonly syntaxErrorLines: readonly number[];
  /** Short, user-facing reasons to look twice before accepting. */
  readonly warnings: readonly string[];
  readonly usage?: UsageStats;
  readonly ttftMs?: number;
  readonly totalMs: number;
}

/** The proposal for a reply (partial or complete). Exported for the shell's preview. */
export function proposalFromReply(
  reply: string,
  input: Pick<RefactorRequestInput, 'output' | 'languageId' | 'documentText' | 'range' | 'indentStyle'>,
  partial: boolean,
): { extracted: ExtractedCode; proposed: string | undefined } {
  const extracted = extractCode(reply, input.languageId, partial);
  if (extracted.code === undefined) return { extracted, proposed: undefined };
  if (input.output === 'tests') return { extracted, proposed: extracted.code + '\n' };
  const original = input.documentText.slice(input.range.start, input.range.end);
  const startsMidLine = input.range.start > 0 && input.documentText[input.range.start - 1] !== '\n';
  // A part of one line is replaced verbatim: its indentation belongs to the text before it.
  const proposed = startsMidLine && !original.includes('\n') ? extracted.code.trim() : reindent(extracted.code, original, input.indentStyle);
  return { extracted, proposed };
}

export async function runRefactorRequest(model: RefactorModel, input: RefactorRequestInput, signal: AbortSignal): Promise<RefactorProposal> {
  const now = input.now ?? Date.now;
  const started = now();
  let ttftMs: number | undefined;
  let reply = '';
  let usage: UsageStats | undefined;
  let lastShown: string | undefined;
  for await (const chunk of model.stream(input.prompt, signal)) {
    if (signal.aborted) break;
    if (chunk.usage) usage = chunk.usage;
    if (!chunk.text) continue;
    ttftMs ??= now() - started;
    reply += chunk.text;
    if (input.onUpdate && chunk.text.includes('\n')) {
      const { proposed } = proposalFromReply(reply, input, true);
      if (proposed !== undefined && proposed !== lastShown) input.onUpdate((lastShown = proposed), reply);
    }
  }
  signal.throwIfAborted();

  const original = input.documentText.slice(input.range.start, input.range.end);
  const { extracted, proposed } = proposalFromReply(reply, input, false);
  if (proposed !== undefined && proposed !== lastShown) input.onUpdate?.(proposed, reply);

  const warnings: string[] = [];
  let verdict: SyntaxVerdict = 'unknown';
  let syntaxErrorLines: readonly number[] = [];
  let hunks: Hunk[] = [];
  if (proposed === undefined) {
    warnings.push('The model replied without any code.');
  } else {
    if (extracted.truncated) warnings.push('The reply was cut off before its code block ended.');
    if (extracted.blockCount > 1) warnings.push(`The reply held ${extracted.blockCount} code blocks; the best match is shown.`);
    const check =
      input.output === 'tests'
        ? await checkProposalSyntax(input.syntax, input.languageId, '', { start: 0, end: 0 }, proposed)
        : await checkProposalSyntax(input.syntax, input.languageId, input.documentText, input.range, proposed);
    signal.throwIfAborted();
    verdict = check.verdict;
    syntaxErrorLines = check.errorLines;
    if (verdict === 'errors') {
      warnings.push(`The proposed code does not parse (near line ${check.errorLines.map((l) => l + 1).join(', ')} of the proposal).`);
    }
    if (input.output === 'replace') {
      hunks = computeHunks(original, proposed);
      if (hunks.length === 0) warnings.push('The model proposed no change.');
    }
  }
  return { reply, extracted, proposed, original, hunks, syntax: verdict, syntaxErrorLines, warnings, usage, ttftMs, totalMs: now() - started };
}
