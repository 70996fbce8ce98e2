// What leaves the machine in one model call, as one value: every feature (completion, chat,
// refactor, the connection test) builds it, the guard clears it, the gateway sends it. The
// files are added by the code that put their text in, so the guard and the audit line see
// exactly what is sent.
import type { ModelRole } from './modelGatewayConfig';
import type { ChatRequest, EmbedRequest, FimRequest } from './modelTypes';
import type { RedactionStrictness } from '../strictnessSetting';

/** What a streamed call sends. */
export type StreamBody = { readonly kind: 'fim'; readonly request: FimRequest } | { readonly kind: 'chat'; readonly request: ChatRequest };
/** Texts sent to the embedding model (the workspace index's chunks, a chat question). */
export type EmbedBody = { readonly kind: 'embed'; readonly request: EmbedRequest };
export type PromptBody = StreamBody | EmbedBody;

export interface OutgoingPrompt {
  readonly role: ModelRole;
  /** What the call is for, for logs and the audit line: 'completion', 'chat', 'refactor:fix', 'test-connection'. */
  readonly purpose: string;
  readonly body: PromptBody;
  /** Every file whose text is in the body (workspace-relative, absolute, or a file: URI). */
  readonly files: readonly string[];
  /** The suggestion this call serves, for the feedback log. */
  readonly suggestionId?: string;
  readonly languageId?: string;
  /** A newer completion with the same key drops an older one still queued (default: one per server). */
  readonly supersedeKey?: string;
}

/**
 * A prompt the guard has looked at: its files may be read, and `remoteTexts` (the body's texts
 * with secrets redacted, in `promptTexts` order) is what an endpoint off this machine may get.
 * Without `remoteTexts` only endpoints on this machine may serve it.
 */
export interface ClearedPrompt extends OutgoingPrompt {
  readonly remoteTexts?: readonly string[];
  /** How many secrets `remoteTexts` had replaced. */
  readonly redactions?: number;
  /** The strictness the guard redacted `remoteTexts` at (the user's `flywheel.redaction.strictness`), for the audit line. */
  readonly strictness?: RedactionStrictness;
}

/** The texts of a body, in a fixed order: FIM prefix, suffix (, rendered prompt); chat messages; embedding inputs. */
export function promptTexts(body: PromptBody): string[] {
  if (body.kind === 'embed') return [...body.request.input];
  if (body.kind === 'chat') return body.request.messages.map((m) => m.content);
  const { prefix, suffix, prompt } = body.request;
  return prompt !== undefined ? [prefix, suffix, prompt] : [prefix, suffix];
}

/** The body with its texts replaced (same order as `promptTexts`). */
export function withPromptTexts<B extends PromptBody>(body: B, texts: readonly string[]): B;
export function withPromptTexts(body: PromptBody, texts: readonly string[]): PromptBody {
  if (body.kind === 'embed') return { kind: 'embed', request: { ...body.request, input: [...texts] } };
  if (body.kind === 'chat') {
    return { kind: 'chat', request: { ...body.request, messages: body.request.messages.map((m, i) => ({ role: m.role, content: texts[i]! })) } };
  }
  const fim = body.request;
  return { kind: 'fim', request: { ...fim, prefix: texts[0]!, suffix: texts[1]!, ...(fim.prompt !== undefined ? { prompt: texts[2]! } : {}) } };
}
