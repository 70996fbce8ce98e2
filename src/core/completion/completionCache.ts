// An LRU of recent completions keyed by the text around the cursor and the model. It also
// serves a suggestion while the user types the characters it predicted: after typing "ret" of
// a cached "return x;", the rest, "urn x;", comes from here without asking the model again.

export interface CacheKeyParts {
  /** Text before the cursor (the engine passes the document text and the cursor offset). */
  readonly text: string;
  readonly offset: number;
  readonly model: string;
}

export interface CachedCompletion {
  /** The completion with the document's line ends. */
  readonly text: string;
  readonly multiline: boolean;
  /** The id of the suggestion it was cached from (whose prompt it shares). */
  readonly origin?: string;
  /** Characters after the cursor the text replaces; typing before them leaves them in place. */
  readonly replace?: number;
}

export interface CacheHit extends CachedCompletion {
  /** How many of the completion's characters the user has typed since it was cached. */
  readonly typedAhead: number;
}

export interface CompletionCacheOptions {
  readonly capacity: number;
  /** Characters of text before the cursor in the key. */
  readonly prefixChars?: number;
  /** Characters of text after the cursor in the key. */
  readonly suffixChars?: number;
  /** The longest run of typed characters that can still match a cached completion. */
  readonly maxTypedAhead?: number;
}

export class CompletionCache {
  private readonly entries = new Map<string, CachedCompletion>();
  private readonly prefixChars: number;
  private readonly suffixChars: number;
  private readonly maxTypedAhead: number;
  private longest = 0;

  constructor(private readonly options: CompletionCacheOptions) {
    this.prefixChars = options.prefixChars ?? 600;
    this.suffixChars = options.suffixChars ?? 200;
    this.maxTypedAhead = options.maxTypedAhead ?? 256;
  }

  get size(): number {
    return this.entries.size;
  }

  put(at: CacheKeyParts, completion: CachedCompletion): void {
    if (this.options.capacity <= 0 || completion.text === '') return;
    const key = this.key(at.text, at.offset, at.offset, at.model);
    this.entries.delete(key);
    this.entries.set(key, completion);
    this.longest = Math.max(this.longest, completion.text.length);
    while (this.entries.size > this.options.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }

  /**
   * The completion cached for this position, or for an earlier position on the way to it whose
   * completion starts with what the user typed since. Undefined when nothing is left to suggest.
   */
  get(at: CacheKeyParts): CacheHit | undefined {
    const limit = Math.min(this.maxTypedAhead, this.longest, at.offset);
    for (let typed = 0; typed <= limit; typed++) {
      const start = at.offset - typed;
      const key = this.key(at.text, start, at.offset, at.model);
      const hit = this.entries.get(key);
      if (!hit || !hit.text.startsWith(at.text.slice(start, at.offset))) continue;
      if (hit.text.length === typed) return undefined; // typed all of it
      // Refresh recency.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return { ...hit, text: hit.text.slice(typed), typedAhead: typed };
    }
    return undefined;
  }

  clear(): void {
    this.entries.clear();
    this.longest = 0;
  }

  // The suffix is read after the typed characters: typing inserts before it and leaves it alone.
  private key(text: string, prefixEnd: number, suffixStart: number, model: string): string {
    const prefix = text.slice(Math.max(0, prefixEnd - this.prefixChars), prefixEnd);
    const suffix = text.slice(suffixStart, suffixStart + this.suffixChars);
    return `${model}\u0000${prefix}\u0000${suffix}`;
  }
}
