// Line ends as the model and the parser see them.

/** Text with CRLF (and lone CR) line ends as LF. */
export function toLf(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}
