// The text a post-filter on the redactor's spans would send: each kept span replaced, as the scorer reads it.
import type { findSecrets } from '../../src/core/guard/secretRedactor';

export function redactedView(text: string, redactions: ReturnType<typeof findSecrets>) {
  let out = '';
  let cursor = 0;
  for (const r of redactions) {
    out += `${text.slice(cursor, r.start)}[REDACTED]`;
    cursor = r.end;
  }
  return { text: out + text.slice(cursor), redactions };
}
