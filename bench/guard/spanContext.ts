// A found span in its context (the span between ⟦ ⟧), as lookalikeScan.ts and lookalikeDiff.ts print it, unless its file
// belongs to a held-out split's source: Debian's Go tree (`--languages`) ships go-sql-driver/mysql's and lib/pq's own tests,
// holdout27's sources, and three engineers of the thirty-fifth round saw a line of one through these tools. Their spans are
// still counted; only their text is withheld from anyone who changes the redactor (corpus/README.md's held-out rule).
const HELD_OUT_SOURCES = ['/github.com/go-sql-driver/mysql/', '/github.com/lib/pq/'];

export function isHeldOutSourceFile(path: string): boolean {
  return HELD_OUT_SOURCES.some((fragment) => path.includes(fragment));
}

export function spanContext(path: string, text: string, start: number, end: number): string {
  if (isHeldOutSourceFile(path)) return '(a held-out split\'s source file: its text is not shown)';
  return `${text.slice(Math.max(0, start - 60), start)}⟦${text.slice(start, Math.min(end, start + 120))}⟧${text.slice(end, end + 30)}`.replace(/\s+/g, ' ');
}
