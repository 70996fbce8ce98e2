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
 * Characters parsed and analysed per millisecond, on the slow side: `npm run bench:work-rate`
 * times each file of the bench corpora (six languages) in CPU time; parse + analyse ran at
 * p10 2,377 / p50 3,823 characters per CPU ms (load average 10 on 2 cores, 873 files), the
 * whole first-time work of a file at p10 2,011. Re-measure there after a change to parsing or
 * analysis. In time mode a step is refused when it would not finish within the time left,
 * instead of being found out afterwards; counted mode (the bench) derives its count from this.
 */
export const UNITS_PER_MS = 2_000;

/**
 * Reading a file whose size is not known yet (a disk read, an import probe): about 0.5 ms of
 * CPU per read through Node's fs in the same measurement (p50 0.43 ms, p90 1.5 ms).
 */
export const READ_UNITS = 1_000;

/**
 * The lighter steps, charged per character relative to parsing, from the same measurement:
 * building a file's chunk index runs ~7x faster than parse + analyse (p10 17,000 characters/ms),
 * finding its name uses ~15x faster (p10 37,000).
 */
export const CHUNK_INDEX_UNITS_PER_CHAR = 0.15;
export const NAME_USES_UNITS_PER_CHAR = 0.07;

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
