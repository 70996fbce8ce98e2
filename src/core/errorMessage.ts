// How a thrown value reads in a message for the user or the log: anything can be thrown, and
// only an Error carries a message (and, for the log, a stack) of its own.
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** For `logger.error`: an Error as it is (the channel prints its stack), anything else as text. */
export function errorForLog(error: unknown): Error | string {
  return error instanceof Error ? error : String(error);
}
