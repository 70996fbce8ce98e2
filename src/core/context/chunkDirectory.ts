// Which indexed files hold each term (and each whole identifier), per language family, kept as
// files are indexed and removed (work proportional to the file's distinct terms, off the keystroke
// path). Similar-code search over the whole workspace then visits only the files that share a
// term with the query; without it, every request asked every file of the workspace for every query term.
import { languageFamily } from '../syntax/languages';
import type { ChunkIndex, Listing, TermHolders } from './bm25';

/** Which listed indexes hold a whole identifier, by its id (nameIds.ts); each finds its chunks in its own `names`. */
export interface NameHolders extends Listing {
  holders(id: number): readonly ChunkIndex[];
}

interface Family {
  /** Per BM25 term, each holder with its posting list for it (read as is by a query: no lookup per holder). */
  readonly terms: Map<string, Map<ChunkIndex, readonly number[]>>;
  /** Per identifier id, the holders (in no particular order: a query numbers chunks by its own order of files). */
  readonly names: Map<number, ChunkIndex[]>;
  readonly listed: Set<ChunkIndex>;
}

const NO_HOLDERS: readonly ChunkIndex[] = [];

export class ChunkDirectory {
  private readonly families = new Map<string, Family>();

  add(languageId: string, index: ChunkIndex): void {
    const key = languageFamily(languageId);
    let family = this.families.get(key);
    if (!family) this.families.set(key, (family = { terms: new Map(), names: new Map(), listed: new Set() }));
    for (const [term, postings] of index.postings) {
      const holders = family.terms.get(term);
      if (holders) holders.set(index, postings);
      else family.terms.set(term, new Map([[index, postings]]));
    }
    for (const id of index.names.ids) {
      const holders = family.names.get(id);
      if (holders) holders.push(index);
      else family.names.set(id, [index]);
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
    for (const id of index.names.ids) {
      const holders = family.names.get(id);
      const at = holders?.lastIndexOf(index) ?? -1;
      if (!holders || at < 0) continue;
      // Order does not matter: the last holder takes the removed one's place.
      holders[at] = holders[holders.length - 1];
      holders.pop();
      if (holders.length === 0) family.names.delete(id);
    }
  }

  clear(): void {
    this.families.clear();
  }

  /** The holders of each BM25 term among the listed files of `languageId`'s family. */
  holdersFor(languageId: string): TermHolders {
    const family = this.families.get(languageFamily(languageId));
    return {
      covers: (index) => family?.listed.has(index) ?? false,
      holders: (term) => family?.terms.get(term) ?? [],
    };
  }

  /** The holders of each identifier among the listed files of `languageId`'s family. */
  nameHoldersFor(languageId: string): NameHolders {
    const family = this.families.get(languageFamily(languageId));
    return {
      covers: (index) => family?.listed.has(index) ?? false,
      holders: (id) => family?.names.get(id) ?? NO_HOLDERS,
    };
  }
}
