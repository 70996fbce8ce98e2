// Polling for state that changes in another process (the extension host, the workbench, a log
// file): the e2e tests' one way to wait without fixed sleeps.

/**
 * Calls `probe` every `intervalMs` until it returns something other than undefined/false/null,
 * and returns that value. Throws after `timeoutMs` with `what` and the last value seen.
 */
export async function waitUntil<T>(
  what: string,
  probe: () => T | Promise<T>,
  { timeoutMs = 15_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<Exclude<T, undefined | null | false>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last !== undefined && last !== null && last !== false) return last as Exclude<T, undefined | null | false>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** `waitUntil` for a yes/no condition, named by its own source text when it times out. */
export async function waitFor(condition: () => Promise<boolean | undefined>, timeoutMs = 30_000): Promise<void> {
  await waitUntil(condition.toString().slice(0, 160), condition, { timeoutMs });
}
