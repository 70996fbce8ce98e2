// Whether a line stands in a block of configuration directives. Line-oriented configuration files (redis.conf, slapd.conf(5),
// nslcd.conf(5), msmtp's, monitrc, snmpd.conf(5), proftpd.conf) write one directive a line, its name then its arguments after
// blanks, no `=` or `:`, grouped under a section's opener (`<section …>`, `[section]`, `name {`) and closer. A line
// between such lines is a directive, not a sentence wrapped at the line's end: wrapped prose's lines are long and end in
// its punctuation; a directive line holds a lower-case name and one or two arguments and ends in none.
// Each neighbour is read in place where it starts (sticky), 200 characters back at most: linear.

// A section's opener or closer, or `name arg [arg]` ending in no sentence's punctuation, alone on its line.
const BLOCK_LINE = /[ \t]*(?:<\/?[A-Za-z][\w.:-]{0,40}(?:[ \t][^<>\r\n]{0,100})?>|\[[\w .:-]{1,60}\]|[\w.-]{1,40}[ \t]*\{|\}|[a-z_][\w.-]{0,40}[ \t]+[^\s]{1,100}(?:[ \t]+[^\s]{1,100})?(?<![.,;:!?]))[ \t]*(?=\r?\n|$)/my;

/** Where the line before the one starting at `lineStart` starts, or -1 at the first line or past 200 characters (no directive's). */
function previousLineStart(text: string, lineStart: number): number {
  if (lineStart <= 0) return -1;
  let previous = lineStart - 1;
  while (previous > 0 && text.charCodeAt(previous - 1) !== 10) {
    if (lineStart - previous > 200) return -1;
    previous--;
  }
  return previous;
}

function blockLineAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  BLOCK_LINE.lastIndex = at;
  return BLOCK_LINE.test(text);
}

/**
 * Whether the line from `lineStart` to `lineEnd` (its line break or the text's end) stands among directive lines: the line
 * before is one, and so is the line before that or the line after.
 */
export function amongDirectiveLines(text: string, lineStart: number, lineEnd: number): boolean {
  const before = previousLineStart(text, lineStart);
  if (!blockLineAt(text, before)) return false;
  return blockLineAt(text, previousLineStart(text, before)) || blockLineAt(text, lineEnd + 1);
}
