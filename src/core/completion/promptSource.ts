// The text a completion prompt is cut from: the document itself, or for a notebook cell the
// whole notebook as one document (earlier cells before the cursor, later cells after it).
// Everything that reads the edited text itself (the multi-line decision, truncation,
// post-processing, the result's range) keeps to the cell: a suggestion never spills into the next.
import type { DocumentSnapshot } from '../documentSnapshot';
import { notebookAsDocument } from '../notebook/notebookDocument';
import { trimProse, untrimmed, type TokenCounter, type TrimmedText } from '../notebook/proseTrimming';

export interface PromptSource {
  /** What the windows are cut from and the context engine reads (its URI, text and cursor). */
  readonly document: DocumentSnapshot;
  /** Text that ends a completion: where a model would start the next notebook cell. */
  readonly stop: readonly string[];
  /** The text fitted to the window budgets: a notebook's prose goes first, nearest kept longest. */
  fit(budget: { readonly prefix: number; readonly suffix: number }, count: TokenCounter): TrimmedText;
}

export function promptSource(doc: DocumentSnapshot): PromptSource {
  const notebook = notebookAsDocument(doc);
  if (!notebook) return { document: doc, stop: [], fit: () => untrimmed(doc.text, doc.offset) };
  const { document, rendered } = notebook;
  return {
    document,
    stop: [rendered.boundary],
    fit: (budget, count) => trimProse(document.text, document.offset, rendered.blocks, budget, count),
  };
}
