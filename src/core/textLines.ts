// Counting and cutting text by lines without splitting it into an array: these run on every
// streamed chunk of a completion, where text grows one token at a time.

/** The number of '\n' in `text`: its complete lines, or the row of its end. */
export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** `text` up to (not including) its `count`-th newline; all of it when it has fewer lines. */
export function firstLines(text: string, count: number): string {
  let end = -1;
  for (let i = 0; i < count; i++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text;
  }
  return text.slice(0, end);
}
