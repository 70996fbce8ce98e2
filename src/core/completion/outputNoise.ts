// What a model writes that is not code for the cursor: an echo of the prompt's own markers
// (`// Path: src/a.ts`, `<file_sep>`), a closing code fence with no opening one, and prose
// (an instruction-tuned model explaining itself). Leading noise is dropped; noise after code
// ends the completion there.

// A file header the prompt (ours or a familiar one) puts before each snippet, echoed back.
const PROMPT_MARKER = /^\s*(?:\/\/|#|--|;+|%|\/\*|<!--)\s*(?:path|file ?path|file ?name|file|language):\s*\S+(?:\s*(?:\*\/|-->))?\s*$/i;
const STRAY_FENCE = /^\s*```\s*$/;
// A sentence: starts with a capitalised word, has several words, and no code punctuation.
const PROSE = /^(?:[A-Z][a-z']+,?)(?:\s+[\w'’,()-]+){3,}[.:!?]?\s*$/;
const PROSE_OPENER = /^(?:Here(?:'s| is| are)|Sure|Certainly|This (?:code|function|method|will|completes|implementation)|The (?:code|function|above|following|completion)|Explanation|Note|I (?:have|added|will|replaced))\b/;
const CODE_PUNCTUATION = /[;{}=<>[\]$`|&]|\(\)|=>|->|::/;

/** Languages whose text is prose by nature: no prose check there. */
const PROSE_LANGUAGES = new Set(['markdown', 'plaintext', 'latex', 'restructuredtext', 'asciidoc', 'git-commit']);

export function removeOutputNoise(text: string, languageId: string | undefined, cursorLineBlank: boolean): string {
  const lines = text.split('\n');
  const proseAllowed = languageId !== undefined && PROSE_LANGUAGES.has(languageId);
  let start = 0;
  // Leading noise: only whole lines before any code (the first line may continue the cursor's line).
  while (start < lines.length && (cursorLineBlank || start > 0 || lines[0]!.trim() === '') && isLeadingNoise(lines[start]!, proseAllowed)) start++;
  let end = lines.length;
  let sawCode = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (sawCode && isNoiseAfterCode(line, lines[i - 1]!, proseAllowed, languageId)) {
      end = i;
      break;
    }
    sawCode = true;
  }
  if (start === 0 && end === lines.length) return text;
  return lines.slice(start, end).join('\n').replace(/\s+$/, '');
}

function isLeadingNoise(line: string, proseAllowed: boolean): boolean {
  if (line.trim() === '') return false;
  if (PROMPT_MARKER.test(line)) return true;
  return !proseAllowed && PROSE_OPENER.test(line.trim()) && /[:.!]\s*$/.test(line) && !CODE_PUNCTUATION.test(line);
}

function isNoiseAfterCode(line: string, previous: string, proseAllowed: boolean, languageId: string | undefined): boolean {
  if (PROMPT_MARKER.test(line)) return true;
  if (STRAY_FENCE.test(line) && languageId !== 'markdown') return true;
  if (proseAllowed) return false;
  const code = line.trim();
  // Prose starts a paragraph: at column 0 after a blank line, or opening like an explanation.
  const paragraph = previous.trim() === '' && line === code;
  return (paragraph || PROSE_OPENER.test(code)) && PROSE.test(code) && !CODE_PUNCTUATION.test(code) && !looksLikeComment(code);
}

function looksLikeComment(code: string): boolean {
  return /^(?:\/\/|#|--|\/\*|\*|;|%|<!--|')/.test(code);
}
