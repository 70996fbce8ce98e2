// The fenced code blocks of an answer, found by the same Markdown parser the webview renders
// with, so "block 2" means the same block on both sides of the protocol.
import MarkdownIt from 'markdown-it';

export interface CodeBlock {
  readonly index: number;
  readonly language: string;
  /** A target file named in the info string ("```ts src/app.ts" or "```ts:src/app.ts"). */
  readonly path?: string;
  readonly code: string;
}

// html:false: answers are untrusted text; nothing in them becomes markup.
const parser = new MarkdownIt({ html: false });

/** Splits a fence's info string into its language and an optional file path. */
export function parseFenceInfo(info: string): { language: string; path?: string } {
  const words = info.trim().split(/\s+/).filter(Boolean);
  let language = words[0] ?? '';
  let path: string | undefined;
  const colon = language.indexOf(':');
  if (colon > 0) {
    path = language.slice(colon + 1);
    language = language.slice(0, colon);
  }
  for (const word of words.slice(1)) {
    const value = word.replace(/^(path|file|title|filename)=/, '').replace(/^["']|["']$/g, '');
    if (!path && looksLikePath(value)) path = value;
  }
  // "```src/app.ts" with no language: the word is the path.
  if (!path && looksLikePath(language) && language.includes('/')) {
    path = language;
    language = extensionOf(language);
  }
  return path ? { language, path } : { language };
}

function looksLikePath(word: string): boolean {
  return /^[\w@.~-][\w@.~/\\-]*\.[\w]+$/.test(word) && !word.includes('://');
}

function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot >= 0 ? path.slice(dot + 1) : '';
}

export function extractCodeBlocks(markdown: string): CodeBlock[] {
  return parser
    .parse(markdown, {})
    .filter((token) => token.type === 'fence')
    .map((token, index) => ({ index, ...parseFenceInfo(token.info), code: token.content }));
}
