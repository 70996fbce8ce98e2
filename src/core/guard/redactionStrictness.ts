// How much of a credential's place the redactor takes (the user's `flywheel.redaction.strictness`). Balanced, the
// default, leaves literals that judge as not real: a stand-in made of words (`your-api-key-here`, `changeme`), a short
// number or a lower-case word under a password's or an issued credential's name, a quoted name, a weak key's value that
// does not look random. Strict takes them too, leaving only what is no value at all: a reference, an environment or
// template expansion, a type or a name of code, a message, an empty value, a mask. The price is the user's own code's
// stand-ins and fixtures sent as `[REDACTED:…]` (bench/guard/README.md, thirty-sixth round, guardstrict1).

import type { RedactionStrictness } from '../strictnessSetting';

export interface RedactionOptions {
  /** Default `balanced`. */
  readonly strictness?: RedactionStrictness;
}

// The strictness of the redaction running now: set by the redactor for the length of one synchronous call and
// restored after it, so the value judges, which the rules call from deep inside their readings, ask it without a
// parameter threaded through every rule. Nothing outside a call sees it set.
let strict = false;

/** Whether the redaction running now is strict (the value judges ask; false outside a redaction). */
export function judgingStrictly(): boolean {
  return strict;
}

/** `run` judged at `strictness`, the strictness before it restored afterwards, whatever `run` does. */
export function withStrictness<T>(strictness: RedactionStrictness | undefined, run: () => T): T {
  const before = strict;
  strict = strictness === 'strict';
  try {
    return run();
  } finally {
    strict = before;
  }
}

/** The Flywheel output's line when the strictness is chosen or changed: what it does and what it costs, in plain words. */
export function strictnessNotice(strictness: RedactionStrictness): string {
  return strictness === 'strict'
    ? 'Redaction is strict (flywheel.redaction.strictness): stand-ins, short words and names found where a credential goes are redacted too before code goes to a model that is not on this machine. The model sees less of your code, and its answers can be worse for it.'
    : 'Redaction is balanced (flywheel.redaction.strictness): what looks like a real secret is redacted before code goes to a model that is not on this machine; stand-ins such as password = "changeme" are sent as written.';
}
