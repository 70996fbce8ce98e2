// How a chat request is worded: the system prompt, each context item quoted as a fenced
// block with its path, and the question last (closest to where the model starts answering).
import type { ChatContextItem } from './chatContextItem';

export const CHAT_SYSTEM_PROMPT = [
  'You are Flywheel, a coding assistant inside VS Code. Answer in Markdown, briefly and precisely.',
  'The user may attach code from their workspace; each piece is quoted with its path.',
  'When you propose a change to a file, put the code in a fenced block whose info string is the',
  'language followed by the file path, for example ```ts src/app.ts, and include the complete',
  'changed function (or the whole file when it is short), not a fragment with ellipses.',
].join('\n');

/** A fence longer than any backtick run inside the text, so quoted Markdown cannot escape. */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}

function describe(item: ChatContextItem): string {
  switch (item.kind) {
    case 'selection': {
      const lines = item.range ? ` (lines ${item.range.start.line + 1}-${item.range.end.line + 1}${item.cell ? ' of the cell' : ''})` : '';
      return `Selected code from ${item.cell ? `cell ${item.cell} of ` : ''}\`${item.path}\`${lines}:`;
    }
    case 'file':
      return item.cell
        ? `The notebook the user has open, \`${item.path}\`: its code cells, each headed by its number (the cursor is in cell ${item.cell}):`
        : `The file the user has open, \`${item.path}\`:`;
    case 'mention':
      return `The file \`${item.path}\`:`;
    case 'codebase': {
      const lines = item.range ? ` (lines ${item.range.start.line + 1}-${item.range.end.line + 1})` : '';
      return `A related snippet from \`${item.path}\`${lines}:`;
    }
  }
}

/** One context item as the model reads it; `text` overrides the item's own (when truncated). */
export function renderContextItem(item: ChatContextItem, text: string = item.text ?? ''): string {
  const fence = fenceFor(text);
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `${describe(item)}\n${fence}${item.languageId ?? ''}\n${body}${fence}`;
}

/** The final user message: the quoted context, then the question. */
export function renderUserMessage(question: string, contextBlocks: readonly string[]): string {
  if (contextBlocks.length === 0) return question;
  return `${contextBlocks.join('\n\n')}\n\n${question}`;
}
