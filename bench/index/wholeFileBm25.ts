// The plain baseline: BM25 over whole files with whitespace tokens (lower-cased, punctuation at
// a token's ends stripped so "queue." meets "queue"), k1 1.2, b 0.75. What a search box over
// the repository would do without knowing anything about code.

const K1 = 1.2;
const B = 0.75;

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/\s+/)) {
    const t = raw.replace(/^[^a-z0-9_]+|[^a-z0-9_]+$/g, '');
    if (t) out.push(t);
  }
  return out;
}

export class WholeFileBm25 {
  private readonly docs: { path: string; tf: Map<string, number>; length: number }[] = [];
  private readonly df = new Map<string, number>();
  private totalLength = 0;

  constructor(files: readonly { path: string; text: string }[]) {
    for (const f of files) {
      const tf = new Map<string, number>();
      const list = tokens(f.text);
      for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.docs.push({ path: f.path, tf, length: list.length });
      this.totalLength += list.length;
    }
  }

  /** Paths best first. */
  search(query: string, limit: number): string[] {
    const n = this.docs.length;
    const avg = this.totalLength / Math.max(1, n);
    const terms = [...new Set(tokens(query))];
    const scored: { path: string; score: number }[] = [];
    for (const doc of this.docs) {
      let score = 0;
      for (const t of terms) {
        const tf = doc.tf.get(t);
        if (!tf) continue;
        const df = this.df.get(t)!;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / avg)));
      }
      if (score > 0) scored.push({ path: doc.path, score });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.path);
  }
}
