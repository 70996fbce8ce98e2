// Rule examples mark their secrets ⟦like this⟧.

/** 'a ⟦s3cret⟧ b' → text 'a s3cret b' and the secret's span. */
export function unmark(marked: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') spans.push({ start: open, end: text.length });
    else text += ch;
  }
  return { text, spans };
}

