// Which indexed files hold each term, per language family, kept as files are indexed and removed
// (work proportional to the file's distinct terms, off the keystroke path). Similar-code search
// over the whole workspace then visits only the files that share a term with the query; without
// it, every request asked every file of the workspace for every query term.
import { languageFamily } from '../syntax/languages';
import type { ChunkIndex, TermHolders } from './bm25';

interface Family {
  /** Per term, each holder with its posting list for the term (read as is by a query: no lookup per holder). */
  readonly terms: Map<string, Map<ChunkIndex, readonly number[]>>;
  readonly listed: Set<ChunkIndex>;
}

export class ChunkDirectory {
  private readonly families = new Map<string, Family>();

  add(languageId: string, index: ChunkIndex): void {
    const key = languageFamily(languageId);
    let family = this.families.get(key);
    if (!family) this.families.set(key, (family = { terms: new Map(), listed: new Set() }));
    for (const [term, postings] of index.postings) {
      const holders = family.terms.get(term);
      if (holders) holders.set(index, postings);
      else family.terms.set(term, new Map([[index, postings]]));
    }
    family.listed.add(index);
  }

  remove(languageId: string, index: ChunkIndex): void {
    const family = this.families.get(languageFamily(languageId));
    if (!family?.listed.delete(index)) return;
    for (const term of index.postings.keys()) {
      const holders = family.terms.get(term);
      holders?.delete(index);
      if (holders?.size === 0) family.terms.delete(term);
    }
  }

  clear(): void {
    this.families.clear();
  }

  /** The holders of each term among the listed files of `languageId`'s family. */
  holdersFor(languageId: string): TermHolders {
    const family = this.families.get(languageFamily(languageId));
    return {
      covers: (index) => family?.listed.has(index) ?? false,
      holders: (term) => family?.terms.get(term) ?? [],
    };
  }
}
