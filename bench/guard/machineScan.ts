// The machine's mode, read without the redactor (guardspeed43, twenty-ninth round): a hash of every
// code unit of a text, twenty times. On this 2-vCPU host it reads ~28 ms for a 1 MB text in the
// fast mode and 47–61 in the slow one, in the same readings as the redactor's 65 ↔ 110–130, while
// a loop that touches no memory does not move; so a slow redaction read beside a slow scan is the
// host's, not the code's. machineMode.ts and the bench's headline (headlineSpeed.ts) time it.
export function scan(text: string, passes = SCAN_PASSES): number {
  let h = 0;
  for (let k = 0; k < passes; k++) for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

/** machineMode's passes: ~28 ms for 1 MB in the fast mode. */
export const SCAN_PASSES = 20;

/** The screens' passes (headlineSpeed.ts ranks their inputs by it): a fifth of the cost, ~1 s over the bench's ~260 screening processes. */
export const SCREEN_SCAN_PASSES = 4;

/** A reading is in the machine's slow mode when its scan takes ≥ this × the fastest scan of the run. */
export const SLOW_SCAN = 1.25;
