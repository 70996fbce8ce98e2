// Finds the code in a model's reply: in a fenced block or not, with or without prose around
// it, several blocks, a block cut off by the token limit, or no code at all. Works on partial
// replies too, so the preview can follow the stream.

export type CodeSource = 'fenced' | 'unfenced' | 'none';

export interface ExtractedCode {
  /** The code, with '\n' line ends and no surrounding blank lines; undefined when none was found. */
  readonly code: string | undefined;
  readonly source: CodeSource;
  /** The chosen fenced block was never closed: the reply was cut off (or is still streaming). */
  readonly truncated: boolean;
  /** How many fenced blocks the reply holds; more than one means we picked one. */
  readonly blockCount: number;
}

interface Block {
  readonly lang: string;
  readonly lines: string[];
  closed: boolean;
}

const FENCE_OPEN = /^\s*(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;

// Language tags a model may put on a fence, per VS Code language id.
const LANGUAGE_TAGS: Readonly<Record<string, readonly string[]>> = {
  typescript: ['ts', 'typescript', 'mts', 'cts'],
  typescriptreact: ['tsx', 'typescriptreact', 'ts', 'typescript', 'jsx'],
  javascript: ['js', 'javascript', 'mjs', 'cjs', 'node'],
  javascriptreact: ['jsx', 'javascriptreact', 'js', 'javascript'],
  python: ['py', 'python', 'python3'],
  go: ['go', 'golang'],
  rust: ['rs', 'rust'],
  csharp: ['cs', 'csharp', 'c#'],
  cpp: ['cpp', 'c++', 'cc', 'cxx', 'hpp'],
  c: ['c', 'h'],
  shellscript: ['sh', 'bash', 'shell', 'zsh'],
  ruby: ['rb', 'ruby'],
  java: ['java'],
  php: ['php'],
};

// Tags that are never the code we asked for.
const FOREIGN_TAGS = new Set(['diff', 'patch', 'console', 'output', 'text', 'plaintext', 'log', 'shell-session']);

/** Removes a reasoning model's <think>…</think> section (or all of it while still open). */
export function stripThinking(reply: string): string {
  const withoutClosed = reply.replace(/<think>[\s\S]*?<\/think>/g, '');
  const open = withoutClosed.indexOf('<think>');
  return open >= 0 ? withoutClosed.slice(0, open) : withoutClosed;
}

/**
 * `partial` is for a reply still streaming: its last, unfinished line is left out, so a fence
 * or a sentence is never judged by half of it.
 */
export function extractCode(reply: string, languageId?: string, partial = false): ExtractedCode {
  let text = stripThinking(reply.replace(/\r\n?/g, '\n'));
  if (partial) text = text.slice(0, text.lastIndexOf('\n') + 1);
  const blocks = fencedBlocks(text);
  if (blocks.length > 0) {
    const chosen = chooseBlock(blocks, languageId);
    const code = trimBlankLines(chosen.lines).join('\n');
    return { code: code.trim() ? code : undefined, source: code.trim() ? 'fenced' : 'none', truncated: !chosen.closed, blockCount: blocks.length };
  }
  const code = unfencedCode(text);
  return code === undefined
    ? { code: undefined, source: 'none', truncated: false, blockCount: 0 }
    : { code, source: 'unfenced', truncated: false, blockCount: 0 };
}

function fencedBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let open: { block: Block; fence: string } | undefined;
  for (const line of text.split('\n')) {
    if (open) {
      const trimmed = line.trim();
      if (trimmed.length >= open.fence.length && trimmed[0] === open.fence[0] && /^(`+|~+)$/.test(trimmed)) {
        open.block.closed = true;
        open = undefined;
      } else {
        open.block.lines.push(line);
      }
      continue;
    }
    const match = FENCE_OPEN.exec(line);
    if (match) {
      const block: Block = { lang: match[2].toLowerCase(), lines: [], closed: false };
      blocks.push(block);
      open = { block, fence: match[1] };
    }
  }
  return blocks;
}

function chooseBlock(blocks: readonly Block[], languageId: string | undefined): Block {
  if (blocks.length === 1) return blocks[0];
  const tags = languageId ? LANGUAGE_TAGS[languageId] ?? [languageId.toLowerCase()] : [];
  const rank = (b: Block): number => (tags.includes(b.lang) ? 2 : b.lang === '' ? 1 : FOREIGN_TAGS.has(b.lang) ? -1 : 0);
  // Best language match first, then the longest: the full rewrite, not a usage example.
  return [...blocks].sort((a, b) => rank(b) - rank(a) || codeLength(b) - codeLength(a))[0];
}

function codeLength(block: Block): number {
  return block.lines.reduce((n, l) => n + l.trim().length, 0);
}

function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start].trim()) start++;
  while (end > start && !lines[end - 1].trim()) end--;
  return lines.slice(start, end).map((l) => l.replace(/\s+$/, ''));
}

/** A reply without fences: drop the prose before and after; undefined when only prose is left. */
function unfencedCode(text: string): string | undefined {
  const lines = text.split('\n');
  let start = 0;
  let end = lines.length;
  while (start < end && (!lines[start].trim() || isProseLine(lines[start]))) start++;
  while (end > start && (!lines[end - 1].trim() || isProseLine(lines[end - 1]))) end--;
  const body = lines.slice(start, end);
  if (!body.some((l) => l.trim() && !isProseLine(l))) return undefined;
  return trimBlankLines(body).join('\n');
}

const CODE_START =
  /^(def|class|function|async|const|let|var|return|import|from|export|public|private|protected|static|package|func|fn|pub|impl|struct|enum|interface|type|if|for|while|switch|try|using|namespace|template|#include|#define|#!|@|\/\/|\/\*|\*|#|--|<\?php|module|require|end|do|else|elif|except|finally|with|raise|yield|await|new|throw|val|fun|lambda|print)\b/;

/** An unindented sentence in a natural language: "Here is the documented function:". */
export function isProseLine(line: string): boolean {
  if (/^\s/.test(line)) return false; // indented lines are code (or text inside code)
  const t = line.trim();
  if (!t || CODE_START.test(t)) return false;
  if (/[;{}=<>[\]]|=>|\)\s*$|^\W/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 3) return false;
  const wordy = words.filter((w) => /^[\p{L}'’"`(,*-]+[\p{L}\d'’"`),.:;!?*-]*$/u.test(w)).length;
  return wordy / words.length >= 0.7;
}
