// How much first-time work (reading, parsing, indexing a file) one context request may do before
// the rest is deferred to the background. Every step is charged before it starts, in units of
// characters it will process, so one large file cannot overrun the budget from inside a step.
// Two modes: against the clock (the editor: a few milliseconds per keystroke), or against a count
// of units (the bench and tests: the same points give the same context on a busy or idle machine).

export type WorkBudgetSpec =
  | { readonly kind: 'time'; readonly ms: number }
  | { readonly kind: 'units'; readonly units: number };

export interface WorkBudget {
  /** Charges `units` and answers true when the step fits in what is left; false (nothing charged) otherwise. */
  take(units: number): boolean;
  /** Units charged so far. */
  readonly spent: number;
}

/**
 * Characters a step processes per millisecond (read, parse, analyse, index), on the slow side of
 * what a loaded 2-core machine does: in time mode a step is refused when it would not finish
 * within the time left, instead of being found out afterwards.
 */
export const UNITS_PER_MS = 20_000;

/** Units charged for reading a file whose size is not known yet (a disk read, an import probe). */
export const READ_UNITS = 2_000;

/** The editor's default: a few milliseconds of first-time work per keystroke. */
export const DEFAULT_WORK_BUDGET: WorkBudgetSpec = { kind: 'time', ms: 6 };

export function startWorkBudget(spec: WorkBudgetSpec, now: () => number = () => performance.now()): WorkBudget {
  let spent = 0;
  if (spec.kind === 'units') {
    return {
      take(units) {
        if (spent + units > spec.units) return false;
        spent += units;
        return true;
      },
      get spent() {
        return spent;
      },
    };
  }
  const started = now();
  return {
    take(units) {
      if (now() - started + units / UNITS_PER_MS > spec.ms) return false;
      spent += units;
      return true;
    },
    get spent() {
      return spent;
    },
  };
}

/** Off the keystroke path (warm-up, the background queue): every step is allowed. */
export const UNLIMITED_WORK: WorkBudget = {
  take: () => true,
  spent: 0,
};

/** Cached results only: every step is deferred. */
export const NO_WORK: WorkBudget = {
  take: () => false,
  spent: 0,
};
