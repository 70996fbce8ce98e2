// Whether a file's (or notebook cell's) last line ends with a line break is the file's business,
// not the model's: models end every code block with one, so a whole-text Apply would otherwise
// give a cell a final newline it never had (an empty last line in Jupyter) or take one away from
// a file whose tools want it. Every accepted proposal keeps the target's state as it was.

const FINAL_BREAK = /\r?\n$/;

/** `proposed` ending with a line break exactly when `base` does (an empty text has no state to keep). */
export function keepFinalNewline(base: string, proposed: string): string {
  if (base === '' || proposed === '') return proposed;
  const baseBreak = FINAL_BREAK.exec(base)?.[0];
  const proposedBreaks = FINAL_BREAK.test(proposed);
  if (baseBreak && !proposedBreaks) return proposed + baseBreak;
  if (!baseBreak && proposedBreaks) return proposed.replace(/(\r?\n)+$/, '');
  return proposed;
}
